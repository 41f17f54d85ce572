import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCalls } from '../../../api';
import type { Call } from '../../../contract';
import { QueryView } from '../../../data/query-view';
import { useApiQuery } from '../../../data/use-api';
import { Button, DataTable, EmptyState, type DataTableColumn } from '../../../ui';
import { usePhoneFormat } from '../../../ui/phone-format';
import { formatDuration } from './format-call';
import styles from './recent-calls.module.css';

/** Calls per page. */
export const CALLS_PAGE_SIZE = 20;

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 44;

/** Props of {@link RecentCallsView}. */
export interface RecentCallsViewProps {
  /** E.164. */
  number: string;
  onBack: () => void;
}

/** The calls of one number, newest first, a page at a time (Previous / Next). */
export function RecentCallsView({ number, onBack }: RecentCallsViewProps) {
  const { t, i18n } = useTranslation('teams');
  const format = usePhoneFormat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The cursors of the pages seen so far: going back needs no cursor from the server.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const page = cursors.length - 1;
  const cursor = cursors[page];
  const calls = useApiQuery(['calls', number, cursor ?? null], (client, signal) => listCalls(client, number, { cursor, limit: CALLS_PAGE_SIZE }, { signal }));

  // The page replaces the table: move focus to its heading so the change is announced.
  useEffect(() => headingRef.current?.focus(), []);

  const dateFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }), [i18n.language]);
  const columns = useMemo<DataTableColumn<Call>[]>(
    () => [
      { id: 'direction', header: t('calls.columns.direction'), cell: (call) => t(`calls.direction.${call.direction}`), width: 'minmax(110px, 1fr)' },
      { id: 'otherParty', header: t('calls.columns.otherParty'), cell: (call) => format(call.otherParty), width: 'minmax(150px, 1.4fr)' },
      {
        id: 'start',
        header: t('calls.columns.start'),
        cell: (call) => <time dateTime={call.startedAt}>{dateFormat.format(new Date(call.startedAt))}</time>,
        width: 'minmax(180px, 1.6fr)',
      },
      { id: 'duration', header: t('calls.columns.duration'), cell: (call) => formatDuration(call.durationSeconds), width: 'minmax(90px, 0.8fr)', align: 'end' },
      { id: 'result', header: t('calls.columns.result'), cell: (call) => t(`calls.result.${call.result}`), width: 'minmax(110px, 1fr)' },
    ],
    [t, format, dateFormat],
  );

  return (
    <section className={styles.page} aria-labelledby="teams-recent-calls-title">
      <div className={styles.header}>
        <h2 id="teams-recent-calls-title" ref={headingRef} tabIndex={-1} className={styles.title}>
          {t('calls.title', { number: format(number) })}
        </h2>
        <Button variant="secondary" onClick={onBack}>
          {t('calls.back')}
        </Button>
      </div>
      <QueryView query={calls} errorTitle={t('calls.loadFailed')}>
        {(data) =>
          data.total === 0 ? (
            <EmptyState title={t('calls.empty')} description={t('calls.emptyHelp')} headingLevel={3} />
          ) : (
            <>
              <DataTable
                label={t('calls.tableLabel', { number: format(number) })}
                columns={columns}
                rows={data.items}
                getRowId={(call) => call.id}
                totalRowCount={data.items.length}
                rowHeight={ROW_HEIGHT}
                height={HEADER_HEIGHT + Math.max(1, data.items.length) * ROW_HEIGHT}
                busy={calls.status === 'loading'}
              />
              <nav className={styles.paging} aria-label={t('calls.pagingLabel')}>
                <p className={styles.range} aria-live="polite">
                  {t('calls.range', { from: page * CALLS_PAGE_SIZE + 1, to: page * CALLS_PAGE_SIZE + data.items.length, total: data.total })}
                </p>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={page === 0 || calls.status === 'loading'}
                  onClick={() => setCursors((previous) => previous.slice(0, -1))}
                >
                  {t('calls.previous')}
                </Button>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={data.nextCursor === null || calls.status === 'loading'}
                  onClick={() => {
                    const next = data.nextCursor;
                    if (next !== null) setCursors((previous) => [...previous, next]);
                  }}
                >
                  {t('calls.next')}
                </Button>
              </nav>
            </>
          )
        }
      </QueryView>
    </section>
  );
}
