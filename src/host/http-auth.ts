import { accountSchema, authRoutes, loginResponseSchema, tokenPairSchema, type LoginRequest } from '../contract/auth';
import { accountRoutes } from '../contract/accounts';
import { buildPath } from '../contract/route';
import { errorBodySchema } from '../contract/common';
import type { AccountLookupResult, HostAccount, HostUser } from '../bridge/contract';
import type { AuthService, Tokens } from './create-bridge';

/**
 * Sign-in and token refresh over the contract's auth routes, for the reference host and the fake
 * bridge. A real host has its own. The password goes into one request body and nowhere else: never
 * logged, never stored.
 */

export type LoginFailure = 'invalid-credentials' | 'account-not-found' | 'account-forbidden' | 'unavailable';

export type LoginResult = { ok: true; user: HostUser; account: HostAccount; tokens: Tokens } | { ok: false; reason: LoginFailure };

function toTokens(pair: { accessToken: string; refreshToken: string; expiresIn: number }, now = Date.now()): Tokens {
  return { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: now + pair.expiresIn * 1000 };
}

async function errorCode(response: Response): Promise<string | null> {
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.error.code : null;
}

const jsonHeaders = { 'Content-Type': 'application/json' };

export async function login(baseUrl: string, credentials: LoginRequest): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetch(new URL(authRoutes.login.path, baseUrl), {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify(credentials),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (response.ok) {
    const parsed = loginResponseSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) return { ok: false, reason: 'unavailable' };
    const { user, account } = parsed.data;
    return { ok: true, user, account, tokens: toTokens(parsed.data) };
  }
  const code = await errorCode(response);
  if (code === 'invalid-credentials' || code === 'account-not-found' || code === 'account-forbidden') {
    return { ok: false, reason: code };
  }
  return { ok: false, reason: 'unavailable' };
}

/** How long a refresh or an account lookup may wait for the auth server before it counts as unreachable. */
export const AUTH_TIMEOUT_MS = 15_000;

/**
 * The auth routes for a bridge. A refresh or lookup that gets no answer within `timeoutMs` is aborted
 * and rejects (the server is unreachable): a hung refresh would otherwise hold every request of the
 * session, which all wait for the one refresh in flight.
 */
export function createAuthService(baseUrl: string, { timeoutMs = AUTH_TIMEOUT_MS }: { timeoutMs?: number } = {}): AuthService {
  return {
    async refresh(refreshToken) {
      const response = await fetch(new URL(authRoutes.refresh.path, baseUrl), {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({ refreshToken }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) return null;
      const parsed = tokenPairSchema.safeParse(await response.json().catch(() => null));
      return parsed.success ? toTokens(parsed.data) : null;
    },
    async logout(accessToken) {
      await fetch(new URL(authRoutes.logout.path, baseUrl), {
        method: 'POST',
        headers: { Authorization: `Bearer ${accessToken}` },
      });
    },
    async lookupAccount(accessToken, accountId): Promise<AccountLookupResult> {
      const path = buildPath(accountRoutes.getAccount, { accountId });
      const response = await fetch(new URL(path, baseUrl), { headers: { Authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(timeoutMs) });
      if (response.ok) {
        const parsed = accountSchema.safeParse(await response.json().catch(() => null));
        if (parsed.success) return { ok: true, account: parsed.data };
        throw new Error('The account lookup answered with a malformed account');
      }
      if (response.status === 400) return { ok: false, reason: 'invalid' };
      if (response.status === 403) return { ok: false, reason: 'forbidden' };
      if (response.status === 404) return { ok: false, reason: 'not-found' };
      throw new Error(`The account lookup failed with status ${response.status}`);
    },
  };
}
