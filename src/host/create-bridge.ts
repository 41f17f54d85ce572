import type {
  AccountLookupResult,
  HostAccount,
  HostBridge,
  HostLocale,
  HostRequestInit,
  HostNavigation,
  HostNotification,
  HostUser,
  SessionState,
  Unsubscribe,
} from '../bridge/contract';
import { BRIDGE_CONTRACT_VERSION } from '../bridge/contract';

/** A pair of tokens and when the access token stops working (ms since the epoch). */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

/** The host's own calls to its authentication service. */
export interface AuthService {
  /**
   * New tokens, or null when the refresh token is refused (the session is over). Rejects when the auth
   * server could not be reached or did not answer in time: the session goes on, and the request that
   * needed the token fails as a network error, which the apps' client retries where that is safe.
   */
  refresh(refreshToken: string): Promise<Tokens | null>;
  logout(accessToken: string): Promise<void>;
  lookupAccount(accessToken: string, accountId: string): Promise<AccountLookupResult>;
}

export interface BridgeOptions {
  /** Origin (and path prefix) of the host's API; the apps pass paths such as `/api/v1/seats`. */
  baseUrl: string;
  user: HostUser;
  account: HostAccount;
  /** The tokens of the sign-in, or a way to get them on first use. */
  tokens: Tokens | (() => Promise<Tokens>);
  auth: AuthService;
  navigation: HostNavigation;
  locale: HostLocale;
  notify(notification: HostNotification): void;
  /** Called after the session is closed by `session.logout()`. */
  onLogout(): void;
  /** Refresh this long before the access token expires. */
  refreshMarginMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

/** What only the host may do to its bridge: renew or end the session, change account. */
export interface HostControls {
  /** After a new sign-in: new tokens (and maybe a new user); the session is active again. */
  renewSession(tokens: Tokens, user?: HostUser): void;
  /** Ends the session without a sign-out request: apps see `expired` and API calls get 401. */
  expireSession(): void;
  /** Makes an account current without a lookup (the host already knows it is allowed). */
  setAccount(account: HostAccount): void;
}

/** A listener set that tells every listener in order and forgets unsubscribed ones. */
export function createListeners<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    subscribe(listener: (value: T) => void): Unsubscribe {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(value: T) {
      for (const listener of [...listeners]) listener(value);
    },
    get size() {
      return listeners.size;
    },
  };
}

class SessionExpiredError extends Error {
  constructor() {
    super('The session has expired');
    this.name = 'SessionExpiredError';
  }
}

/**
 * A v1 bridge over a token session: the one implementation behind the reference host's bridge and the
 * fake bridge of tests and stories. Tokens live only in this closure; the apps get an access token on
 * each request and never see the refresh token.
 */
export function createBridge(options: BridgeOptions): HostBridge & { host: HostControls } {
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const margin = options.refreshMarginMs ?? 30_000;

  let tokens: Tokens | null = typeof options.tokens === 'function' ? null : options.tokens;
  const firstTokens = typeof options.tokens === 'function' ? options.tokens : null;
  let sessionState: SessionState = { status: 'active', user: options.user };
  let account = options.account;
  let pendingRefresh: Promise<Tokens | null> | null = null;
  let ended = false;

  const sessionListeners = createListeners<SessionState>();
  const accountListeners = createListeners<HostAccount>();

  function setSession(next: SessionState) {
    sessionState = next;
    sessionListeners.emit(next);
  }

  function expire() {
    tokens = null;
    if (sessionState.status !== 'expired') setSession({ status: 'expired', user: sessionState.user });
  }

  /**
   * One refresh at a time: concurrent callers share it. A refusal (null) ends the session; a refresh
   * that could not reach the auth server rejects, and the next call tries again.
   */
  function refreshOnce(current: Tokens): Promise<Tokens | null> {
    pendingRefresh ??= options.auth.refresh(current.refreshToken).finally(() => {
      pendingRefresh = null;
    });
    return pendingRefresh;
  }

  async function getAccessToken(): Promise<string> {
    if (sessionState.status === 'expired') throw new SessionExpiredError();
    if (!tokens && firstTokens && !ended) tokens = await firstTokens();
    if (!tokens) throw new SessionExpiredError();
    if (tokens.expiresAt - margin > now()) return tokens.accessToken;
    const renewed = await refreshOnce(tokens);
    if (!renewed) {
      expire();
      throw new SessionExpiredError();
    }
    tokens = renewed;
    return renewed.accessToken;
  }

  function unauthorized(): Response {
    const body = { error: { code: 'session-expired', message: 'The session has expired; sign in again.' } };
    return new Response(JSON.stringify(body), { status: 401, headers: { 'Content-Type': 'application/json' } });
  }

  async function send(path: string, init: RequestInit | undefined, accessToken: string, accountId: string) {
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${accessToken}`);
    headers.set('X-Account-Id', accountId);
    return doFetch(new URL(path, options.baseUrl).toString(), { ...init, headers });
  }

  async function apiFetch(path: string, hostInit?: HostRequestInit): Promise<Response> {
    const { accountId: boundAccountId, ...init } = hostInit ?? {};
    // The account is read once, so a request started before a switch stays with its account.
    const accountId = boundAccountId ?? account.id;
    let accessToken: string;
    try {
      accessToken = await getAccessToken();
    } catch (error) {
      if (error instanceof SessionExpiredError) return unauthorized();
      throw error;
    }
    let response = await send(path, init, accessToken, accountId);
    if (response.status !== 401 || !tokens || init.body instanceof ReadableStream) return response;
    if (tokens.accessToken !== accessToken) {
      // The tokens changed while the request was out (a new sign-in, or another request's refresh): the
      // 401 is for the old token. Refreshing now would rotate the new session under its other requests.
      response = await send(path, init, tokens.accessToken, accountId);
      if (response.status !== 401 || !tokens) return response;
    }
    // The server refused the token before we thought it expired: refresh once and try again.
    const renewed = await refreshOnce(tokens);
    if (!renewed) {
      expire();
      return response;
    }
    tokens = renewed;
    const retried = await send(path, init, renewed.accessToken, accountId);
    if (retried.status === 401) expire();
    return retried;
  }

  return {
    contractVersion: BRIDGE_CONTRACT_VERSION,
    session: {
      current: () => sessionState,
      subscribe: sessionListeners.subscribe,
      getAccessToken,
      logout() {
        const current = tokens;
        // Ended for good: no sign-in on first use, no refresh; only renewSession() revives it.
        ended = true;
        expire();
        if (current) void options.auth.logout(current.accessToken).catch(() => undefined);
        options.onLogout();
      },
    },
    account: {
      current: () => account,
      subscribe: accountListeners.subscribe,
      async lookup(accountId) {
        if (!/^\d{6}$/.test(accountId.trim())) return { ok: false, reason: 'invalid' };
        return options.auth.lookupAccount(await getAccessToken(), accountId.trim());
      },
      async switchTo(accountId) {
        const result = await this.lookup(accountId);
        if (result.ok) {
          account = result.account;
          accountListeners.emit(account);
        }
        return result;
      },
    },
    api: { fetch: apiFetch },
    navigation: options.navigation,
    notify: options.notify,
    locale: options.locale,
    host: {
      renewSession(next, user) {
        ended = false;
        tokens = next;
        setSession({ status: 'active', user: user ?? sessionState.user });
      },
      expireSession: expire,
      setAccount(next) {
        account = next;
        accountListeners.emit(next);
      },
    },
  };
}
