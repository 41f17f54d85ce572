// #region bridge
import type { AccountLookupResult, HostAccount, HostBridge, Unsubscribe } from 'portal-apps/types';

/**
 * What a typical admin portal already has. Your portal's names differ; the bridge below is the
 * adapter between them and the apps' contract.
 */
export interface Portal {
  auth: {
    /** A valid access token, refreshed by the portal when needed; rejects once the session is over. */
    accessToken(): Promise<string>;
    user(): { id: string; username: string; displayName: string };
    isExpired(): boolean;
    onChange(listener: () => void): Unsubscribe;
    signOut(): void;
  };
  accounts: {
    current(): HostAccount;
    onChange(listener: (account: HostAccount) => void): Unsubscribe;
    /** Your API's account lookup: the HTTP status says why an account cannot be opened. */
    get(accountId: string): Promise<{ status: number; account?: HostAccount }>;
    select(account: HostAccount): void;
  };
  apiBaseUrl: string;
  router: { path(): string; push(path: string, replace?: boolean): void; onChange(listener: (path: string) => void): Unsubscribe };
  toast(kind: 'success' | 'info' | 'warning' | 'error', message: string): void;
  language(): string;
  onLanguageChange(listener: (language: string) => void): Unsubscribe;
}

/** Builds the bridge handed to the apps as the single-spa custom prop `bridge`. */
export function createPortalBridge(portal: Portal, basePath: string): HostBridge {
  async function lookup(accountId: string): Promise<AccountLookupResult> {
    if (!/^\d{6}$/.test(accountId)) return { ok: false, reason: 'invalid' };
    const { status, account } = await portal.accounts.get(accountId);
    if (status === 200 && account) return { ok: true, account };
    if (status === 403) return { ok: false, reason: 'forbidden' };
    if (status === 404) return { ok: false, reason: 'not-found' };
    if (status === 400) return { ok: false, reason: 'invalid' };
    throw new Error(`The account lookup failed with status ${status}`);
  }
  const sessionState = () => ({ status: portal.auth.isExpired() ? ('expired' as const) : ('active' as const), user: portal.auth.user() });
  return {
    contractVersion: '1.1.0',
    session: {
      current: sessionState,
      subscribe: (listener) => portal.auth.onChange(() => listener(sessionState())),
      getAccessToken: () => portal.auth.accessToken(),
      logout: () => portal.auth.signOut(),
    },
    account: {
      current: () => portal.accounts.current(),
      subscribe: (listener) => portal.accounts.onChange(listener),
      lookup,
      async switchTo(accountId) {
        const result = await lookup(accountId);
        if (result.ok) portal.accounts.select(result.account);
        return result;
      },
    },
    api: {
      // Resolves with every response, errors included; rejects only when no response came.
      async fetch(path, init = {}) {
        const { accountId, ...request } = init;
        const headers = new Headers(request.headers);
        headers.set('Authorization', `Bearer ${await portal.auth.accessToken()}`);
        headers.set('X-Account-Id', accountId ?? portal.accounts.current().id);
        return fetch(new URL(path, portal.apiBaseUrl), { ...request, headers });
      },
    },
    navigation: {
      basePath,
      current: () => portal.router.path(),
      navigate: (path, options) => portal.router.push(path, options?.replace),
      subscribe: (listener) => portal.router.onChange(listener),
    },
    notify: ({ kind, message }) => portal.toast(kind, message),
    locale: { current: () => portal.language(), subscribe: (listener) => portal.onLanguageChange(listener) },
  };
}
// #endregion bridge
