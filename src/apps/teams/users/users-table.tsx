import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTeamsUsers } from '../../../api';
import type { TeamsUser } from '../../../contract';
import { DataTable, EmptyState, ErrorState, LoadingState, SearchBar, Spinner, useDebounced, type DataTableColumn } from '../../../ui';
import { AssignmentEditPanel } from '../assignments/assignment-edit-panel';
import { AssignmentsCsvActions } from '../assignments/assignments-csv-actions';
import { usePhoneFormat } from '../../../ui/phone-format';
import styles from './users-table.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';
import { useCursorPages } from '../../../data/use-cursor-pages';
import { useInvalidate } from '../../../data/use-api';

const PAGE_LIMIT = 100;
const SEARCH_DELAY_MS = 300;

/** A user's key in the list. */
const userId = (user: TeamsUser) => user.id;

/**
 * The users in a table with search, paging as the user scrolls, CSV actions and the edit panel.
 * `focusTitle`: the page was reached by Back from Recent Calls, whose button is gone, so the title
 * takes focus instead of the page body.
 */
export function UsersTable({ focusTitle = false }: { focusTitle?: boolean }) {
  const { t } = useTranslation('teams');
  const format = usePhoneFormat();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const users = useCursorPages(
    ['teams-users', query],
    (client, cursor, signal) => listTeamsUsers(client, { q: query === '' ? undefined : query, cursor, limit: PAGE_LIMIT }, { signal }),
    userId,
    { keepPrevious: true },
  );
  const invalidate = useInvalidate();
  const changed = () => invalidate('teams-users', 'teams-numbers');
  const [editing, setEditing] = useState<TeamsUser | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle]);

  const columns = useMemo<DataTableColumn<TeamsUser>[]>(
    () => [
      { id: 'displayName', header: t('users.columns.displayName'), cell: (user) => user.displayName, width: 'minmax(160px, 1.2fr)' },
      { id: 'userPrincipalName', header: t('users.columns.userPrincipalName'), cell: (user) => user.userPrincipalName, width: 'minmax(220px, 2fr)' },
      {
        id: 'phoneNumber',
        header: t('users.columns.phoneNumber'),
        cell: (user) => (user.phoneNumber === null ? <span className={styles.none}>{t('users.none')}</span> : format(user.phoneNumber)),
        width: 'minmax(150px, 1fr)',
      },
      {
        id: 'failoverNumber',
        header: t('users.columns.failoverNumber'),
        cell: (user) => (user.failoverNumber === null ? <span className={styles.none}>{t('users.none')}</span> : format(user.failoverNumber)),
        width: 'minmax(150px, 1fr)',
      },
    ],
    [t, format],
  );

  const firstLoad = users.status === 'loading' && users.items.length === 0;
  return (
    <section className={styles.page} aria-labelledby="teams-users-title">
      <div className={styles.header}>
        <h2 id="teams-users-title" ref={titleRef} tabIndex={-1} className={styles.title}>
          {t('shell.sections.users')}
        </h2>
        <AssignmentsCsvActions onApplied={changed} />
      </div>
      <SearchBar
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        value={search}
        onValueChange={setSearch}
        status={
          users.status === 'success' ? (query === '' ? t('users.count', { count: users.total ?? 0 }) : t('users.matches', { count: users.total ?? 0 })) : null
        }
      />
      {users.status === 'error' && users.error !== null ? (
        <ErrorState title={t('users.loadFailed')} description={apiErrorMessage(t, users.error)} retryLabel={t('common:retry')} onRetry={users.reload} />
      ) : firstLoad ? (
        <LoadingState label={t('common:loading')} />
      ) : (
        <DataTable
          label={t('users.tableLabel')}
          columns={columns}
          rows={users.items}
          getRowId={(user) => user.id}
          totalRowCount={users.total ?? 0}
          busy={users.status === 'loading'}
          onRowActivate={(user) => setEditing(user)}
          onEndReached={users.loadMore}
          emptyState={
            <EmptyState
              title={query === '' ? t('users.empty') : t('users.noMatch', { search: query })}
              description={query === '' ? t('users.emptyHelp') : undefined}
              headingLevel={3}
            />
          }
          footer={
            users.loadingMore ? (
              <Spinner label={t('users.loadingMore')} />
            ) : users.moreError !== null ? (
              <p role="alert" className={styles.moreError}>
                {apiErrorMessage(t, users.moreError)}{' '}
                <button type="button" className={styles.linkButton} onClick={users.loadMore}>
                  {t('common:retry')}
                </button>
              </p>
            ) : null
          }
        />
      )}
      {editing !== null ? <AssignmentEditPanel target={{ kind: 'user', user: editing }} onClose={() => setEditing(null)} onSaved={changed} /> : null}
    </section>
  );
}
