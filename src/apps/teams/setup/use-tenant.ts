import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { getTenant, type ApiError } from '../../../api';
import type { Tenant } from '../../../contract';
import { useAccount } from '../../../runtime/react';
import { apiErrorOf, queryKeyOf, unwrap, useApiClient } from '../../../data/use-api';

/** How often the tenant is read again while activation runs. */
export const TENANT_POLL_INTERVAL_MS = 1000;
/** The longest wait between two reads when reading keeps failing. */
const MAX_POLL_INTERVAL_MS = 10_000;

/** The tenant as Setup sees it. */
export type TenantView =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  /** `refreshError`: the last read (a poll or a reload) failed; the tenant shown is the one before. */
  | { status: 'ready'; tenant: Tenant; refreshError: ApiError | null };

/** What {@link useTenant} returns. */
export interface TenantHandle {
  view: TenantView;
  /** Reads the tenant again (the last one stays on screen meanwhile). */
  reload(): void;
  /** Shows a tenant an action answered with (start, retry, a flag saved). */
  replace(tenant: Tenant): void;
}

/**
 * The tenant of the current account, from the app's query cache (the title above every screen reads
 * the same entry, so it is fetched once). While activation is in progress it is read again every
 * {@link TENANT_POLL_INTERVAL_MS}, twice as slowly after each failed read up to
 * {@link MAX_POLL_INTERVAL_MS}; polling stops as soon as activation ends or the screen unmounts.
 */
export function useTenant(pollIntervalMs = TENANT_POLL_INTERVAL_MS): TenantHandle {
  const client = useApiClient();
  const account = useAccount();
  const queryClient = useQueryClient();
  // Reads failed in a row, for the backoff; written by the query function, read by the poll timer.
  const failedInARow = useRef(0);
  const queryKey = queryKeyOf(account.id, 'tenant');
  const query = useQuery<Tenant, Error, Tenant, QueryKey>({
    queryKey,
    queryFn: async ({ signal }) => {
      const result = await getTenant(client, { signal });
      failedInARow.current = result.ok ? 0 : failedInARow.current + 1;
      return unwrap(result);
    },
    refetchInterval: (cached) => {
      if (cached.state.data?.activation.status !== 'in-progress') return false;
      return Math.min(pollIntervalMs * 2 ** failedInARow.current, Math.max(pollIntervalMs, MAX_POLL_INTERVAL_MS));
    },
  });

  const { refetch, data, error, isError, isFetching } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const keyText = JSON.stringify(queryKey);
  const replace = useCallback(
    (tenant: Tenant) => {
      failedInARow.current = 0;
      queryClient.setQueryData<Tenant>(JSON.parse(keyText) as QueryKey, tenant);
    },
    [queryClient, keyText],
  );
  const view = useMemo((): TenantView => {
    if (data !== undefined) return { status: 'ready', tenant: data, refreshError: isError ? apiErrorOf(error) : null };
    if (isError && !isFetching) return { status: 'error', error: apiErrorOf(error) };
    return { status: 'loading' };
  }, [data, error, isError, isFetching]);
  return { view, reload, replace };
}
