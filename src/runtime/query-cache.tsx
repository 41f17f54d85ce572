import { QueryClient, QueryClientProvider, notifyManager } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useAccount } from './react';

// The cache tells screens of an answer in the microtask after it, not a timer later: React batches
// the renders anyway, and a screen shows its data in the same task that received it.
notifyManager.setScheduler(queueMicrotask);

/**
 * One query cache per mounted app. The API client already retries what is worth retrying (a 429, a
 * 503, a dropped connection), so the cache's own retries are off; so is refetching on window focus,
 * which inside a host's page would fire on every click into the portal's own chrome.
 */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

/**
 * The app's query cache. Every key starts with the account id (see `src/data/`); when the host
 * switches account, whatever was read for another account is dropped once the screens have moved to
 * the new account's keys, and the whole cache (its timers too) goes when the app unmounts.
 */
export function AppQueryCache({ children }: { children: ReactNode }) {
  const [client] = useState(createAppQueryClient);
  const account = useAccount();
  useEffect(() => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== account.id });
  }, [client, account.id]);
  useEffect(
    () => () => {
      // Requests still on their way are aborted (their answers would be for no one), then all is dropped.
      void client.cancelQueries();
      client.clear();
    },
    [client],
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
