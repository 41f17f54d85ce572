import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEventLogs, type ApiClient } from '../../../api';
import { useCursorPages } from '../../../data/use-cursor-pages';
import type { EventLogEntry, ListEventLogsQuery } from '../../../contract';
import { Button, DataTable, EmptyState, ErrorState, LoadingState, Select, Spinner, type DataTableColumn } from '../../../ui';
import { useIntlFormat } from '../shared/use-intl-format';
import { dayFormat } from './day-format';
import { DayField } from './day-field';
import { eventDetails, jobOf } from './event-details';
import { eventTypes, noFilters, toEventQuery, type EventFilters } from './event-filters';
import styles from './event-logs-screen.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

const eventId = (event: EventLogEntry) => event.id;

/** The event log, newest first, filtered by type and by a range of days; a job's event opens the job. */
export function EventsSection({ onOpenJob }: { onOpenJob(jobId: string): void }) {
  const { t, i18n } = useTranslation('bulk');
  const format = useIntlFormat();
  const headingId = useId();
  const [filters, setFilters] = useState<EventFilters>(noFilters);
  const checked = toEventQuery(filters);
  // A wrong range keeps the last good query on screen, with the problem under its field.
  const [query, setQuery] = useState<ListEventLogsQuery>({});
  const change = (next: EventFilters) => {
    setFilters(next);
    const result = toEventQuery(next);
    if (result.ok) setQuery(result.query);
  };
  const load = useCallback(
    (client: ApiClient, cursor: string | undefined, signal: AbortSignal) => listEventLogs(client, { ...query, cursor, limit: 100 }, { signal }),
    [query],
  );
  const events = useCursorPages(['event-logs', query], load, eventId);
  const columns = useMemo<DataTableColumn<EventLogEntry>[]>(
    () => [
      { id: 'when', header: t('eventLogs.columns.when'), cell: (event) => format.dateTime(event.occurredAt), width: 'minmax(170px, 1fr)' },
      { id: 'type', header: t('eventLogs.columns.type'), cell: (event) => t(`eventLogs.types.${event.type}`), width: 'minmax(160px, 1fr)' },
      { id: 'details', header: t('eventLogs.columns.details'), cell: (event) => eventDetails(event, t, format), width: 'minmax(280px, 3fr)' },
      { id: 'by', header: t('eventLogs.columns.by'), cell: (event) => event.actor.displayName },
    ],
    [t, format],
  );
  const filtered = filters.type !== 'all' || filters.from !== '' || filters.to !== '';
  const example = useMemo(() => dayFormat(i18n.language).format('2025-01-31'), [i18n.language]);
  const problemOf = (field: 'from' | 'to') =>
    !checked.ok && checked.field === field ? t(`eventLogs.filters.problems.${checked.problem}`, { example }) : undefined;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('eventLogs.heading')}
      </h2>
      <div className={styles.filters} role="group" aria-label={t('eventLogs.filters.label')}>
        <Select
          label={t('eventLogs.filters.type')}
          value={filters.type}
          onChange={(event) => {
            const type = eventTypes.find((item) => item === event.target.value) ?? 'all';
            change({ ...filters, type });
          }}
          options={[
            { value: 'all', label: t('eventLogs.filters.allTypes') },
            ...eventTypes.map((type) => ({ value: type, label: t(`eventLogs.types.${type}`) })),
          ]}
        />
        <DayField label={t('eventLogs.filters.from')} value={filters.from} onCommit={(from) => change({ ...filters, from })} error={problemOf('from')} />
        <DayField label={t('eventLogs.filters.to')} value={filters.to} onCommit={(to) => change({ ...filters, to })} error={problemOf('to')} />
        <Button variant="ghost" disabled={!filtered} onClick={() => change(noFilters)}>
          {t('eventLogs.filters.clear')}
        </Button>
      </div>
      <p className={styles.hint} role="status">
        {events.status === 'success'
          ? t('eventLogs.shown', { shown: format.number(events.items.length), total: format.number(events.total ?? 0), count: events.total ?? 0 })
          : ''}
      </p>
      {events.status === 'error' && events.error ? (
        <ErrorState
          headingLevel={3}
          title={t('eventLogs.loadFailed')}
          description={apiErrorMessage(t, events.error)}
          retryLabel={t('common:retry')}
          onRetry={events.reload}
        />
      ) : events.status === 'loading' ? (
        <LoadingState label={t('eventLogs.loading')} />
      ) : (
        <DataTable
          label={t('eventLogs.heading')}
          columns={columns}
          rows={events.items}
          getRowId={eventId}
          totalRowCount={events.total ?? undefined}
          onRowActivate={(event) => {
            const job = jobOf(event);
            if (job) onOpenJob(job);
          }}
          onEndReached={events.loadMore}
          busy={events.loadingMore}
          emptyState={<EmptyState headingLevel={3} title={filtered ? t('eventLogs.noMatch') : t('eventLogs.empty')} />}
          footer={
            events.loadingMore ? (
              <Spinner label={t('eventLogs.loadingMore')} />
            ) : events.moreError ? (
              <div role="alert" className={styles.more}>
                {t('eventLogs.moreFailed', { reason: apiErrorMessage(t, events.moreError) })}
                <Button size="sm" onClick={events.loadMore}>
                  {t('common:retry')}
                </Button>
              </div>
            ) : null
          }
        />
      )}
    </section>
  );
}
