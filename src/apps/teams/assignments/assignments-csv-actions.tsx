import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadAssignmentsCsv } from '../../../api';
import { useBridge } from '../../../runtime/react';
import { useApiClient } from '../../../data/use-api';
import { Button, loadChunk, saveFile } from '../../../ui';
import { AssignmentsUploadDialog } from './assignments-upload-dialog';
import styles from './assignments-csv-actions.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

/** Props of {@link AssignmentsCsvActions}. */
export interface AssignmentsCsvActionsProps {
  /** After an upload was applied (some rows changed): refetch the table. */
  onApplied: () => void;
}

/** The name of the downloaded file, dated so that several downloads do not overwrite each other. */
function fileName(now: Date): string {
  return `teams-assignments-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * **Download CSV** and **Upload** for bulk assignment: the download lists users
 * with and without numbers and the spare numbers; the upload reads an edited file (CSV or XLSX),
 * previews the changes and problems, applies on confirmation and reports a result per row.
 */
export function AssignmentsCsvActions({ onApplied }: AssignmentsCsvActionsProps) {
  const { t } = useTranslation('teams');
  const client = useApiClient();
  const bridge = useBridge();
  const [downloading, setDownloading] = useState(false);
  const [uploading, setUploading] = useState(false);

  const download = async () => {
    setDownloading(true);
    const [result, writer] = await Promise.all([downloadAssignmentsCsv(client), loadChunk(() => import('./safe-assignments-csv')).catch(() => null)]);
    setDownloading(false);
    if (!writer) {
      bridge.notify({ kind: 'error', message: `${t('assignments.download.failed')} ${t('common:codeUnavailable')}` });
      return;
    }
    const { toSafeAssignmentsCsv } = writer;
    if (!result.ok) {
      bridge.notify({ kind: 'error', message: `${t('assignments.download.failed')} ${apiErrorMessage(t, result.error)}` });
      return;
    }
    saveFile(fileName(new Date()), new Blob([toSafeAssignmentsCsv(result.value)], { type: 'text/csv;charset=utf-8' }));
  };

  return (
    <div className={styles.actions}>
      <Button variant="secondary" loading={downloading} loadingLabel={t('assignments.download.loading')} onClick={() => void download()}>
        {t('assignments.download.label')}
      </Button>
      <Button variant="secondary" onClick={() => setUploading(true)}>
        {t('assignments.upload.label')}
      </Button>
      {uploading ? <AssignmentsUploadDialog onClose={() => setUploading(false)} onApplied={onApplied} /> : null}
    </div>
  );
}
