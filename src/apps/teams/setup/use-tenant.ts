import { useCallback, useEffect, useState } from 'react';
import { getTenant, type ApiError } from '../../../api';
import type { Tenant } from '../../../contract';
import { useAccount } from '../../../runtime/react';
import { useApiClient } from '../../../data/use-api';

/** How often the tenant is read again while activation runs. */
export const TENANT_POLL_INTERVAL_MS = 1000;
/** The longest wait between two reads when reading keeps failing. */
const MAX_POLL_INTERVAL_MS = 10_000;

/** The tenant as Setup sees it. */
export type TenantView =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  /** `refreshError`: the last read (a poll or a reload) failed; the tenant shown is the one before. */
  | { status: 'ready'; tenant: Tenant; refreshError: ApiError | null; failedRefreshes: number };

/** What {@link useTenant} returns. */
export interface TenantHandle {
  view: TenantView;
  /** Reads the tenant again (the last one stays on screen meanwhile). */
  reload(): void;
  /** Shows a tenant an action answered with (start, retry, a flag saved). */
  replace(tenant: Tenant): void;
}

/**
 * The tenant of the current account. While activation is in progress it is read again every
 * {@link TENANT_POLL_INTERVAL_MS} (slower after failures), and polling stops as soon as activation
 * ends or the screen unmounts: each poll is one timer and one request, both cancelled on cleanup.
 */
export function useTenant(pollIntervalMs = TENANT_POLL_INTERVAL_MS): TenantHandle {
  const client = useApiClient();
  const account = useAccount();
  const [view, setView] = useState<TenantView>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  const receive = useCallback((result: Awaited<ReturnType<typeof getTenant>>) => {
    setView((previous) => {
      if (result.ok) return { status: 'ready', tenant: result.value, refreshError: null, failedRefreshes: 0 };
      if (previous.status === 'ready') return { ...previous, refreshError: result.error, failedRefreshes: previous.failedRefreshes + 1 };
      return { status: 'error', error: result.error };
    });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setView((previous) => (previous.status === 'error' ? { status: 'loading' } : previous));
    void getTenant(client, { signal: controller.signal }).then((result) => {
      if (!controller.signal.aborted) receive(result);
    });
    return () => controller.abort();
  }, [client, account.id, generation, receive]);

  // Re-armed by every new view, so exactly one read is pending at a time while activation runs.
  useEffect(() => {
    if (view.status !== 'ready' || view.tenant.activation.status !== 'in-progress') return;
    const controller = new AbortController();
    const delay = Math.min(pollIntervalMs * 2 ** view.failedRefreshes, Math.max(pollIntervalMs, MAX_POLL_INTERVAL_MS));
    const timer = setTimeout(() => {
      void getTenant(client, { signal: controller.signal }).then((result) => {
        if (!controller.signal.aborted) receive(result);
      });
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [view, client, pollIntervalMs, receive]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const replace = useCallback((tenant: Tenant) => setView({ status: 'ready', tenant, refreshError: null, failedRefreshes: 0 }), []);
  return { view, reload, replace };
}
