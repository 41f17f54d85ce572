import type { HostAccount, HostBridge, HostNotification, HostUser } from '../bridge/contract';
import { createBridge, createListeners, type HostControls } from '../host/create-bridge';
import { createAuthService, login } from '../host/http-auth';
import { createMemoryNavigation } from '../host/memory-navigation';
import { DEMO_CREDENTIALS, DEMO_USER, NORTHWIND } from '../../mocks/data/seed';

/** The demo sign-in of the mock backend. */
export const demoCredentials = DEMO_CREDENTIALS;

/** The demo user and account, known before the first request. */
export const demoUser: HostUser = { id: DEMO_USER.id, username: DEMO_USER.username, displayName: DEMO_USER.displayName };
export const demoAccount: HostAccount = { ...NORTHWIND };

/** Options of {@link createFakeBridge}; every one has a default that works with the mock backend. */
export interface FakeBridgeOptions {
  /** Where the (mock) API is; defaults to the page's origin. */
  baseUrl?: string;
  account?: HostAccount;
  user?: HostUser;
  locale?: string;
  basePath?: string;
  path?: string;
  /** Credentials used to sign in to the mock backend on the first request. */
  credentials?: { username: string; password: string; accountName: string };
  /** The clock that decides when the access token needs a refresh. */
  now?: () => number;
  /** Replace a member to simulate a broken or different host. */
  overrides?: Partial<HostBridge>;
}

/** A fake bridge and the controls a test or story uses to play the host. */
export interface FakeBridge extends HostBridge {
  host: HostControls & {
    setLocale(locale: string): void;
    notifications: HostNotification[];
    logouts: number;
    navigationHistory: readonly string[];
  };
}

/**
 * The one fake host bridge of tests, stories and the stand-alone harness. It behaves as a real host
 * against the mock backend: it signs in on first use, sends tokens and the account header, refreshes
 * tokens, looks accounts up, and lets the caller change locale, account or session as a host would.
 */
export function createFakeBridge(options: FakeBridgeOptions = {}): FakeBridge {
  const baseUrl = options.baseUrl ?? (typeof window === 'undefined' ? 'http://localhost' : window.location.origin);
  const credentials = options.credentials ?? demoCredentials;
  const basePath = options.basePath ?? '/apps/bulk-manager';
  const navigation = createMemoryNavigation(options.path ?? basePath, { basePath });
  const notifications: HostNotification[] = [];
  const localeListeners = createListeners<string>();
  let locale = options.locale ?? 'en';
  let logouts = 0;
  const setLocale = (next: string): void => {
    locale = next;
    localeListeners.emit(next);
  };

  const bridge = createBridge({
    baseUrl,
    user: options.user ?? demoUser,
    account: options.account ?? demoAccount,
    tokens: async () => {
      const result = await login(baseUrl, credentials);
      if (!result.ok) throw new Error(`The fake bridge could not sign in: ${result.reason}`);
      return result.tokens;
    },
    auth: createAuthService(baseUrl),
    now: options.now,
    navigation,
    locale: { current: () => locale, subscribe: localeListeners.subscribe, set: setLocale },
    notify: (notification) => void notifications.push(notification),
    onLogout: () => {
      logouts += 1;
    },
  });

  const host: FakeBridge['host'] = {
    ...bridge.host,
    setLocale,
    notifications,
    navigationHistory: navigation.history,
    get logouts() {
      return logouts;
    },
  };
  return { ...bridge, ...options.overrides, host };
}
