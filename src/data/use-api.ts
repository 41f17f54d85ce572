import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { createApiClient, type ApiClient, type ApiError, type ApiResult } from '../api';
import { useAccount, useBridge, useSessionRenewed } from '../runtime/react';

/** The API client on the host's authenticated fetch. */
export function useApiClient(): ApiClient {
  const { api } = useBridge();
  return useMemo(() => createApiClient((path, init) => api.fetch(path, init)), [api]);
}

/**
 * What names a query in the cache, below the account: a word (`'tenant'`), or a word and what the
 * query depends on (`['teams-numbers', search]`). The first word is what {@link useInvalidate} takes.
 */
export type QueryName = string | readonly [string, ...unknown[]];

/** The cache key of a query of the current account. */
export function queryKeyOf(accountId: string, name: QueryName, ...more: unknown[]): QueryKey {
  return [accountId, ...(typeof name === 'string' ? [name] : name), ...more];
}

/** A refused answer, carried through the cache (which only knows thrown errors) back to the screen. */
export class ApiFailure extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiFailure';
  }
}

/** The value of an answer, or the failure the cache keeps for it. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiFailure(result.error);
}

/** The API error a cached query failed with. */
export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.apiError;
  return { kind: 'server', status: null, code: 'unexpected-error', message: error instanceof Error ? error.message : String(error) };
}

/** The state of a query: loading (with the last data, if any), done, or failed. */
export type QueryState<T> = { status: 'loading'; data: T | null } | { status: 'success'; data: T } | { status: 'error'; error: ApiError; data: T | null };

/** A query's state and a way to run it again. */
export type Query<T> = QueryState<T> & { reload(): void };

/** Keeps the last answer on screen while another key of the same account loads. */
export function sameAccountPlaceholder(accountId: string) {
  return <P>(previous: P | undefined, previousQuery: { queryKey: QueryKey } | undefined): P | undefined =>
    previousQuery?.queryKey[0] === accountId ? previous : undefined;
}

/**
 * Runs an API call through the app's query cache and keeps its result. Screens that ask for the same
 * name share one request and one answer. It runs again when `name` or the current account changes
 * (an older answer that arrives late is cancelled and ignored), on `reload()`, when a change
 * invalidates it, and by itself when it failed for an expired session and the user has signed in
 * again (so "session expired" does not stay).
 */
export function useApiQuery<T>(name: QueryName, load: (client: ApiClient, signal: AbortSignal) => Promise<ApiResult<T>>): Query<T> {
  const client = useApiClient();
  const account = useAccount();
  const query = useQuery<T, Error, T, QueryKey>({
    queryKey: queryKeyOf(account.id, name),
    queryFn: async ({ signal }) => unwrap(await load(client, signal)),
    placeholderData: sameAccountPlaceholder(account.id),
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  useSessionRenewed(() => {
    if (query.error && apiErrorOf(query.error).kind === 'unauthorized') reload();
  });
  const data = query.data ?? null;
  return useMemo((): Query<T> => {
    if (query.isFetching || query.isPending) return { status: 'loading', data, reload };
    if (query.isError) return { status: 'error', error: apiErrorOf(query.error), data, reload };
    return { status: 'success', data: data as T, reload };
  }, [query.isFetching, query.isPending, query.isError, query.error, data, reload]);
}

/**
 * Marks every query of the current account whose name starts with one of `names` as out of date:
 * those on screen are read again at once, the others when next shown. Called after a change on the
 * server (a purchase, a release, an assignment, a seat created).
 */
export function useInvalidate(): (...names: string[]) => void {
  const queryClient = useQueryClient();
  const account = useAccount();
  return useCallback(
    (...names: string[]) => {
      for (const name of names) void queryClient.invalidateQueries({ queryKey: [account.id, name] });
    },
    [queryClient, account.id],
  );
}
