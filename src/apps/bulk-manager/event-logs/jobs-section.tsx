import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listSeatJobs, type ApiClient } from '../../../api';
import { useCursorPages } from '../../../data/use-cursor-pages';
import type { SeatJob } from '../../../contract';
import { DataTable, EmptyState, ErrorState, LoadingState, Spinner, type DataTableColumn } from '../../../ui';
import { useIntlFormat } from '../shared/use-intl-format';
import styles from './event-logs-screen.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

const jobId = (job: SeatJob) => job.id;

/** Bulk jobs, newest first: file, when, counts and who; a row opens the job. */
export function JobsSection({ onOpenJob }: { onOpenJob(jobId: string): void }) {
  const { t } = useTranslation('bulk');
  const format = useIntlFormat();
  const headingId = useId();
  const load = useCallback((client: ApiClient, cursor: string | undefined, signal: AbortSignal) => listSeatJobs(client, { cursor, limit: 50 }, { signal }), []);
  const jobs = useCursorPages('seat-jobs', load, jobId);
  const columns = useMemo<DataTableColumn<SeatJob>[]>(
    () => [
      { id: 'file', header: t('eventLogs.jobs.file'), cell: (job) => job.fileName, width: 'minmax(200px, 2fr)' },
      { id: 'started', header: t('eventLogs.jobs.started'), cell: (job) => format.dateTime(job.createdAt), width: 'minmax(170px, 1fr)' },
      {
        id: 'finished',
        header: t('eventLogs.jobs.finished'),
        cell: (job) => (job.completedAt ? format.dateTime(job.completedAt) : t('eventLogs.job.notFinished')),
        width: 'minmax(170px, 1fr)',
      },
      { id: 'rows', header: t('eventLogs.jobs.rows'), cell: (job) => format.number(job.rowCount), width: 90, align: 'end' },
      { id: 'created', header: t('eventLogs.jobs.created'), cell: (job) => format.number(job.counts.created), width: 90, align: 'end' },
      { id: 'failed', header: t('eventLogs.jobs.failed'), cell: (job) => format.number(job.counts.failed), width: 90, align: 'end' },
      { id: 'by', header: t('eventLogs.jobs.by'), cell: (job) => job.createdBy.displayName },
    ],
    [t, format],
  );
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('eventLogs.jobs.heading')}
      </h2>
      <p className={styles.hint}>{t('eventLogs.jobs.hint')}</p>
      {/* As tall as its rows (up to six), so one job does not leave a tall empty box. */}
      {jobs.status === 'error' && jobs.error ? (
        <ErrorState
          headingLevel={3}
          title={t('eventLogs.jobs.loadFailed')}
          description={apiErrorMessage(t, jobs.error)}
          retryLabel={t('common:retry')}
          onRetry={jobs.reload}
        />
      ) : jobs.status === 'loading' ? (
        <LoadingState label={t('eventLogs.jobs.loading')} />
      ) : (
        <DataTable
          label={t('eventLogs.jobs.heading')}
          columns={columns}
          rows={jobs.items}
          getRowId={jobId}
          totalRowCount={jobs.total ?? undefined}
          height={jobs.items.length === 0 ? 200 : Math.min(280, (jobs.items.length + 1) * 40 + 2)}
          onRowActivate={(job) => onOpenJob(job.id)}
          onEndReached={jobs.loadMore}
          busy={jobs.loadingMore}
          emptyState={<EmptyState headingLevel={3} title={t('eventLogs.jobs.empty')} />}
          footer={jobs.loadingMore ? <Spinner label={t('eventLogs.loadingMore')} /> : null}
        />
      )}
    </section>
  );
}
