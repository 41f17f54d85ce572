import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { createApiClient, type ApiClient, type ApiError, type ApiResult } from '../api';
import { useAccount, useBridge, useSessionRenewed } from '../runtime/react';

/** The API client on the host's authenticated fetch. */
export function useApiClient(): ApiClient {
  const { api } = useBridge();
  return useMemo(() => createApiClient((path, init) => api.fetch(path, init)), [api]);
}

/** The state of a query: loading (with the last data, if any), done, or failed. */
export type QueryState<T> =
  | { status: 'loading'; data: T | null }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError; data: T | null };

/** A query's state and a way to run it again. */
export type Query<T> = QueryState<T> & { reload(): void };

/**
 * Runs an API call and keeps its result. It runs again when `key` or the current account changes
 * (an older answer that arrives late is cancelled and ignored), on `reload()`, and by itself when it
 * failed for an expired session and the user has signed in again (so "session expired" does not stay).
 */
export function useApiQuery<T>(key: string, load: (client: ApiClient, signal: AbortSignal) => Promise<ApiResult<T>>): Query<T> {
  const client = useApiClient();
  const account = useAccount();
  const [state, setState] = useState<QueryState<T>>({ status: 'loading', data: null });
  const [generation, setGeneration] = useState(0);
  const run = useEffectEvent((signal: AbortSignal) => load(client, signal));

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data }));
    void run(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState((previous) => (result.ok ? { status: 'success', data: result.value } : { status: 'error', error: result.error, data: previous.data }));
    });
    return () => controller.abort();
  }, [client, key, account.id, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useSessionRenewed(() => {
    if (state.status === 'error' && state.error.kind === 'unauthorized') reload();
  });
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
