import { useInfiniteQuery, useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ApiClient, ApiError, ApiResult } from '../api';
import type { Page } from '../contract';
import { useAccount, useSessionRenewed } from '../runtime/react';
import { apiErrorOf, queryKeyOf, sameAccountPlaceholder, unwrap, useApiClient, type QueryName } from './use-api';

/** Loads one page of a cursor-paged list; `cursor` is undefined for the first page. */
export type PageLoader<T> = (client: ApiClient, cursor: string | undefined, signal: AbortSignal) => Promise<ApiResult<Page<T>>>;

/** The pages of a list loaded so far, and ways to load more or start again. */
export interface CursorPages<T> {
  /** `loading` until the first page arrives (and while the list starts again); `error` when it failed (see `error`). */
  status: 'loading' | 'success' | 'error';
  /** Items of every page loaded so far (and inserted ones), without duplicates. */
  items: readonly T[];
  /** How many items match on the server; null until the first page arrives. */
  total: number | null;
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the first page failed. */
  error: ApiError | null;
  /** Why the last "load more" failed; the items already loaded stay. */
  moreError: ApiError | null;
  /** Loads the next page, unless one is loading or there is none. */
  loadMore(): void;
  /** Starts again from the first page. */
  reload(): void;
  /** Shows an item the user just created first, and counts it, until the list is loaded again. */
  insert(item: T): void;
}

/** Options of {@link useCursorPages}. */
export interface CursorPagesOptions {
  /** Keeps the last list on screen while another name (a new search) loads its first page. */
  keepPrevious?: boolean;
}

type Pages<T> = InfiniteData<Page<T>, string | undefined>;

function uniqueItems<T>(pages: readonly Page<T>[], idOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  const items: T[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      const id = idOf(item);
      if (seen.has(id)) continue;
      seen.add(id);
      items.push(item);
    }
  }
  return items;
}

/**
 * A server-paged list (cursor paging) in the app's query cache. It starts again from the first page
 * when `name` or the current account changes; each name is its own cache entry, so a late answer for
 * an older search or account never mixes with the current rows. Items are kept once each, however the
 * pages overlap, and a page is never asked for twice at once (two end-of-list events in one frame load
 * it once). A page refused for an expired session is asked for again once the user has signed in again.
 */
export function useCursorPages<T>(
  name: QueryName,
  load: PageLoader<T>,
  getId: (item: T) => string,
  { keepPrevious = false }: CursorPagesOptions = {},
): CursorPages<T> {
  const client = useApiClient();
  const account = useAccount();
  const queryClient = useQueryClient();
  const queryKey = queryKeyOf(account.id, name, 'pages');
  const query = useInfiniteQuery<Page<T>, Error, Pages<T>, QueryKey, string | undefined>({
    queryKey,
    queryFn: async ({ pageParam, signal }) => unwrap(await load(client, pageParam, signal)),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPrevious ? sameAccountPlaceholder(account.id) : undefined,
  });

  const keyText = JSON.stringify(queryKey);
  // Items the user just created, shown first until the list starts again; counted until the server's
  // next answer (whose total includes them).
  const [inserted, setInserted] = useState<{ key: string; items: T[]; answeredAt: number } | null>(null);
  const own = inserted?.key === keyText ? inserted : null;
  const pages = query.data?.pages;
  const items = useMemo(() => {
    const fromPages = uniqueItems(pages ?? [], getId);
    if (!own) return fromPages;
    const first = new Set(own.items.map(getId));
    return [...own.items, ...fromPages.filter((item) => !first.has(getId(item)))];
  }, [pages, getId, own]);
  const serverTotal = pages && pages.length > 0 ? (pages[pages.length - 1]?.total ?? null) : null;
  const uncounted = own && query.dataUpdatedAt <= own.answeredAt ? own.items.length : 0;
  const total = serverTotal === null ? null : serverTotal + uncounted;
  const moreFailed = query.isFetchNextPageError;
  const firstFailed = query.isError && !moreFailed && !query.isFetching;
  const status: CursorPages<T>['status'] = firstFailed
    ? 'error'
    : query.isPending || query.isPlaceholderData || (query.isFetching && !query.isFetchingNextPage)
      ? 'loading'
      : 'success';

  const { fetchNextPage, hasNextPage, isFetchingNextPage } = query;
  const loadMore = useCallback(() => {
    if (status !== 'success' || !hasNextPage || isFetchingNextPage) return;
    void fetchNextPage({ cancelRefetch: false });
  }, [status, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const reload = useCallback(() => {
    setInserted(null);
    void queryClient.resetQueries({ queryKey: JSON.parse(keyText) as QueryKey, exact: true });
  }, [queryClient, keyText]);

  const { dataUpdatedAt } = query;
  const insert = useCallback(
    (item: T) => {
      setInserted((previous) => {
        const mine = previous?.key === keyText ? previous : null;
        const id = getId(item);
        if (mine?.items.some((existing) => getId(existing) === id) || pages?.some((page) => page.items.some((existing) => getId(existing) === id)))
          return previous;
        return { key: keyText, items: [item, ...(mine?.items ?? [])], answeredAt: dataUpdatedAt };
      });
    },
    [keyText, getId, pages, dataUpdatedAt],
  );

  const error = firstFailed ? apiErrorOf(query.error) : null;
  const moreError = moreFailed && !query.isFetching ? apiErrorOf(query.error) : null;
  useSessionRenewed(() => {
    if (error?.kind === 'unauthorized') reload();
    else if (moreError?.kind === 'unauthorized') void fetchNextPage();
  });

  return useMemo(
    () => ({ status, items, total, hasMore: hasNextPage, loadingMore: isFetchingNextPage, error, moreError, loadMore, reload, insert }),
    [status, items, total, hasNextPage, isFetchingNextPage, error, moreError, loadMore, reload, insert],
  );
}
