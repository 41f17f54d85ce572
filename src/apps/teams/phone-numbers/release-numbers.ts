import { listTeamsUsers, releaseNumbers, updateAssignment, type ApiClient, type ApiErrorKind } from '../../../api';
import type { TeamsNumber, UserRef } from '../../../contract';

/** Why a number was not released. */
export type ReleaseFailure =
  /** Its user could not be unassigned first. */
  | { step: 'unassign'; kind: ApiErrorKind }
  /** A user who had it as failover number could not be changed first. */
  | { step: 'failover'; kind: ApiErrorKind }
  /** The release call failed as a whole. */
  | { step: 'release'; kind: ApiErrorKind }
  /** The server refused this number: `not-owned`, or `number-assigned` (someone took it meanwhile). */
  | { step: 'refused'; code: 'not-owned' | 'number-assigned' };

/** What happened to one number. */
export type ReleaseOutcome = { number: string; released: true } | { number: string; released: false; failure: ReleaseFailure };

/** The release API takes at most this many numbers per call. */
const RELEASE_BATCH = 100;

async function clearFailover(client: ApiClient, user: UserRef, number: string): Promise<ApiErrorKind | null> {
  // The number row names the user but not their own phone number, which the update must keep.
  const found = await listTeamsUsers(client, { q: user.userPrincipalName, limit: 20 });
  if (!found.ok) return found.error.kind;
  const current = found.value.items.find((item) => item.id === user.id);
  if (!current || current.failoverNumber !== number) return null;
  const result = await updateAssignment(client, user.id, { phoneNumber: current.phoneNumber, failoverNumber: null });
  return result.ok ? null : result.error.kind;
}

/**
 * Releases numbers the way the confirmation said: a number's user loses it (and their failover
 * number, which means nothing without a number), users who had it as failover number lose that
 * failover, and then the number goes back. The backend refuses to release a number still in use,
 * so a number whose users could not be changed is not released, and says why.
 */
export async function releaseWithUsers(client: ApiClient, numbers: readonly TeamsNumber[]): Promise<ReleaseOutcome[]> {
  const outcomes = new Map<string, ReleaseOutcome>();
  const ready: string[] = [];
  for (const item of numbers) {
    if (item.assignedTo) {
      // clearOldFailover: users whose failover was this number lose it in the same change.
      const result = await updateAssignment(client, item.assignedTo.id, { phoneNumber: null, failoverNumber: null, clearOldFailover: true });
      if (!result.ok) {
        outcomes.set(item.number, { number: item.number, released: false, failure: { step: 'unassign', kind: result.error.kind } });
        continue;
      }
    } else {
      let failed: ApiErrorKind | null = null;
      for (const user of item.failoverFor) {
        failed = await clearFailover(client, user, item.number);
        if (failed) break;
      }
      if (failed) {
        outcomes.set(item.number, { number: item.number, released: false, failure: { step: 'failover', kind: failed } });
        continue;
      }
    }
    ready.push(item.number);
  }

  for (let start = 0; start < ready.length; start += RELEASE_BATCH) {
    const batch = ready.slice(start, start + RELEASE_BATCH);
    const result = await releaseNumbers(client, batch);
    if (!result.ok) {
      for (const number of batch) outcomes.set(number, { number, released: false, failure: { step: 'release', kind: result.error.kind } });
      continue;
    }
    for (const item of result.value.results) {
      outcomes.set(
        item.number,
        item.status === 'released'
          ? { number: item.number, released: true }
          : { number: item.number, released: false, failure: { step: 'refused', code: item.code } },
      );
    }
  }
  return numbers.map((item) => outcomes.get(item.number) ?? { number: item.number, released: false, failure: { step: 'release', kind: 'server' } });
}
