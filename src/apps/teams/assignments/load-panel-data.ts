import { listNumbers, listTeamsUsers, type ApiClient, type ApiResult } from '../../../api';
import type { Page, TeamsNumber, TeamsUser } from '../../../contract';
import { loadPhoneLibrary } from '../../../ui/phone-format';
import type { AssignmentTarget } from './assignment-target';

/** What the edit panel needs: the account's numbers, and the user being edited (null for a spare number). */
export interface PanelData {
  numbers: readonly TeamsNumber[];
  user: TeamsUser | null;
  /** Every user, only when the target is a spare number (to choose whom to give it to). */
  users: readonly TeamsUser[] | null;
}

// The largest page the contract allows: a tenant's numbers and users arrive in a few requests.
const PAGE_LIMIT = 500;

/** Every item of a cursor-paged list, page after page. */
export async function loadAll<T>(loadPage: (cursor: string | undefined) => Promise<ApiResult<Page<T>>>): Promise<ApiResult<T[]>> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await loadPage(cursor);
    if (!page.ok) return page;
    items.push(...page.value.items);
    if (page.value.nextCursor === null) return { ok: true, value: items, status: page.status };
    cursor = page.value.nextCursor;
  }
}

/** Loads the numbers (and the phone formatter), and resolves a number target to its user. */
export async function loadPanelData(client: ApiClient, target: AssignmentTarget, signal: AbortSignal): Promise<ApiResult<PanelData>> {
  // The form shows numbers formatted from its first render, so the formatter is loaded with the data.
  const [numbers] = await Promise.all([loadAll((cursor) => listNumbers(client, { cursor, limit: PAGE_LIMIT }, { signal })), loadPhoneLibrary()]);
  if (!numbers.ok) return numbers;
  if (target.kind === 'user') return { ok: true, status: 200, value: { numbers: numbers.value, user: target.user, users: null } };

  const owned = numbers.value.find((item) => item.number === target.number);
  if (!owned) {
    return { ok: false, error: { kind: 'not-found', status: 404, code: 'number-not-found', message: `The tenant does not own ${target.number}` } };
  }
  if (owned.assignedTo === null) {
    const users = await loadAll((cursor) => listTeamsUsers(client, { cursor, limit: PAGE_LIMIT }, { signal }));
    if (!users.ok) return users;
    return { ok: true, status: 200, value: { numbers: numbers.value, user: null, users: users.value } };
  }
  const assignee = owned.assignedTo;
  const matches = await listTeamsUsers(client, { q: assignee.userPrincipalName, limit: PAGE_LIMIT }, { signal });
  if (!matches.ok) return matches;
  const user = matches.value.items.find((item) => item.id === assignee.id);
  if (!user) return { ok: false, error: { kind: 'not-found', status: 404, code: 'user-not-found', message: `No user ${assignee.id}` } };
  return { ok: true, status: 200, value: { numbers: numbers.value, user, users: null } };
}
