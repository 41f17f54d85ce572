/**
 * The host contract, version 1: what a host portal hands to each app as the single-spa custom prop
 * `bridge`. Everything that can change while an app is mounted is a subscription, because single-spa
 * never re-renders an app with new props.
 *
 * Compatibility: the app accepts any `1.x.y` host. A minor version may add optional members; a major
 * version may remove or change members and is refused with an "incompatible host" screen.
 *
 * @public
 */

/** The major version of the contract this bundle implements. @public */
export const BRIDGE_CONTRACT_MAJOR = 1;

/** The contract version this bundle was built against, for host teams' diagnostics. @public */
export const BRIDGE_CONTRACT_VERSION = '1.2.0';

/** Stops a subscription. Calling it twice is harmless. @public */
export type Unsubscribe = () => void;

/** The person signed in to the host. @public */
export interface HostUser {
  /** Stable identifier of the user in the host. */
  id: string;
  /** The login name. */
  username: string;
  /** The name to show. */
  displayName: string;
}

/** The session as the app sees it: active, or expired until the user signs in again. @public */
export interface SessionState {
  status: 'active' | 'expired';
  user: HostUser;
}

/** The host's session. The app never stores the token it gets; it asks again each time. @public */
export interface HostSession {
  /** The current session state. */
  current(): SessionState;
  /** Called on every change of the session state (expiry, renewal after a new sign-in). */
  subscribe(listener: (state: SessionState) => void): Unsubscribe;
  /**
   * A valid access token; the host refreshes it when needed. Rejects when the session has expired, or
   * when a needed refresh could not reach the host's auth server (the session then stays active).
   */
  getAccessToken(): Promise<string>;
  /** Signs the user out of the host. */
  logout(): void;
}

/** An account (a customer's phone system) the user works in. @public */
export interface HostAccount {
  /** Six-digit account ID. */
  id: string;
  /** Display name, for example "Northwind Traders". */
  name: string;
}

/** Why an account cannot be opened: malformed ID, no such account, or no access to it. @public */
export type AccountLookupFailure = 'invalid' | 'not-found' | 'forbidden';

/** The outcome of looking up (or switching to) an account. @public */
export type AccountLookupResult = { ok: true; account: HostAccount } | { ok: false; reason: AccountLookupFailure };

/** The account the host has selected, and the way to change it. @public */
export interface HostAccountService {
  /** The current account. */
  current(): HostAccount;
  /** Called after every change of the current account. */
  subscribe(listener: (account: HostAccount) => void): Unsubscribe;
  /** Looks an account up without switching to it. */
  lookup(accountId: string): Promise<AccountLookupResult>;
  /** Makes the account current in the host; subscribers are told before the promise resolves. */
  switchTo(accountId: string): Promise<AccountLookupResult>;
}

/** The options of {@link HostApi.fetch}: a `RequestInit`, and the account to act in. @public */
export interface HostRequestInit extends RequestInit {
  /**
   * Since 1.1: send the request for this account instead of the current one. A long task (a bulk job)
   * stays bound to the account that started it even if the user switches account meanwhile. The host
   * sends it as it sends the current account; the API still checks that the user may act in it.
   */
  accountId?: string;
}

/** The host's authenticated HTTP access to its APIs. @public */
export interface HostApi {
  /**
   * Fetches `path` (for example `/api/v1/seats`) from the host's API: the host adds its base URL, the
   * access token and the account (`init.accountId` when given, since 1.1; else the current account,
   * read when the call is made). Resolves with the response whatever its status; rejects only when no
   * response came (network failure, abort).
   */
  fetch(path: string, init?: HostRequestInit): Promise<Response>;
}

/**
 * True when the host implements contract 1.1 or later, so `api.fetch` honours `init.accountId`. A 1.0
 * host ignores it and sends the current account: an app must then not send an account-bound request
 * while another account is current.
 * @public
 */
export function hostHonoursAccountId(bridge: Pick<HostBridge, 'contractVersion'>): boolean {
  const [major, minor] = bridge.contractVersion.split('.').map(Number);
  return major === BRIDGE_CONTRACT_MAJOR && minor !== undefined && minor >= 1;
}

/** The host's router, seen from an app. Paths are absolute (they start with `basePath`). @public */
export interface HostNavigation {
  /** Where the app is mounted, for example `/apps/teams`. */
  basePath: string;
  /** The current path. */
  current(): string;
  /** Goes to a path; `replace` does not add a history entry. */
  navigate(path: string, options?: { replace?: boolean }): void;
  /** Called after every change of the path. */
  subscribe(listener: (path: string) => void): Unsubscribe;
}

/** A message the host shows in its own toasts. @public */
export interface HostNotification {
  kind: 'success' | 'info' | 'warning' | 'error';
  message: string;
}

/** A language the apps speak. @public */
export type Locale = 'en' | 'fr' | 'es';

/** The host's language. @public */
export interface HostLocale {
  /** A BCP 47 tag; the apps use its language (`fr-CA` is French) and fall back to English. */
  current(): string;
  /** Called after every change of the host's language. */
  subscribe(listener: (locale: string) => void): Unsubscribe;
  /**
   * Since 1.2, optional: changes the host's language, as the host's own language menu would, and
   * tells every subscriber (the app follows through `subscribe`, like any other change). The language
   * is the host's: an app with a language selector (Teams) shows it only when the host provides
   * `set`, so choosing a language in the app changes it everywhere, never in the app alone.
   */
  set?(locale: string): void | Promise<void>;
}

/** Everything the host gives an app. @public */
export interface HostBridge {
  /** Semantic version of the contract the host implements, for example `1.0.0`. */
  contractVersion: string;
  session: HostSession;
  account: HostAccountService;
  api: HostApi;
  navigation: HostNavigation;
  /** Shows a toast in the host. */
  notify(notification: HostNotification): void;
  locale: HostLocale;
}

/** The custom props a host passes to an app's lifecycles. @public */
export interface AppProps {
  bridge: HostBridge;
}

/**
 * The single-spa lifecycles of one app, usable as an application or as a parcel. `init` is
 * `bootstrap` under single-spa 7's name, so old and new hosts both work. The props are the host's
 * custom props: `{ bridge, domElement? }` (see {@link AppProps}).
 * @public
 */
export interface AppLifecycles {
  bootstrap(props: object): Promise<void>;
  init(props: object): Promise<void>;
  mount(props: object): Promise<void>;
  unmount(props: object): Promise<void>;
  update(props: object): Promise<void>;
}

/** One app of the remote's catalogue, as a host's Apps menu and router need it. @public */
export interface AppEntry {
  /** Stable identifier, also the single-spa application name. */
  id: 'bulk-manager' | 'teams';
  /** Product name (the same in every language). */
  title: string;
  /** A one-line description per language, for the host's menu. */
  description: Record<Locale, string>;
  /** URL of a square SVG icon (a data: URL, so it needs no request). */
  icon: string;
  /** The path the host mounts the app under; the app owns everything below it. */
  route: string;
  /** Loads the app's code and returns its single-spa lifecycles. */
  load(): Promise<AppLifecycles>;
}
