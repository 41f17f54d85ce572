import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listNumbers } from '../../../api';
import type { TeamsNumber } from '../../../contract';
import { useInvalidate } from '../../../data/use-api';
import { useCursorPages } from '../../../data/use-cursor-pages';
import { Button, DataTable, EmptyState, ErrorState, LoadingState, SearchBar, Spinner, useDebounced } from '../../../ui';
import { AssignmentEditPanel, AssignmentsCsvActions } from '../assignments';
import { usePhoneFormat } from '../../../ui/phone-format';
import { BuyNumbersDialog } from './buy-numbers-dialog';
import { useNumberColumns } from './number-columns';
import { ReleaseNumbersDialog } from './release-numbers-dialog';
import styles from './phone-numbers-screen.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

const PAGE_LIMIT = 100;
const SEARCH_DELAY_MS = 300;
const NO_SELECTION: ReadonlyMap<string, TeamsNumber> = new Map();

type OpenDialog = { kind: 'buy' } | { kind: 'release'; numbers: TeamsNumber[]; hiddenCount: number } | { kind: 'edit'; number: string } | null;

/** A number's key in the list. */
const numberId = (item: TeamsNumber) => item.number;

/**
 * Phone Numbers: the tenant's numbers with search and paging as the user scrolls; Buy, Delete (of every
 * selected number, those a search hides too, after a confirmation that says so), the assignments CSV,
 * and the edit panel on a click.
 */
export function PhoneNumbersScreen() {
  const { t } = useTranslation('teams');
  const format = usePhoneFormat();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const numbers = useCursorPages<TeamsNumber>(
    ['teams-numbers', query],
    (client, cursor, signal) => listNumbers(client, { q: query === '' ? undefined : query, cursor, limit: PAGE_LIMIT }, { signal }),
    numberId,
  );
  const invalidate = useInvalidate();
  // A purchase, a release or an assignment changes numbers and users alike.
  const changed = () => invalidate('teams-numbers', 'teams-users');
  // Kept by number with the row as last seen, so a selection survives a new search (as in Seats) and
  // Delete can still name and release the numbers the search no longer shows.
  const [selection, setSelection] = useState<ReadonlyMap<string, TeamsNumber>>(NO_SELECTION);
  const loaded = useMemo(() => new Map(numbers.items.map((item) => [item.number, item])), [numbers.items]);
  const selectedIds = useMemo(() => new Set(selection.keys()), [selection]);
  // The loaded row when there is one: it is fresher than the one kept at selection time.
  const selected = useMemo(() => [...selection.values()].map((item) => loaded.get(item.number) ?? item), [selection, loaded]);
  const hiddenCount = selected.filter((item) => !loaded.has(item.number)).length;
  const changeSelection = (ids: ReadonlySet<string>) => {
    const next = new Map<string, TeamsNumber>();
    for (const id of ids) {
      const item = loaded.get(id) ?? selection.get(id);
      if (item) next.set(id, item);
    }
    setSelection(next);
  };
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const columns = useNumberColumns(format);

  const firstLoad = numbers.status === 'loading' && numbers.items.length === 0;
  let table;
  if (numbers.status === 'error' && numbers.error) {
    table = (
      <ErrorState title={t('numbers.loadFailed')} description={apiErrorMessage(t, numbers.error)} retryLabel={t('common:retry')} onRetry={numbers.reload} />
    );
  } else if (firstLoad) {
    table = <LoadingState label={t('common:loading')} />;
  } else {
    table = (
      <DataTable
        label={t('numbers.tableLabel')}
        columns={columns}
        rows={numbers.items}
        getRowId={(item) => item.number}
        totalRowCount={numbers.total ?? undefined}
        busy={numbers.status === 'loading'}
        selection={{
          selectedIds,
          onSelectionChange: changeSelection,
          selectAllLabel: t('numbers.selectAll'),
          selectRowLabel: (item) => t('numbers.selectRow', { number: format(item.number) }),
        }}
        onRowActivate={(item) => setDialog({ kind: 'edit', number: item.number })}
        onEndReached={numbers.loadMore}
        emptyState={
          query === '' ? (
            <EmptyState
              title={t('numbers.empty')}
              description={t('numbers.emptyHelp')}
              headingLevel={3}
              action={
                <Button variant="primary" onClick={() => setDialog({ kind: 'buy' })}>
                  {t('numbers.buyButton')}
                </Button>
              }
            />
          ) : (
            <EmptyState title={t('numbers.noMatch', { search: query })} headingLevel={3} />
          )
        }
        footer={
          numbers.loadingMore ? (
            <Spinner label={t('numbers.loadingMore')} />
          ) : numbers.moreError ? (
            <p role="alert" className={styles.error}>
              {apiErrorMessage(t, numbers.moreError)}{' '}
              <Button size="sm" variant="ghost" onClick={numbers.loadMore}>
                {t('common:retry')}
              </Button>
            </p>
          ) : null
        }
      />
    );
  }

  return (
    <section aria-labelledby="teams-numbers-title" className={styles.page}>
      <h2 id="teams-numbers-title" className={styles.title}>
        {t('shell.sections.phone-numbers')}
      </h2>
      {/* The actions come after the search field and before the grid, so Tab reaches Buy from the search at once. */}
      <SearchBar
        label={t('numbers.search')}
        placeholder={t('numbers.searchPlaceholder')}
        value={search}
        onValueChange={setSearch}
        status={
          <>
            {numbers.status === 'success' && numbers.total !== null
              ? query === ''
                ? t('numbers.count', { count: numbers.total })
                : t('numbers.matches', { count: numbers.total })
              : null}
            {selected.length === 0
              ? null
              : hiddenCount === 0
                ? ` ${t('numbers.selectedCount', { count: selected.length })}`
                : ` ${t('numbers.selectedWithHidden', { selected: t('numbers.selectedPart', { count: selected.length }), hidden: t('numbers.notShownPart', { count: hiddenCount }) })}`}
          </>
        }
      >
        <Button variant="primary" onClick={() => setDialog({ kind: 'buy' })}>
          {t('numbers.buyButton')}
        </Button>
        <Button variant="danger" disabled={selected.length === 0} onClick={() => setDialog({ kind: 'release', numbers: selected, hiddenCount })}>
          {selected.length === 0 ? t('numbers.deleteButton') : t('numbers.deleteCount', { count: selected.length })}
        </Button>
        <AssignmentsCsvActions onApplied={changed} />
      </SearchBar>
      {table}

      {dialog?.kind === 'buy' ? <BuyNumbersDialog onClose={() => setDialog(null)} onPurchased={changed} /> : null}
      {dialog?.kind === 'release' ? (
        <ReleaseNumbersDialog
          numbers={dialog.numbers}
          hiddenCount={dialog.hiddenCount}
          format={format}
          onClose={() => setDialog(null)}
          onReleased={() => {
            setSelection(NO_SELECTION);
            changed();
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <AssignmentEditPanel target={{ kind: 'number', number: dialog.number }} onClose={() => setDialog(null)} onSaved={changed} />
      ) : null}
    </section>
  );
}
