import { useCallback, useEffect } from 'react';
import { useAccount, useAppRoute } from '../../../runtime/react';

/**
 * The number whose calls the Recent Calls page shows is handed over in memory, never in the URL (a
 * phone number is personal data, and URLs end up in logs and history). A bare link or a reload finds
 * nothing here, so the page goes back to the Users table: it is reached only through its button.
 */

/** The route of the Recent Calls page, relative to the app. */
export const RECENT_CALLS_ROUTE = 'users/calls';

interface Handover {
  accountId: string;
  number: string;
}

let handover: Handover | null = null;

/**
 * The number whose calls to show while the route is the Recent Calls page; null elsewhere, and after a
 * bare link or a reload, in which case it goes back to the Users table. The handover is forgotten once
 * the page is left, so the browser's Forward button (a bare link too) finds nothing either.
 * Call it in the component that owns the Users routes: its own route subscription is then live when
 * the effects below navigate.
 */
export function useRecentCallsNumber(onCallsRoute: boolean): string | null {
  const account = useAccount();
  const { redirect } = useAppRoute();
  const number = onCallsRoute && handover !== null && handover.accountId === account.id ? handover.number : null;

  useEffect(() => {
    if (onCallsRoute && number === null) redirect('users');
    if (!onCallsRoute) handover = null;
  }, [onCallsRoute, number, redirect]);

  // Leaving the section (another menu entry) forgets it too.
  useEffect(
    () => () => {
      handover = null;
    },
    [],
  );
  return number;
}

/** Opens the Recent Calls page of an E.164 number (what the "Show Recent Calls" button does). */
export function useOpenRecentCalls(): (number: string) => void {
  const account = useAccount();
  const { go } = useAppRoute();
  return useCallback(
    (number: string) => {
      handover = { accountId: account.id, number };
      go(RECENT_CALLS_ROUTE);
    },
    [account.id, go],
  );
}
