import { useCallback } from 'react';
import { useAccount, useAppRoute } from '../../../bridge/react';

/**
 * The number whose calls the Recent Calls page shows is handed over in memory, never in the URL (a
 * phone number is personal data, and URLs end up in logs and history). A bare link or a reload finds
 * nothing here, so the page goes back to the Users table: it is reached only through its button.
 */

/** The route of the Recent Calls page, relative to the app. @public */
export const RECENT_CALLS_ROUTE = 'users/calls';

interface Handover {
  accountId: string;
  number: string;
}

let handover: Handover | null = null;

/** The number handed to the page for this account, if any. */
export function peekRecentCallsNumber(accountId: string): string | null {
  return handover !== null && handover.accountId === accountId ? handover.number : null;
}

/** Forgets the handed-over number once the page holds it, so a later bare link finds nothing. */
export function clearRecentCallsNumber(): void {
  handover = null;
}

/** Opens the Recent Calls page of an E.164 number (what the "Show Recent Calls" button does). @public */
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
