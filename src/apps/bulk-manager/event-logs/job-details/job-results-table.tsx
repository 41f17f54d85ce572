import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSeatJob, type ApiClient } from '../../../../api';
import { useCursorPages } from '../../../../data/use-cursor-pages';
import type { SeatJob, SeatJobRowRecord } from '../../../../contract';
import { Button, DataTable, EmptyState, ErrorState, LoadingState, Select, Spinner, type DataTableColumn } from '../../../../ui';
import { useIntlFormat } from '../../shared/use-intl-format';
import styles from './job-details.module.css';
import { useSummaryTexts } from './use-job-summary-download';
import { apiErrorMessage } from '../../../../i18n/api-error-message';

type ResultFilter = 'all' | 'created' | 'failed';
const filters: readonly ResultFilter[] = ['all', 'created', 'failed'];
const isFilter = (value: string): value is ResultFilter => filters.some((filter) => filter === value);

const resultId = (result: SeatJobRowRecord) => String(result.rowNumber);

// Two lines in the User column: the person's name, and their email under it.
const ROW_HEIGHT = 56;

/**
 * A job's per-row results, paged from the server, optionally only the created or the failed rows.
 * Each row says whom it was for (name and email of the seat the job sent, which the server keeps with
 * the result), so an admin reads people rather than seat ids; the seat id stays as secondary text.
 */
export function JobResultsTable({ job }: { job: SeatJob }) {
  const { t } = useTranslation('bulk');
  const format = useIntlFormat();
  const texts = useSummaryTexts();
  const [filter, setFilter] = useState<ResultFilter>('all');
  const load = useCallback(
    async (client: ApiClient, cursor: string | undefined, signal: AbortSignal) => {
      const result = await getSeatJob(client, job.id, { status: filter === 'all' ? undefined : filter, cursor, limit: 100 }, { signal });
      return result.ok ? { ...result, value: result.value.results } : result;
    },
    [job.id, filter],
  );
  const results = useCursorPages(['seat-job-results', job.id, filter], load, resultId);
  const columns = useMemo<DataTableColumn<SeatJobRowRecord>[]>(
    () => [
      { id: 'row', header: t('eventLogs.job.rowColumn'), cell: (result) => format.number(result.rowNumber), width: 64, align: 'end' },
      {
        id: 'result',
        header: t('eventLogs.job.resultColumn'),
        cell: (result) => (
          <span className={result.status === 'created' ? styles.created : styles.failedText}>{t(`eventLogs.job.results.${result.status}`)}</span>
        ),
        width: 96,
      },
      {
        id: 'user',
        header: t('eventLogs.job.userColumn'),
        cell: (result) => (
          <span className={styles.person}>
            <span className={`${styles.line} ${styles.personName}`}>{`${result.seat.firstName} ${result.seat.lastName}`}</span>
            <span className={styles.secondary}>{result.seat.email}</span>
          </span>
        ),
        width: 'minmax(200px, 1.3fr)',
      },
      {
        id: 'detail',
        header: t('eventLogs.job.detailColumn'),
        cell: (result) =>
          result.status === 'created' ? (
            <span className={styles.person}>
              <span className={styles.line}>{format.dateTime(result.createdAt)}</span>
              <span className={styles.secondary}>{t('eventLogs.job.seatId', { id: result.seatId })}</span>
            </span>
          ) : (
            <span className={styles.reason}>{texts.failure(result.code, result.fieldErrors)}</span>
          ),
        width: 'minmax(220px, 1.4fr)',
      },
    ],
    [t, format, texts],
  );

  return (
    <section className={styles.results} aria-label={t('eventLogs.job.resultsLabel')}>
      <Select
        className={styles.filter}
        label={t('eventLogs.job.filter')}
        value={filter}
        onChange={(event) => {
          if (isFilter(event.target.value)) setFilter(event.target.value);
        }}
        options={filters.map((value) => ({ value, label: t(`eventLogs.job.filters.${value}`) }))}
      />
      {results.status === 'error' && results.error ? (
        <ErrorState
          headingLevel={3}
          title={t('eventLogs.job.resultsFailed')}
          description={apiErrorMessage(t, results.error)}
          retryLabel={t('common:retry')}
          onRetry={results.reload}
        />
      ) : results.status === 'loading' ? (
        <LoadingState label={t('eventLogs.job.resultsLoading')} />
      ) : (
        <>
          <p className={styles.note} role="status">
            {t('eventLogs.shown', { shown: format.number(results.items.length), total: format.number(results.total ?? 0), count: results.total ?? 0 })}
          </p>
          <DataTable
            label={t('eventLogs.job.resultsLabel')}
            columns={columns}
            rows={results.items}
            getRowId={resultId}
            totalRowCount={results.total ?? undefined}
            rowHeight={ROW_HEIGHT}
            height={360}
            onEndReached={results.loadMore}
            busy={results.loadingMore}
            emptyState={<EmptyState headingLevel={3} title={t('eventLogs.job.noResults')} />}
            footer={
              results.loadingMore ? (
                <Spinner label={t('eventLogs.loadingMore')} />
              ) : results.moreError ? (
                <div role="alert" className={styles.more}>
                  {t('eventLogs.job.moreFailed', { reason: apiErrorMessage(t, results.moreError) })}
                  <Button size="sm" onClick={results.loadMore}>
                    {t('common:retry')}
                  </Button>
                </div>
              ) : null
            }
          />
        </>
      )}
    </section>
  );
}
