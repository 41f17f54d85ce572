import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '../../../ui';
import type { RowOutcome } from './upload-outcome';
import { MESSAGE_ROW_HEIGHT, tableHeight } from './upload-preview-view';
import styles from './assignments-upload.module.css';

/** Props of {@link UploadResultsView}. */
export interface UploadResultsViewProps {
  outcomes: readonly RowOutcome[];
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Each row's result after Apply: applied, unchanged, or failed and why. */
export function UploadResultsView({ outcomes, headingRef }: UploadResultsViewProps) {
  const { t } = useTranslation('teams');
  const count = (status: RowOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const columns = useMemo<DataTableColumn<RowOutcome>[]>(
    () => [
      { id: 'row', header: t('assignments.preview.row'), cell: (outcome) => outcome.rowNumber, width: 72, align: 'end' },
      {
        id: 'user',
        header: t('assignments.preview.user'),
        cell: (outcome) => <span className={styles.message}>{outcome.userPrincipalName ?? ''}</span>,
        width: 'minmax(180px, 2fr)',
      },
      {
        id: 'result',
        header: t('assignments.results.result'),
        cell: (outcome) => (
          <span className={outcome.status === 'failed' ? styles.failed : outcome.status === 'applied' ? styles.applied : undefined}>
            {t(`assignments.results.status.${outcome.status}`)}
          </span>
        ),
        width: 'minmax(110px, 1fr)',
      },
      {
        id: 'details',
        header: t('assignments.results.details'),
        cell: (outcome) => (outcome.message === null ? '' : <span className={styles.message}>{t(outcome.message.key, outcome.message.params)}</span>),
        width: 'minmax(300px, 3fr)',
      },
    ],
    [t],
  );
  return (
    <div className={styles.preview}>
      <h3 ref={headingRef} tabIndex={-1} className={styles.stepTitle}>
        {t('assignments.results.title')}
      </h3>
      <p role="status">{t('assignments.results.summary', { applied: count('applied'), unchanged: count('unchanged'), failed: count('failed') })}</p>
      <DataTable
        label={t('assignments.results.tableLabel')}
        columns={columns}
        rows={outcomes}
        getRowId={(outcome) => String(outcome.rowNumber)}
        rowHeight={MESSAGE_ROW_HEIGHT}
        height={tableHeight(outcomes.length, MESSAGE_ROW_HEIGHT)}
      />
    </div>
  );
}
