import type { TeamsNumber, UserRef } from '../../src/contract';
import { iso } from '../clock';
import { ratecenterOf } from '../data/ratecenters';
import type { TeamsAccountData, TeamsUserRecord } from '../state';
import { fail, matchesSearch, ok, paginate, type RouteImpls } from './define';

/**
 * Available numbers whose last digit is 7 are "bought by someone else" between search and purchase:
 * they are listed, and purchase answers `unavailable`. Deterministic, so stories and tests can show it.
 */
export function becomesUnavailableAtPurchase(number: string): boolean {
  return number.endsWith('7');
}

function userRef(user: TeamsUserRecord): UserRef {
  return { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName };
}

/** The wire form of the tenant's numbers, sorted by number. */
export function toTeamsNumbers(data: TeamsAccountData): TeamsNumber[] {
  return [...data.numbers]
    .sort((a, b) => a.number.localeCompare(b.number))
    .map((owned) => {
      const assigned = data.users.find((user) => user.phoneNumber === owned.number);
      return {
        number: owned.number,
        ratecenter: ratecenterOf(owned.number),
        purchasedAt: iso(owned.purchasedAt),
        assignedTo: assigned ? userRef(assigned) : null,
        failoverNumber: assigned?.failoverNumber ?? null,
        failoverFor: data.users.filter((user) => user.failoverNumber === owned.number).map(userRef),
      };
    });
}

/** Numbers, their search, purchase, release and calls. */
export const teamsNumberImpls: RouteImpls<'listNumbers' | 'searchAvailableNumbers' | 'purchaseNumbers' | 'releaseNumbers' | 'listCalls'> = {
  listNumbers: ({ backend, accountId, query }) => {
    const numbers = toTeamsNumbers(backend.teams(accountId)).filter(
      (item) =>
        (query.assigned === undefined || (item.assignedTo !== null) === (query.assigned === 'yes')) &&
        matchesSearch(query.q, [item.number, item.assignedTo?.displayName ?? null, item.assignedTo?.userPrincipalName ?? null]),
    );
    return ok(200, paginate(numbers, query));
  },
  searchAvailableNumbers: ({ backend, accountId, query }) => {
    const start = `+1${query.areaCode}${query.prefix ?? ''}`;
    const items = backend
      .teams(accountId)
      .available.filter((number) => number.startsWith(start))
      .sort()
      .slice(0, query.limit ?? 20)
      .map((number) => ({ number, ratecenter: ratecenterOf(number) }));
    return ok(200, { items });
  },
  purchaseNumbers: ({ backend, accountId, body }) => {
    const data = backend.teams(accountId);
    const now = backend.now();
    const results = body.numbers.map((number) => {
      if (!data.available.includes(number)) return { number, status: 'unavailable' as const };
      data.available = data.available.filter((item) => item !== number);
      if (becomesUnavailableAtPurchase(number)) return { number, status: 'unavailable' as const };
      data.numbers.push({ number, purchasedAt: now });
      data.calls[number] = [];
      return { number, status: 'purchased' as const };
    });
    return ok(200, { results });
  },
  releaseNumbers: ({ backend, accountId, body }) => {
    const data = backend.teams(accountId);
    const results = body.numbers.map((number) => {
      if (!data.numbers.some((item) => item.number === number)) {
        return { number, status: 'failed' as const, code: 'not-owned' as const, message: 'The tenant does not own this number' };
      }
      if (data.users.some((user) => user.phoneNumber === number || user.failoverNumber === number)) {
        return { number, status: 'failed' as const, code: 'number-assigned' as const, message: 'Unassign the number first' };
      }
      data.numbers = data.numbers.filter((item) => item.number !== number);
      data.available.push(number);
      return { number, status: 'released' as const };
    });
    return ok(200, { results });
  },
  listCalls: ({ backend, accountId, params, query }) => {
    const data = backend.teams(accountId);
    if (!data.numbers.some((item) => item.number === params.number)) return fail(404, 'number-not-found', `The tenant does not own ${params.number}`);
    return ok(200, paginate(data.calls[params.number] ?? [], query));
  },
};
