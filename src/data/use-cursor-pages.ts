import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient, ApiError, ApiResult } from '../api';
import type { Page } from '../contract';
import { useAccount, useSessionRenewed } from '../runtime/react';
import { useApiClient } from './use-api';

/** Loads one page of a cursor-paged list; `cursor` is undefined for the first page. */
export type PageLoader<T> = (client: ApiClient, cursor: string | undefined, signal: AbortSignal) => Promise<ApiResult<Page<T>>>;

/** The pages of a list loaded so far, and ways to load more or start again. */
export interface CursorPages<T> {
  /** `loading` until the first page arrives; `error` when it failed (see `error`). */
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

interface PagesState<T> {
  status: CursorPages<T>['status'];
  items: T[];
  total: number | null;
  nextCursor: string | null;
  loadingMore: boolean;
  error: ApiError | null;
  moreError: ApiError | null;
}

function initialState<T>(): PagesState<T> {
  return { status: 'loading', items: [], total: null, nextCursor: null, loadingMore: false, error: null, moreError: null };
}

function appendUnique<T>(items: readonly T[], more: readonly T[], idOf: (item: T) => string): T[] {
  const seen = new Set(items.map(idOf));
  return [...items, ...more.filter((item) => !seen.has(idOf(item)))];
}

/**
 * A server-paged list (cursor paging). It starts again from the first page when `key` or the current
 * account changes; an answer for an older key or account is cancelled and ignored, so rows of two
 * queries (or two accounts) never mix. A page refused for an expired session is asked for again once
 * the user has signed in again, so the list does not keep saying the session expired.
 */
export function useCursorPages<T>(key: string, load: PageLoader<T>, getId: (item: T) => string): CursorPages<T> {
  const client = useApiClient();
  const account = useAccount();
  const [state, setState] = useState<PagesState<T>>(initialState);
  const [generation, setGeneration] = useState(0);
  // The latest loader, id function and state, read by stable callbacks.
  const latest = useRef({ load, getId, state });
  useEffect(() => {
    latest.current = { load, getId, state };
  });
  // Aborted when the list starts again, so a late "more" page of the old list is dropped.
  const current = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    current.current = controller;
    setState(initialState<T>());
    void latest.current.load(client, undefined, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState(
        result.ok
          ? { ...initialState<T>(), status: 'success', items: [...result.value.items], total: result.value.total, nextCursor: result.value.nextCursor }
          : { ...initialState<T>(), status: 'error', error: result.error },
      );
    });
    return () => controller.abort();
  }, [client, key, account.id, generation]);

  const loadMore = useCallback(() => {
    const { state: now, load: loadPage, getId: idOf } = latest.current;
    const controller = current.current;
    if (!controller || now.status !== 'success' || now.loadingMore || now.nextCursor === null) return;
    const cursor = now.nextCursor;
    // Marked in the ref at once: two end-of-list events in one frame must not load the page twice.
    latest.current = { ...latest.current, state: { ...now, loadingMore: true } };
    setState((previous) => ({ ...previous, loadingMore: true, moreError: null }));
    void loadPage(client, cursor, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState((previous) =>
        result.ok
          ? { ...previous, items: appendUnique(previous.items, result.value.items, idOf), total: result.value.total, nextCursor: result.value.nextCursor, loadingMore: false }
          : { ...previous, loadingMore: false, moreError: result.error },
      );
    });
  }, [client]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useSessionRenewed(() => {
    if (state.error?.kind === 'unauthorized') reload();
    else if (state.moreError?.kind === 'unauthorized') loadMore();
  });

  const insert = useCallback((item: T) => {
    setState((previous) => {
      const id = latest.current.getId(item);
      if (previous.items.some((existing) => latest.current.getId(existing) === id)) return previous;
      return { ...previous, items: [item, ...previous.items], total: previous.total === null ? null : previous.total + 1 };
    });
  }, []);

  return useMemo(
    () => ({
      status: state.status,
      items: state.items,
      total: state.total,
      hasMore: state.nextCursor !== null,
      loadingMore: state.loadingMore,
      error: state.error,
      moreError: state.moreError,
      loadMore,
      reload,
      insert,
    }),
    [state, loadMore, reload, insert],
  );
}
