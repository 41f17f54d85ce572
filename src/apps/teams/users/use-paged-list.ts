import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient, ApiError, ApiResult } from '../../../api';
import type { Page } from '../../../contract';
import { useAccount, useSessionRenewed } from '../../../runtime/react';
import { useApiClient } from '../../../data/use-api';

/** A cursor-paged list that grows as the user scrolls. */
export interface PagedList<T> {
  /** `loading` until the first page of the current key arrives; the previous items stay meanwhile. */
  status: 'loading' | 'success' | 'error';
  items: readonly T[];
  /** Matching items on the server, all pages together. */
  total: number;
  /** Why the first page (or the last `loadMore`) failed. */
  error: ApiError | null;
  loadingMore: boolean;
  hasMore: boolean;
  loadMore(): void;
  reload(): void;
}

interface State<T> {
  status: PagedList<T>['status'];
  items: readonly T[];
  total: number;
  nextCursor: string | null;
  error: ApiError | null;
  loadingMore: boolean;
}

/**
 * Loads the first page when `key` or the account changes (a late answer for an older key is
 * cancelled and ignored), and the next page on `loadMore()`. A page refused for an expired session is
 * asked for again once the user has signed in again, so the table does not keep saying it expired.
 */
export function usePagedList<T>(key: string, load: (client: ApiClient, cursor: string | undefined, signal: AbortSignal) => Promise<ApiResult<Page<T>>>): PagedList<T> {
  const client = useApiClient();
  const account = useAccount();
  const [state, setState] = useState<State<T>>({ status: 'loading', items: [], total: 0, nextCursor: null, error: null, loadingMore: false });
  const [generation, setGeneration] = useState(0);
  const controller = useRef<AbortController | null>(null);
  // The latest loader, without making every render's new closure a reason to load again.
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });

  useEffect(() => {
    const current = new AbortController();
    controller.current?.abort();
    controller.current = current;
    setState((previous) => ({ ...previous, status: 'loading', error: null, loadingMore: false }));
    void loader.current(client, undefined, current.signal).then((result) => {
      if (current.signal.aborted) return;
      setState((previous) =>
        result.ok
          ? { status: 'success', items: result.value.items, total: result.value.total, nextCursor: result.value.nextCursor, error: null, loadingMore: false }
          : { ...previous, status: 'error', error: result.error },
      );
    });
    return () => current.abort();
  }, [client, key, account.id, generation]);

  const nextCursor = state.nextCursor;
  const busy = state.status !== 'success' || state.loadingMore;
  const loadMore = useCallback(() => {
    if (nextCursor === null || busy) return;
    const current = new AbortController();
    controller.current = current;
    setState((previous) => ({ ...previous, loadingMore: true, error: null }));
    void loader.current(client, nextCursor, current.signal).then((result) => {
      if (current.signal.aborted) return;
      setState((previous) =>
        result.ok
          ? { ...previous, items: [...previous.items, ...result.value.items], total: result.value.total, nextCursor: result.value.nextCursor, loadingMore: false }
          : { ...previous, loadingMore: false, error: result.error },
      );
    });
  }, [client, nextCursor, busy]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useSessionRenewed(() => {
    if (state.error?.kind !== 'unauthorized') return;
    if (state.status === 'error') reload();
    else loadMore();
  });
  return useMemo(
    () => ({ status: state.status, items: state.items, total: state.total, error: state.error, loadingMore: state.loadingMore, hasMore: state.nextCursor !== null, loadMore, reload }),
    [state, loadMore, reload],
  );
}
