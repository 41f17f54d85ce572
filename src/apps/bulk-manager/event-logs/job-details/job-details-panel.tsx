import { useTranslation } from 'react-i18next';
import { getSeatJob } from '../../../../api';
import { QueryView } from '../../../../data/query-view';
import { useApiQuery } from '../../../../data/use-api';
import type { SeatJob } from '../../../../contract';
import { Button, SidePanel } from '../../../../ui';
import { useIntlFormat } from '../../shared/use-intl-format';
import styles from './job-details.module.css';
import { JobResultsTable } from './job-results-table';
import { useJobSummaryDownload } from './use-job-summary-download';
import { apiErrorMessage } from '../../../../i18n/api-error-message';

/** A bulk job: who started it and when, its counts, its per-row results, and its summary file. */
export function JobDetailsPanel({ jobId, onClose }: { jobId: string; onClose(): void }) {
  const { t } = useTranslation('bulk');
  const job = useApiQuery(['seat-job', jobId], (client, signal) => getSeatJob(client, jobId, { limit: 1 }, { signal }));
  return (
    <SidePanel open width={760} onClose={onClose} closeLabel={t('common:close')} title={job.data ? job.data.job.fileName : t('eventLogs.job.title')}>
      <QueryView query={job} errorTitle={t('eventLogs.job.loadFailed')}>
        {(data) => <JobDetails job={data.job} />}
      </QueryView>
    </SidePanel>
  );
}

function JobDetails({ job }: { job: SeatJob }) {
  const { t } = useTranslation('bulk');
  const format = useIntlFormat();
  const summary = useJobSummaryDownload(job);
  const facts: [string, string][] = [
    [t('eventLogs.job.status'), t(`eventLogs.job.statuses.${job.status}`)],
    [t('eventLogs.job.startedBy'), job.createdBy.displayName],
    [t('eventLogs.job.started'), format.dateTime(job.createdAt)],
    [t('eventLogs.job.finished'), job.completedAt ? format.dateTime(job.completedAt) : t('eventLogs.job.notFinished')],
    [t('eventLogs.job.rows'), format.number(job.rowCount)],
    [t('eventLogs.job.created'), format.number(job.counts.created)],
    [t('eventLogs.job.failed'), format.number(job.counts.failed)],
  ];
  return (
    <div className={styles.details}>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.fact}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.download}>
        <Button variant="primary" loading={summary.busy} onClick={() => void summary.download()}>
          {t('eventLogs.job.downloadSummary')}
        </Button>
        <p className={styles.note}>{t('eventLogs.job.summaryNote')}</p>
        {summary.error ? (
          <p role="alert" className={styles.error}>
            {t('eventLogs.job.downloadFailed', { reason: apiErrorMessage(t, summary.error) })}
          </p>
        ) : null}
      </div>
      <JobResultsTable job={job} />
    </div>
  );
}
