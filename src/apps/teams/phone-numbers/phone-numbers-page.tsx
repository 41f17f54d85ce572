import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listNumbers } from '../../../api';
import type { TeamsNumber } from '../../../contract';
import { useCursorPages } from '../../../bridge/use-cursor-pages';
import { Button, DataTable, EmptyState, ErrorState, LoadingState, SearchBar, Spinner, useDebounced } from '../../../ui';
import { AssignmentEditPanel, AssignmentsCsvActions } from '../assignments';
import { usePhoneFormat } from '../../../ui/phone-format';
import { BuyNumbersDialog } from './buy-numbers-dialog';
import { useNumberColumns } from './number-columns';
import { ReleaseNumbersDialog } from './release-numbers-dialog';
import styles from './phone-numbers-page.module.css';

const PAGE_LIMIT = 100;
const SEARCH_DELAY_MS = 300;
const NO_SELECTION: ReadonlySet<string> = new Set();

type OpenDialog = { kind: 'buy' } | { kind: 'release'; numbers: TeamsNumber[] } | { kind: 'edit'; number: string } | null;

/**
 * Phone Numbers: the tenant's numbers with search and paging as the user scrolls; Buy, Delete (of the
 * selected numbers, after a confirmation), the assignments CSV, and the edit panel on a click.
 */
export function PhoneNumbersPage() {
  const { t } = useTranslation('teams');
  const format = usePhoneFormat();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const numbers = useCursorPages<TeamsNumber>(
    `teams-numbers:${query}`,
    (client, cursor, signal) => listNumbers(client, { q: query === '' ? undefined : query, cursor, limit: PAGE_LIMIT }, { signal }),
    (item) => item.number,
  );
  const [selection, setSelection] = useState<{ query: string; ids: ReadonlySet<string> }>({ query, ids: new Set() });
  // A selection belongs to the list it was made in: a new search starts with none, so Delete never
  // acts on numbers the user no longer sees.
  const selectedIds = selection.query === query ? selection.ids : NO_SELECTION;
  const selected = useMemo(() => numbers.items.filter((item) => selectedIds.has(item.number)), [numbers.items, selectedIds]);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const columns = useNumberColumns(format);

  const firstLoad = numbers.status === 'loading' && numbers.items.length === 0;
  let table;
  if (numbers.status === 'error' && numbers.error) {
    table = <ErrorState title={t('numbers.loadFailed')} description={t(`common:errors.${numbers.error.kind}`)} retryLabel={t('common:retry')} onRetry={numbers.reload} />;
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
          onSelectionChange: (ids) => setSelection({ query, ids }),
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
              {t(`common:errors.${numbers.moreError.kind}`)}{' '}
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
      <div className={styles.header}>
        <h2 id="teams-numbers-title" className={styles.title}>
          {t('shell.sections.phone-numbers')}
        </h2>
        <div className={styles.actions}>
          <Button variant="primary" onClick={() => setDialog({ kind: 'buy' })}>
            {t('numbers.buyButton')}
          </Button>
          <Button variant="danger" disabled={selected.length === 0} onClick={() => setDialog({ kind: 'release', numbers: selected })}>
            {selected.length === 0 ? t('numbers.deleteButton') : t('numbers.deleteCount', { count: selected.length })}
          </Button>
          <AssignmentsCsvActions onApplied={numbers.reload} />
        </div>
      </div>
      <SearchBar
        label={t('numbers.search')}
        placeholder={t('numbers.searchPlaceholder')}
        value={search}
        onValueChange={setSearch}
        status={
          <>
            {numbers.status === 'success' && numbers.total !== null ? (query === '' ? t('numbers.count', { count: numbers.total }) : t('numbers.matches', { count: numbers.total })) : null}
            {selected.length > 0 ? ` ${t('numbers.selectedCount', { count: selected.length })}` : null}
          </>
        }
      />
      {table}

      {dialog?.kind === 'buy' ? <BuyNumbersDialog onClose={() => setDialog(null)} onPurchased={numbers.reload} /> : null}
      {dialog?.kind === 'release' ? (
        <ReleaseNumbersDialog
          numbers={dialog.numbers}
          format={format}
          onClose={() => setDialog(null)}
          onReleased={() => {
            setSelection({ query, ids: new Set() });
            numbers.reload();
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? <AssignmentEditPanel target={{ kind: 'number', number: dialog.number }} onClose={() => setDialog(null)} onSaved={numbers.reload} /> : null}
    </section>
  );
}
