import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount, useBridge } from '../../../runtime/react';
import { useApiClient } from '../../../data/use-api';
import type { TemplateColumn } from '../../../contract/template';
import { createImportWorker, defaultImportLimits, PreviewModel, type ColumnsReport, type FileIssue, type ImportProgress } from '../../../import';
import { ColumnsStep, columnsNeedReview, missingColumns } from './columns-step';
import { rememberColumns, rememberedColumns } from './remembered-columns';
import { accountValidator } from './account-validator';
import { Button, Dialog, FileDrop, ProgressBar } from '../../../ui';
import { nextDraftId, type DraftColumns, type PreviewDraft } from './preview-draft';
import styles from './configuration.module.css';

/** Rows per batch the import hands to the preview (see `read`). */
const PREVIEW_BATCH_ROWS = 1000;
const accept = ['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
/** Spreadsheet formats the import does not read, which the spreadsheet program can save as .xlsx or .csv. */
const legacyFormats = ['.xls', '.xlsm', '.xlsb', '.ods', '.numbers'];

type Step =
  | { kind: 'choose'; problem: FileIssue | 'failed' | null }
  | { kind: 'reading'; progress: ImportProgress | null }
  | {
      kind: 'columns';
      file: File;
      /** The file's columns and the suggested matches. */
      report: ColumnsReport;
      /** The mapping being edited. */
      choice: number[];
      /** The rows already read with `loaded.choice`, or null when they must be read (again). */
      loaded: { readonly draft: PreviewDraft; readonly choice: readonly number[] } | null;
      /** The mapping of the last upload with the same headers. */
      remembered: readonly number[] | null;
    };

const sameChoice = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((source, index) => source === b[index]);
const sourcesOf = (report: ColumnsReport): number[] => report.matches.map((match) => match?.source ?? -1);

/** Props of {@link UploadDialog}. */
export interface UploadDialogProps {
  readonly columns: readonly TemplateColumn[];
  readonly accountId: string;
  readonly onClose: () => void;
  /** Called with the read rows; the dialog closes. */
  readonly onLoaded: (draft: PreviewDraft) => void;
  /** Asked as the dialog closes: false when the caller focuses the preview itself (see Dialog). */
  readonly returnFocus?: () => boolean;
  /** Opens the dialog on the Columns step of a file already previewed, to change its mapping. */
  readonly reopen?: DraftColumns;
}

/**
 * Upload file: choose a CSV or XLSX file (drop or browse), read it in the import worker with a
 * progress bar and Cancel; a file that cannot be imported says why under the file, and another can be
 * chosen at once. Then the Columns step, when a required column is missing or a match is only a guess
 * (a similar name, values that look right): the admin checks or changes each match, and the rows are
 * read again with their mapping. Otherwise the preview opens at once. The mapping used is remembered
 * for the next file with the same headers (and used when the step is skipped).
 */
export function UploadDialog({ columns, accountId, onClose, onLoaded, returnFocus, reopen }: UploadDialogProps) {
  const { t, i18n } = useTranslation('bulk');
  const client = useApiClient();
  const bridge = useBridge();
  const account = useAccount();
  const scope = { userId: bridge.session.current().user.id, accountId: account.id };
  const [file, setFile] = useState<File | null>(reopen?.file ?? null);
  const [step, setStep] = useState<Step>(() =>
    reopen === undefined
      ? { kind: 'choose', problem: null }
      : { kind: 'columns', file: reopen.file, report: reopen.report, choice: [...reopen.choice], loaded: null, remembered: null },
  );
  const reading = useRef<AbortController | null>(null);
  const missingId = useId();

  // Closing the dialog (or unmounting the app) stops a read under way.
  useEffect(() => () => reading.current?.abort(), []);

  const cancelReading = () => {
    reading.current?.abort();
    reading.current = null;
    setStep({ kind: 'choose', problem: null });
  };

  /**
   * Reads the file (a sheet of it, when given) with a mapping of columns (the suggested one when
   * absent). `suggested` keeps the suggestions of a first read; `review` opens the Columns step after
   * the read whatever it found (the admin just picked another sheet there).
   */
  const read = async (chosen: File, columnChoice?: readonly number[], suggested?: ColumnsReport, sheet?: string, review = false) => {
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
        columnChoice,
        sheet,
        validateAccount,
        signal: controller.signal,
        onRows: (batch) => model.appendBatch(batch),
        onAccountIssues: (issues) => model.applyAccountIssues(issues),
        onProgress: (progress) => setStep({ kind: 'reading', progress }),
      });
      if (controller.signal.aborted) return;
      if (!outcome.ok) {
        // Required columns are missing: the admin may match them in the Columns step.
        if (outcome.columns !== undefined) {
          const report = suggested ?? outcome.columns;
          setStep({
            kind: 'columns',
            file: chosen,
            report,
            choice: columnChoice === undefined ? sourcesOf(report) : [...columnChoice],
            loaded: null,
            remembered: rememberedColumns(scope, columns, report.fileHeaders),
          });
          return;
        }
        setStep({ kind: 'choose', problem: outcome.issue });
        return;
      }
      model.setUserHeaders(outcome.summary.userHeaders);
      const report = suggested ?? outcome.summary.columns;
      const choice = columnChoice === undefined ? sourcesOf(outcome.summary.columns) : [...columnChoice];
      const draft: PreviewDraft = {
        id: nextDraftId(),
        accountId,
        fileName: chosen.name,
        model,
        notices: outcome.summary.notices,
        columns: { file: chosen, report, choice },
      };
      if (columnChoice !== undefined && !review) {
        rememberColumns(scope, columns, report.fileHeaders, choice);
        onLoaded(draft);
        return;
      }
      const remembered = rememberedColumns(scope, columns, report.fileHeaders);
      const differs = remembered !== null && !sameChoice(remembered, choice) && missingColumns(columns, remembered).length === 0;
      if (!review && !columnsNeedReview(columns, report, remembered)) {
        // The step is skipped: the columns of the last upload with the same headers are used.
        if (differs) {
          worker.terminate();
          await read(chosen, remembered, report, report.sheet ?? undefined);
          return;
        }
        rememberColumns(scope, columns, report.fileHeaders, choice);
        onLoaded(draft);
        return;
      }
      setStep({ kind: 'columns', file: chosen, report, choice, loaded: { draft, choice }, remembered: differs ? remembered : null });
    } catch {
      if (!controller.signal.aborted) setStep({ kind: 'choose', problem: 'failed' });
    } finally {
      worker.terminate();
      if (reading.current === controller) reading.current = null;
    }
  };

  const continueWithColumns = () => {
    if (step.kind !== 'columns' || missingColumns(columns, step.choice).length > 0) return;
    if (step.loaded !== null && sameChoice(step.loaded.choice, step.choice)) {
      rememberColumns(scope, columns, step.report.fileHeaders, step.choice);
      onLoaded(step.loaded.draft);
      return;
    }
    // Opened again from the preview without a change: the preview stays as it is.
    if (reopen !== undefined && sameChoice(reopen.choice, step.choice)) {
      onClose();
      return;
    }
    void read(step.file, step.choice, step.report, step.report.sheet ?? undefined);
  };

  const numberFormat = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const formatSize = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('configuration.upload.sizeKb', { size: numberFormat.format(bytes === 0 ? 0 : Math.max(0.1, bytes / 1024)) })
      : t('configuration.upload.sizeMb', { size: numberFormat.format(bytes / (1024 * 1024)) });

  const problem = step.kind === 'choose' ? step.problem : null;
  const problemText =
    problem === null ? undefined : problem === 'failed' ? t('configuration.upload.failed') : t(`import:${problem.messageKey}`, { ...problem.params });
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
      title={step.kind === 'columns' ? t('configuration.columns.title', { name: step.file.name }) : t('configuration.upload.title')}
      description={step.kind === 'columns' ? undefined : t('configuration.upload.description')}
      footer={
        step.kind === 'columns' ? (
          <>
            <Button variant="secondary" onClick={reopen === undefined ? () => setStep({ kind: 'choose', problem: null }) : onClose}>
              {reopen === undefined ? t('configuration.columns.back') : t('common:cancel')}
            </Button>
            <Button
              variant="primary"
              disabled={missingColumns(columns, step.choice).length > 0}
              aria-describedby={missingColumns(columns, step.choice).length > 0 ? missingId : undefined}
              onClick={continueWithColumns}
            >
              {t('configuration.columns.continue')}
            </Button>
          </>
        ) : step.kind === 'reading' ? (
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
      {step.kind === 'columns' ? (
        <ColumnsStep
          columns={columns}
          report={step.report}
          choice={step.choice}
          onChoiceChange={(choice) => setStep({ ...step, choice })}
          remembered={step.remembered !== null && !sameChoice(step.remembered, step.choice) ? step.remembered : null}
          missingId={missingId}
          reread={reopen !== undefined}
          onSheetChange={(sheet) => void read(step.file, undefined, undefined, sheet, true)}
        />
      ) : (
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
            rejectionMessage={(rejected) => {
              // A format we cannot read but the user may save from (.xls, .ods, .numbers) is told how.
              const legacy = legacyFormats.find((extension) => rejected.name.toLowerCase().endsWith(extension));
              return legacy === undefined
                ? t('configuration.upload.rejected', { name: rejected.name })
                : t('import:file.unsupportedFormat', { format: legacy });
            }}
            severalFilesMessage={(count) => t('configuration.upload.severalFiles', { count })}
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
      )}
    </Dialog>
  );
}
