import { createBridge, type HostControls } from '../src/host/create-bridge';
import { createAuthService } from '../src/host/http-auth';
import type { HostAccount, HostBridge, HostNotification, HostUser } from '../src/bridge/contract';
import type { Tokens } from '../src/host/create-bridge';
import { createListeners } from '../src/host/create-bridge';
import { apiBaseUrl } from './api-base';
import { createHistoryNavigation } from './history-navigation';

/** One signed-in session of the reference host: its bridge and what only the host may do with it. */
export interface ShimSession {
  bridge: HostBridge & { host: HostControls };
  setLocale(locale: string): void;
  dispose(): void;
}

export interface SessionOptions {
  user: HostUser;
  account: HostAccount;
  tokens: Tokens;
  locale: string;
  notify(notification: HostNotification): void;
  onLogout(): void;
}

/** Builds the bridge the host hands to every app it mounts during this session. */
export function createShimSession(options: SessionOptions): ShimSession {
  const baseUrl = apiBaseUrl();
  const navigation = createHistoryNavigation('/apps');
  const localeListeners = createListeners<string>();
  let locale = options.locale;
  const setLocale = (next: string): void => {
    locale = next;
    localeListeners.emit(next);
  };
  const bridge = createBridge({
    baseUrl,
    user: options.user,
    account: options.account,
    tokens: options.tokens,
    auth: createAuthService(baseUrl),
    navigation,
    locale: { current: () => locale, subscribe: localeListeners.subscribe, set: setLocale },
    notify: options.notify,
    onLogout: options.onLogout,
  });
  return {
    bridge,
    setLocale,
    dispose: () => navigation.dispose(),
  };
}
