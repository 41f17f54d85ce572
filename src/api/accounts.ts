import type { AccountLookupResult } from '../bridge/contract';
import { routes } from '../contract';
import type { ApiClient, RequestOptions } from './client';
import type { ApiResult } from './result';

/** Looks an account up by its six-digit ID. */
export function getAccount(client: ApiClient, accountId: string, options: RequestOptions = {}) {
  return client.call(routes.getAccount, { params: { accountId }, ...options });
}

/**
 * The bridge's `account.lookup` on top of {@link getAccount}: malformed (400), unknown (404) and
 * forbidden (403) IDs become reasons; other failures stay errors for the caller to show.
 */
export async function lookupAccount(client: ApiClient, accountId: string, options: RequestOptions = {}): Promise<ApiResult<AccountLookupResult>> {
  if (!/^\d{6}$/.test(accountId)) return { ok: true, value: { ok: false, reason: 'invalid' }, status: 0 };
  const result = await getAccount(client, accountId, options);
  if (result.ok) return { ok: true, value: { ok: true, account: result.value }, status: result.status };
  const { error } = result;
  if (error.status === 400) return { ok: true, value: { ok: false, reason: 'invalid' }, status: 400 };
  if (error.kind === 'not-found') return { ok: true, value: { ok: false, reason: 'not-found' }, status: 404 };
  if (error.kind === 'forbidden' && error.code === 'account-forbidden') return { ok: true, value: { ok: false, reason: 'forbidden' }, status: 403 };
  return result;
}

/** The user and account the host's fetch sent a request for. */
export function whoAmI(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.whoAmI, { ...options });
}
