import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../data/use-api';
import type { TemplateColumn } from '../../../contract/template';
import { createImportWorker, defaultImportLimits, PreviewModel, type FileIssue, type ImportProgress } from '../../../import';
import { accountValidator } from './account-validator';
import { Button, Dialog, FileDrop, ProgressBar } from '../../../ui';
import { nextDraftId, type PreviewDraft } from './preview-draft';
import styles from './configuration.module.css';

/** Rows per batch the import hands to the preview (see `read`). */
const PREVIEW_BATCH_ROWS = 1000;
const accept = ['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

type Step = { kind: 'choose'; problem: FileIssue | 'failed' | null } | { kind: 'reading'; progress: ImportProgress | null };

/** Props of {@link UploadDialog}. */
export interface UploadDialogProps {
  readonly columns: readonly TemplateColumn[];
  readonly accountId: string;
  readonly onClose: () => void;
  /** Called with the read rows; the dialog closes. */
  readonly onLoaded: (draft: PreviewDraft) => void;
  /** Asked as the dialog closes: false when the caller focuses the preview itself (see Dialog). */
  readonly returnFocus?: () => boolean;
}

/**
 * Upload file: choose a CSV or XLSX file (drop or browse), read it in the import worker with a
 * progress bar and Cancel; a file that cannot be imported says why under the file, and another can be
 * chosen at once.
 */
export function UploadDialog({ columns, accountId, onClose, onLoaded, returnFocus }: UploadDialogProps) {
  const { t, i18n } = useTranslation('bulk');
  const client = useApiClient();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose', problem: null });
  const reading = useRef<AbortController | null>(null);

  // Closing the dialog (or unmounting the app) stops a read under way.
  useEffect(() => () => reading.current?.abort(), []);

  const cancelReading = () => {
    reading.current?.abort();
    reading.current = null;
    setStep({ kind: 'choose', problem: null });
  };

  const read = async (chosen: File) => {
    const controller = new AbortController();
    reading.current = controller;
    setStep({ kind: 'reading', progress: null });
    const worker = createImportWorker();
    const model = new PreviewModel(columns);
    const validateAccount = accountValidator(client, controller.signal);
    try {
      const outcome = await worker.run(chosen, columns, {
        // Each batch is received, added to the model and checked against the account on the main
        // thread: 1,000 rows keep each of those tasks short (5,000 took 50 to 100 ms each).
        batchSize: PREVIEW_BATCH_ROWS,
        validateAccount,
        signal: controller.signal,
        onRows: (batch) => model.appendBatch(batch),
        onAccountIssues: (issues) => model.applyAccountIssues(issues),
        onProgress: (progress) => setStep({ kind: 'reading', progress }),
      });
      if (controller.signal.aborted) return;
      if (!outcome.ok) {
        setStep({ kind: 'choose', problem: outcome.issue });
        return;
      }
      model.setUserHeaders(outcome.summary.userHeaders);
      onLoaded({ id: nextDraftId(), accountId, fileName: chosen.name, model, notices: outcome.summary.notices });
    } catch {
      if (!controller.signal.aborted) setStep({ kind: 'choose', problem: 'failed' });
    } finally {
      worker.terminate();
      if (reading.current === controller) reading.current = null;
    }
  };

  const numberFormat = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const formatSize = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('configuration.upload.sizeKb', { size: numberFormat.format(bytes === 0 ? 0 : Math.max(0.1, bytes / 1024)) })
      : t('configuration.upload.sizeMb', { size: numberFormat.format(bytes / (1024 * 1024)) });

  const problem = step.kind === 'choose' ? step.problem : null;
  const problemText = problem === null ? undefined : problem === 'failed' ? t('configuration.upload.failed') : t(`import:${problem.messageKey}`, { ...problem.params });
  const progress = step.kind === 'reading' ? step.progress : null;
  const phaseText =
    progress === null || progress.phase === 'reading'
      ? t('configuration.upload.phase.reading')
      : t(`configuration.upload.phase.${progress.phase}`, { done: progress.done, total: progress.total });

  return (
    <Dialog
      open
      size="md"
      onClose={onClose}
      returnFocus={returnFocus}
      closeLabel={t('common:close')}
      title={t('configuration.upload.title')}
      description={t('configuration.upload.description')}
      footer={
        step.kind === 'reading' ? (
          <Button variant="secondary" onClick={cancelReading}>
            {t('common:cancel')}
          </Button>
        ) : (
          <>
            <Button variant="secondary" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button variant="primary" disabled={file === null || problem !== null} onClick={() => file && void read(file)}>
              {t('configuration.upload.submit')}
            </Button>
          </>
        )
      }
    >
      <div className={styles.uploadBody}>
        <FileDrop
          label={t('configuration.upload.label')}
          description={t('configuration.upload.hint', { maxMegabytes: defaultImportLimits.maxBytes / (1024 * 1024), maxRows: defaultImportLimits.maxRows })}
          dropHint={t('configuration.upload.dropHint')}
          browseLabel={t('configuration.upload.browse')}
          accept={accept}
          file={file}
          disabled={step.kind === 'reading'}
          onFileChange={(chosen) => {
            setFile(chosen);
            setStep({ kind: 'choose', problem: null });
          }}
          formatSize={formatSize}
          removeLabel={t('configuration.upload.remove')}
          rejectionMessage={(rejected) => t('configuration.upload.rejected', { name: rejected.name })}
          error={problemText}
        />
        {step.kind === 'reading' ? (
          <ProgressBar
            label={t('configuration.upload.reading', { name: file?.name ?? '' })}
            value={progress !== null && progress.total > 0 ? progress.done : undefined}
            max={progress?.total ?? 0}
            valueText={phaseText}
          />
        ) : null}
      </div>
    </Dialog>
  );
}
