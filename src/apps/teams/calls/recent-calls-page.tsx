import { useEffect, useRef, useState } from 'react';
import { useAccount, useAppRoute } from '../../../bridge/react';
import { clearRecentCallsNumber, peekRecentCallsNumber } from './recent-calls-target';
import { RecentCallsView } from './recent-calls-view';

/**
 * Calls from/to a number, reached only through Show Recent Calls: the number comes in memory, so a bare
 * link or a reload (nothing handed over) goes back to the Users table.
 */
export function RecentCallsPage() {
  const account = useAccount();
  const { go } = useAppRoute();
  // Held in state: React keeps it across StrictMode's simulated remount, after the handover is cleared.
  const [number] = useState(() => peekRecentCallsNumber(account.id));
  const backed = useRef(false);

  useEffect(() => {
    if (number !== null) {
      clearRecentCallsNumber();
      return;
    }
    if (!backed.current) {
      backed.current = true;
      go('users', { replace: true });
    }
  }, [number, go]);

  if (number === null) return null;
  return <RecentCallsView number={number} onBack={() => go('users')} />;
}
