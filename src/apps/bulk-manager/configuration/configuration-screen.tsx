import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadSeatTemplateCsv, getSeatTemplate, type ApiError } from '../../../api';
import { useAccount, useBridge } from '../../../runtime/react';
import { QueryView } from '../../../data/query-view';
import { useApiClient, useApiQuery } from '../../../data/use-api';
import type { TemplateColumn } from '../../../contract/template';
import { Button, EmptyState, VisuallyHidden, saveFile } from '../../../ui';
import { BulkJobPanel } from '../bulk-job/bulk-job-panel';
import { useBulkJobRunner, useBulkJobSnapshot } from '../bulk-job/use-bulk-job';
import { accountValidator } from './account-validator';
import { failedRowsDraft } from './failed-rows-draft';
import { usePreviewDraft } from './preview-draft';
import { PreviewPanel } from './preview-panel';
import { UploadDialog } from './upload-dialog';
import styles from './configuration.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

/**
 * Configuration, the default view: download the seat template, upload a filled file, preview and fix
 * its rows, and create the users as a bulk job. A running or finished job takes the place of the
 * preview until the user is done with it; the rows it could not create can be opened as a new
 * preview, to be fixed and created again.
 */
export function ConfigurationScreen() {
  const { t } = useTranslation('bulk');
  const client = useApiClient();
  const bridge = useBridge();
  const account = useAccount();
  const template = useApiQuery('seat-template', (api, signal) => getSeatTemplate(api, { signal }));
  const runner = useBulkJobRunner();
  const job = useBulkJobSnapshot(runner);
  const [draft, setDraft] = usePreviewDraft();
  const [uploading, setUploading] = useState(false);
  // Set while the Columns step of the previewed file is open again.
  const [reviewing, setReviewing] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [templateError, setTemplateError] = useState<ApiError | null>(null);
  // Said when Undo or Redo goes from one preview of the file to another (a change of columns).
  const [switchAnnouncement, setSwitchAnnouncement] = useState('');
  // After an upload, focus lands on the preview's heading (the dialog that had it is gone), once.
  const previewFocus = useRef(false);
  const takePreviewFocus = useCallback(() => {
    const wanted = previewFocus.current;
    previewFocus.current = false;
    return wanted;
  }, []);

  const downloadTemplate = async () => {
    setDownloading(true);
    setTemplateError(null);
    const result = await downloadSeatTemplateCsv(client);
    setDownloading(false);
    if (!result.ok) {
      setTemplateError(result.error);
      return;
    }
    saveFile(t('configuration.templateFileName'), new Blob([result.value], { type: 'text/csv;charset=utf-8' }));
  };

  // The rows the finished run could not create become a new draft, checked against the account like
  // an upload; the run is put away (Event Logs keeps its job and summary) and focus goes to the preview.
  const fixFailedRows = async (columns: readonly TemplateColumn[]) => {
    const finished = runner.getSnapshot();
    const accountId = account.id;
    const { userHeaders, rows } = runner.failedRows();
    const name = finished.fileName;
    const suffix = t('bulkJob.fixFailedFileName', { name: '' });
    const fixed = await failedRowsDraft({
      columns,
      accountId,
      fileName: name.endsWith(suffix) ? name : t('bulkJob.fixFailedFileName', { name }),
      userHeaders,
      rows: rows.map((row) => ({ userRow: row.userRow, raw: row.raw, message: row.outcome.message })),
      validateAccount: accountValidator(client),
    });
    // Meanwhile the user may have moved on (Done, Retry, another upload, another account): keep what they have now.
    if (runner.getSnapshot() !== finished || bridge.account.current().id !== accountId) return;
    previewFocus.current = true;
    setDraft(fixed);
    runner.dismiss();
  };

  // While the first send is being opened the preview stays (its Create button shows the wait), so a
  // job that cannot be opened leaves the user exactly where they were, with the reason.
  const showJob = job.phase !== 'idle' && !(job.phase === 'starting' && !job.retrying && draft !== null);

  return (
    <QueryView query={template} errorTitle={t('configuration.loadFailed')}>
      {(data) => (
        <div className={styles.tab}>
          <div className={styles.intro}>
            <h2 className={styles.heading}>{t('configuration.heading')}</h2>
            <p>{t('configuration.intro')}</p>
            <p className={styles.muted}>{t('configuration.templateColumns', { count: data.columns.length })}</p>
            <div className={styles.introActions}>
              <Button variant="secondary" loading={downloading} onClick={() => void downloadTemplate()}>
                {t('configuration.downloadTemplate')}
              </Button>
              <Button
                variant="primary"
                disabled={job.phase !== 'idle' && job.phase !== 'finished'}
                onClick={() => {
                  setReviewing(false);
                  setUploading(true);
                }}
              >
                {t('configuration.uploadFile')}
              </Button>
            </div>
            {templateError ? (
              <p role="alert" className={styles.inlineError}>
                {t('configuration.templateFailed', { reason: apiErrorMessage(t, templateError) })}
              </p>
            ) : null}
          </div>

          {showJob ? (
            <BulkJobPanel runner={runner} onFixFailed={job.account?.id === account.id ? () => fixFailedRows(data.columns) : undefined} />
          ) : draft ? (
            <PreviewPanel
              key={draft.id}
              draft={draft}
              runner={runner}
              takeFocus={takePreviewFocus}
              onStarted={() => setDraft(null)}
              onReviewColumns={() => {
                setReviewing(true);
                setUploading(true);
              }}
              onSwitchDraft={(next, change) => {
                previewFocus.current = true;
                setDraft(next);
                setSwitchAnnouncement(t(`configuration.fixes.${change}`, { what: t('configuration.fixes.kinds.columns') }));
              }}
            />
          ) : (
            <EmptyState headingLevel={3} title={t('configuration.empty.title')} description={t('configuration.empty.description')} />
          )}

          <VisuallyHidden aria-live="polite">{switchAnnouncement}</VisuallyHidden>
          {uploading ? (
            <UploadDialog
              columns={data.columns}
              accountId={account.id}
              reopen={reviewing ? draft?.columns : undefined}
              onClose={() => {
                setUploading(false);
                setReviewing(false);
              }}
              // Once a file is read, focus goes from the dialog straight to the preview's heading.
              returnFocus={() => !previewFocus.current}
              onLoaded={(loaded) => {
                if (job.phase === 'finished') runner.dismiss();
                previewFocus.current = true;
                // A change of columns of the previewed file can be undone: the preview before it is kept as it was.
                setDraft(reviewing && draft !== null ? { ...loaded, previous: draft } : loaded);
                setSwitchAnnouncement('');
                setUploading(false);
                setReviewing(false);
              }}
            />
          ) : null}
        </div>
      )}
    </QueryView>
  );
}
