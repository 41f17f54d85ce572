import { createContext, useCallback, useContext, useEffect, useEffectEvent, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { HostAccount, HostBridge, SessionState, Unsubscribe } from '../bridge/contract';

const BridgeContext = createContext<HostBridge | null>(null);

/** Makes the host bridge available to an app's components. */
export function BridgeProvider({ bridge, children }: { bridge: HostBridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

/** The host bridge of the app being rendered. Throws outside a BridgeProvider (a programming error). */
export function useBridge(): HostBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge must be used inside a BridgeProvider');
  return bridge;
}

/** Host values are small plain data (an account, a session state, a path): compare them by content. */
function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Reads a host value that changes through a subscription. The host's `current()` is read on every
 * render and after subscribing (so a change made before this component subscribed is not missed), and
 * the previous object is kept while the content is the same, so React sees a stable snapshot even when
 * the host builds a new object on each call.
 */
function useHostValue<T>(subscribe: (listener: (value: T) => void) => Unsubscribe, current: () => T): T {
  const latest = useRef<{ value: T } | null>(null);
  const subscribeStore = useCallback((notify: () => void) => subscribe(() => notify()), [subscribe]);
  const getSnapshot = useCallback(() => {
    const value = current();
    if (latest.current && sameValue(latest.current.value, value)) return latest.current.value;
    latest.current = { value };
    return value;
  }, [current]);
  return useSyncExternalStore(subscribeStore, getSnapshot, getSnapshot);
}

/** The host's current account; re-renders when the host switches account. */
export function useAccount(): HostAccount {
  const { account } = useBridge();
  const subscribe = useMemo(() => account.subscribe.bind(account), [account]);
  const current = useMemo(() => account.current.bind(account), [account]);
  return useHostValue(subscribe, current);
}

/** The host's session state; re-renders when it expires or is renewed. */
export function useSession(): SessionState {
  const { session } = useBridge();
  const subscribe = useMemo(() => session.subscribe.bind(session), [session]);
  const current = useMemo(() => session.current.bind(session), [session]);
  return useHostValue(subscribe, current);
}

/**
 * Calls `onRenewed` each time the session becomes active again after it expired (the user signed in
 * again in the host, and the app stayed mounted): a screen that said the session expired drops that
 * message then, and reloads or offers again what failed.
 */
export function useSessionRenewed(onRenewed: () => void): void {
  const { session } = useBridge();
  const renewed = useEffectEvent(onRenewed);
  useEffect(() => {
    let expired = session.current().status === 'expired';
    return session.subscribe((state) => {
      if (state.status === 'expired') expired = true;
      else if (expired) {
        expired = false;
        renewed();
      }
    });
  }, [session]);
}

/** The host's locale tag (for example `fr-CA`); re-renders when it changes. */
export function useHostLocale(): string {
  const { locale } = useBridge();
  const subscribe = useMemo(() => locale.subscribe.bind(locale), [locale]);
  const current = useMemo(() => locale.current.bind(locale), [locale]);
  return useHostValue(subscribe, current);
}

/** The current path in the host's router; re-renders on navigation. */
export function usePath(): string {
  const { navigation } = useBridge();
  const subscribe = useMemo(() => navigation.subscribe.bind(navigation), [navigation]);
  const current = useMemo(() => navigation.current.bind(navigation), [navigation]);
  return useHostValue(subscribe, current);
}

/** Where the user is inside the app, as path segments below its base path, and a way to move. */
export interface AppRoute {
  /** `/apps/teams/users/42` under `/apps/teams` gives `['users', '42']`; empty outside the base path. */
  segments: string[];
  /**
   * False while the host's path is outside the app's base path: the host is leaving the app (a host
   * may tell its listeners before single-spa unmounts the app). The app then shows what it showed and
   * never navigates in answer.
   */
  inside: boolean;
  /** Goes to a path relative to the app's base path (`users/42`), for what the user asked. */
  go(relativePath: string, options?: { replace?: boolean }): void;
  /**
   * Replaces the current entry with a path relative to the base path, as the app's answer to the path
   * it was given (an unknown section, a page that needs state it lost). Does nothing when the host's
   * path has changed since this render or is outside the base path: the app never fights a navigation
   * the host started, whether the host told it synchronously or later.
   */
  redirect(relativePath: string): void;
}

/** The app's own route, read from and written to the host's router. */
export function useAppRoute(): AppRoute {
  const { navigation } = useBridge();
  const path = usePath();
  const base = navigation.basePath.replace(/\/+$/, '');
  const inside = isInside(path, base);
  const segments = useMemo(() => {
    const rest = isInside(path, base) ? path.slice(base.length) : '';
    return rest.split('/').filter(Boolean).map(decodeURIComponent);
  }, [path, base]);
  const go = useCallback(
    (relativePath: string, options?: { replace?: boolean }) => navigation.navigate(`${base}/${relativePath.replace(/^\/+/, '')}`, options),
    [navigation, base],
  );
  const redirect = useCallback(
    (relativePath: string) => {
      const now = navigation.current();
      if (now !== path || !isInside(now, base)) return;
      go(relativePath, { replace: true });
    },
    [navigation, path, base, go],
  );
  return useMemo(() => ({ segments, inside, go, redirect }), [segments, inside, go, redirect]);
}

function isInside(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}/`);
}
