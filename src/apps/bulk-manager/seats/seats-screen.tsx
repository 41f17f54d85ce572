import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Seat } from '../../../contract';
import { Button, EmptyState, ErrorState, LoadingState, SearchBar, Spinner, useDebounced, visuallyHiddenClassName } from '../../../ui';
import { AddSeatPanel } from './add-seat/add-seat-panel';
import { SeatsTable } from './seats-table';
import styles from './seats-screen.module.css';
import { useIntlFormat } from '../shared/use-intl-format';
import { SEARCH_DEBOUNCE_MS, useSeatList, type SeatOrder } from './use-seat-list';
import { WelcomeDialog } from './welcome/welcome-dialog';
import { apiErrorMessage } from '../../../i18n/api-error-message';

/** Seats: the account's seats with search, sort and paging; add one; send welcome messages. */
export function SeatsScreen() {
  const { t } = useTranslation('bulk');
  const format = useIntlFormat();
  const headingId = useId();
  const [search, setSearch] = useState('');
  const query = useDebounced(search, SEARCH_DEBOUNCE_MS);
  const [order, setOrder] = useState<SeatOrder>({ sort: 'lastName', order: 'asc' });
  const list = useSeatList(query, order);
  // Kept by ID with the seat itself, so a selection survives a new search and results can name seats.
  const [selected, setSelected] = useState<ReadonlyMap<string, Seat>>(new Map());
  const [open, setOpen] = useState<'add' | 'welcome' | null>(null);

  const changeSelection = (ids: Set<string>) => {
    const next = new Map<string, Seat>();
    for (const id of ids) {
      const seat = selected.get(id) ?? list.items.find((item) => item.id === id);
      if (seat) next.set(id, seat);
    }
    setSelected(next);
  };

  const searching = query.trim() !== '';
  const body = (() => {
    if (list.status === 'error' && list.error) {
      return <ErrorState title={t('seats.loadFailed')} description={apiErrorMessage(t, list.error)} retryLabel={t('common:retry')} onRetry={list.reload} />;
    }
    if (list.status === 'loading') return <LoadingState label={t('seats.loading')} />;
    return (
      <SeatsTable
        seats={list.items}
        total={list.total ?? list.items.length}
        order={order}
        onOrderChange={setOrder}
        selectedIds={new Set(selected.keys())}
        onSelectionChange={changeSelection}
        onEndReached={list.loadMore}
        busy={list.loadingMore}
        emptyState={
          searching ? (
            <EmptyState headingLevel={3} title={t('seats.noMatchTitle')} description={t('seats.noMatchBody', { query: query.trim() })} />
          ) : (
            <EmptyState
              headingLevel={3}
              title={t('seats.emptyTitle')}
              description={t('seats.emptyBody')}
              action={<Button onClick={() => setOpen('add')}>{t('seats.add.open')}</Button>}
            />
          )
        }
        footer={
          list.loadingMore ? (
            <div className={styles.footer}>
              <Spinner label={t('seats.loadingMore')} />
            </div>
          ) : list.moreError ? (
            <div className={styles.footer} role="alert">
              <span>{t('seats.moreFailed', { reason: apiErrorMessage(t, list.moreError) })}</span>
              <Button size="sm" variant="secondary" onClick={list.loadMore}>
                {t('common:retry')}
              </Button>
            </div>
          ) : null
        }
      />
    );
  })();

  return (
    <section className={styles.tab} aria-labelledby={headingId}>
      {/* The tab already shows the name; the heading is there for screen-reader navigation. */}
      <h2 id={headingId} className={visuallyHiddenClassName}>
        {t('seats.heading')}
      </h2>
      <SearchBar label={t('seats.searchLabel')} description={t('seats.searchHelp')} value={search} onValueChange={setSearch}>
        <Button variant="secondary" disabled={selected.size === 0} onClick={() => setOpen('welcome')}>
          {t('seats.welcome.open', { count: selected.size })}
        </Button>
        <Button variant="primary" onClick={() => setOpen('add')}>
          {t('seats.add.open')}
        </Button>
      </SearchBar>
      <p className={styles.count} role="status">
        {list.status === 'success' && list.total !== null
          ? t('seats.shown', { shown: format.number(list.items.length), total: format.number(list.total), count: list.total })
          : ''}
      </p>
      {body}
      {open === 'add' ? <AddSeatPanel onClose={() => setOpen(null)} onCreated={list.insert} /> : null}
      {open === 'welcome' ? <WelcomeDialog seats={[...selected.values()]} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
