import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyAssignments, validateAssignments } from '../../../api';
import { useApiClient } from '../../../data/use-api';
import { Button, Dialog, FileDrop, ProgressBar, loadChunk } from '../../../ui';
import { loadPhoneLibrary } from '../../../ui/phone-format';
import type { AssignmentsFile } from './read-assignments-file';
import { toOutcomes, toPreview, type RowOutcome, type UploadPreview } from './upload-outcome';
import { UploadPreviewView } from './upload-preview-view';
import { UploadResultsView } from './upload-results-view';
import styles from './assignments-upload.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

type Step =
  | { kind: 'choose'; error: string | null }
  | { kind: 'checking' }
  | { kind: 'preview'; file: AssignmentsFile; preview: UploadPreview; idempotencyKey: string; applying: boolean; error: string | null }
  | { kind: 'done'; outcomes: RowOutcome[] };

const accept = ['.csv', '.xlsx', '.txt', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** Props of {@link AssignmentsUploadDialog}. */
export interface AssignmentsUploadDialogProps {
  onClose: () => void;
  /** Called once rows were applied. */
  onApplied: () => void;
}

/**
 * Upload of an edited assignments file: choose it, it is read and checked (here, then by the server),
 * the changes and problems are previewed, Apply makes the changes of the rows without problems, and
 * each row's result is shown. Nothing changes before Apply.
 */
export function AssignmentsUploadDialog({ onClose, onApplied }: AssignmentsUploadDialogProps) {
  const { t, i18n } = useTranslation('teams');
  const client = useApiClient();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null });
  const run = useRef(0);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  // Each step replaces the dialog's content: focus its heading so that the change is announced and
  // keyboard users do not fall back to the page.
  useEffect(() => {
    if (step.kind === 'preview' || step.kind === 'done') stepHeading.current?.focus();
  }, [step.kind]);

  const check = async (chosen: File) => {
    const current = ++run.current;
    setStep({ kind: 'checking' });
    // The formatter too, so that the preview shows numbers as people read them from its first render.
    const reader = await Promise.all([loadChunk(() => import('./read-assignments-file')), loadPhoneLibrary().catch(() => undefined)]).then(
      ([module]) => module.readAssignmentsFile,
      () => null,
    );
    if (current !== run.current) return;
    if (!reader) {
      // The reader's code did not arrive, even on a second try: choosing the file again tries again.
      setStep({ kind: 'choose', error: `${t('assignments.upload.checkFailed')} ${t('common:codeUnavailable')}` });
      return;
    }
    const read = await reader(chosen);
    if (current !== run.current) return;
    if (!read.ok) {
      setStep({ kind: 'choose', error: t(read.error.key, read.error.params) });
      return;
    }
    const validated = await validateAssignments(client, { fileName: chosen.name, csv: read.file.csv });
    if (current !== run.current) return;
    if (!validated.ok) {
      setStep({ kind: 'choose', error: `${t('assignments.upload.checkFailed')} ${apiErrorMessage(t, validated.error)}` });
      return;
    }
    setStep({
      kind: 'preview',
      file: read.file,
      preview: toPreview(read.file, validated.value),
      idempotencyKey: globalThis.crypto.randomUUID(),
      applying: false,
      error: null,
    });
  };

  const apply = async () => {
    if (step.kind !== 'preview' || step.applying || file === null) return;
    setStep({ ...step, applying: true, error: null });
    // One key per preview: a retry after a lost answer cannot apply the file twice.
    const result = await applyAssignments(client, { fileName: file.name, csv: step.file.csv }, { idempotencyKey: step.idempotencyKey });
    if (!result.ok) {
      setStep({ ...step, applying: false, error: `${t('assignments.upload.applyFailed')} ${apiErrorMessage(t, result.error)}` });
      return;
    }
    const outcomes = toOutcomes(step.file, step.preview, result.value);
    if (outcomes.some((outcome) => outcome.status === 'applied')) onApplied();
    setStep({ kind: 'done', outcomes });
  };

  const chooseAnother = () => {
    run.current++;
    setFile(null);
    setStep({ kind: 'choose', error: null });
  };

  const numberFormat = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const footer =
    step.kind === 'preview' ? (
      <>
        <Button variant="secondary" onClick={onClose} disabled={step.applying}>
          {t('common:cancel')}
        </Button>
        <Button variant="secondary" onClick={chooseAnother} disabled={step.applying}>
          {t('assignments.upload.chooseAnother')}
        </Button>
        <Button
          variant="primary"
          onClick={() => void apply()}
          loading={step.applying}
          loadingLabel={t('assignments.upload.applying')}
          disabled={step.preview.changes.length === 0}
        >
          {t('assignments.upload.apply', { count: step.preview.changes.length })}
        </Button>
      </>
    ) : step.kind === 'done' ? (
      <Button variant="primary" onClick={onClose}>
        {t('assignments.upload.done')}
      </Button>
    ) : (
      <Button variant="secondary" onClick={onClose}>
        {t('common:cancel')}
      </Button>
    );

  return (
    <Dialog
      open
      size="lg"
      onClose={onClose}
      title={t('assignments.upload.title')}
      description={t('assignments.upload.description')}
      closeLabel={t('common:close')}
      footer={footer}
    >
      {step.kind === 'choose' || step.kind === 'checking' ? (
        <div className={styles.choose}>
          <FileDrop
            label={t('assignments.upload.fileLabel')}
            description={t('assignments.upload.fileHelp')}
            dropHint={t('assignments.upload.dropHint')}
            browseLabel={t('assignments.upload.browse')}
            accept={accept}
            file={file}
            disabled={step.kind === 'checking'}
            onFileChange={(chosen) => {
              setFile(chosen);
              if (chosen === null) chooseAnother();
              else void check(chosen);
            }}
            formatSize={(bytes) =>
              bytes < 1024 * 1024
                ? t('assignments.upload.sizeKb', { size: numberFormat.format(bytes / 1024) })
                : t('assignments.upload.sizeMb', { size: numberFormat.format(bytes / (1024 * 1024)) })
            }
            removeLabel={t('assignments.upload.remove')}
            rejectionMessage={(rejected) => t('assignments.upload.wrongType', { name: rejected.name })}
            severalFilesMessage={(count) => t('assignments.upload.severalFiles', { count })}
            error={step.kind === 'choose' ? (step.error ?? undefined) : undefined}
          />
          {step.kind === 'checking' ? <ProgressBar label={t('assignments.upload.checking')} /> : null}
        </div>
      ) : step.kind === 'preview' ? (
        <UploadPreviewView preview={step.preview} headingRef={stepHeading} error={step.error} />
      ) : (
        <UploadResultsView outcomes={step.outcomes} headingRef={stepHeading} />
      )}
    </Dialog>
  );
}
