/**
 * A second test host, written the way a host team unlike ours would: React 18 for its own UI, its own
 * tiny router that tells listeners synchronously inside navigate(), single-spa, a hostile global style
 * sheet, and a bridge written from the contract alone, against the reference backend over HTTP.
 * Built by tests/e2e/second-host.e2e.ts with esbuild; its React is tests/second-host/node_modules'.
 */
import { createInstance } from '@module-federation/enhanced/runtime';
import React, { useSyncExternalStore } from 'react';
import ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';
import { registerApplication, start } from 'single-spa';
import type { AccountLookupResult, AppEntry, HostAccount, HostBridge, SessionState } from '../../../src/bridge/contract';
import './hostile.css';

const params = new URLSearchParams(window.location.search);
const manifestUrl = params.get('manifest') ?? '';
const apiBase = params.get('api') ?? '';
// The search string carries the test's settings; keep it out of the paths the apps see.
const initialPath = window.location.pathname;

/** Listeners, counted per member so a test can see what an app left subscribed. */
function channel<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    listeners,
    subscribe(listener: (value: T) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit(value: T) {
      for (const listener of [...listeners]) listener(value);
    },
  };
}

// The host's router: navigate() writes history and tells every listener before it returns.
const routes = channel<string>();
function navigate(path: string, options: { replace?: boolean } = {}) {
  if (path === window.location.pathname) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  routes.emit(path);
}
window.addEventListener('popstate', () => routes.emit(window.location.pathname));

const sessions = channel<SessionState>();
const accounts = channel<HostAccount>();
const locales = channel<string>();
const notifications: string[] = [];

let accessToken = '';
let account: HostAccount = { id: '', name: '' };
const locale = 'en';
const user = { id: '', username: '', displayName: '' };

async function signIn() {
  const response = await fetch(`${apiBase}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'alex.admin', password: 'Passw0rd!', accountName: 'Northwind Traders' }),
  });
  const body = (await response.json()) as { accessToken: string; user: typeof user; account: HostAccount };
  accessToken = body.accessToken;
  Object.assign(user, body.user);
  account = body.account;
}

async function lookup(accountId: string): Promise<AccountLookupResult> {
  const response = await fetch(`${apiBase}/api/v1/accounts/${encodeURIComponent(accountId)}`, { headers: { Authorization: `Bearer ${accessToken}` } });
  if (response.ok) return { ok: true, account: (await response.json()) as HostAccount };
  return { ok: false, reason: response.status === 403 ? 'forbidden' : response.status === 404 ? 'not-found' : 'invalid' };
}

function bridgeFor(basePath: string): HostBridge {
  return {
    contractVersion: '1.1.0',
    session: {
      current: () => ({ status: 'active', user: { ...user } }),
      subscribe: sessions.subscribe,
      getAccessToken: () => Promise.resolve(accessToken),
      logout: () => navigate('/'),
    },
    account: {
      current: () => account,
      subscribe: accounts.subscribe,
      lookup,
      async switchTo(accountId) {
        const result = await lookup(accountId);
        if (result.ok) {
          account = result.account;
          accounts.emit(account);
        }
        return result;
      },
    },
    api: {
      fetch(path, init = {}) {
        const { accountId, ...rest } = init;
        const headers = new Headers(rest.headers);
        headers.set('Authorization', `Bearer ${accessToken}`);
        headers.set('X-Account-Id', accountId ?? account.id);
        return fetch(`${apiBase}${path}`, { ...rest, headers });
      },
    },
    navigation: { basePath, current: () => window.location.pathname, navigate, subscribe: routes.subscribe },
    notify: (notification) => notifications.push(`${notification.kind}: ${notification.message}`),
    locale: { current: () => locale, subscribe: locales.subscribe },
  };
}

const federation = createInstance({
  name: 'secondHost',
  remotes: [{ name: 'portalApps', entry: manifestUrl }],
  // Shared as a host on React 18 would share it: its own version, as a singleton.
  shared: Object.fromEntries(
    (
      [
        ['react', React],
        ['react-dom', ReactDOM],
        ['react-dom/client', ReactDOMClient],
        ['react/jsx-runtime', jsxRuntime],
      ] as const
    ).map(([name, lib]) => [name, { version: React.version, lib: () => lib, shareConfig: { singleton: true, requiredVersion: '^18.0.0' } }]),
  ),
});

const usePath = () => useSyncExternalStore(routes.subscribe, () => window.location.pathname);

function Nav({ apps }: { apps: readonly AppEntry[] }) {
  const path = usePath();
  const link = (to: string, label: string) => (
    <a
      href={to}
      aria-current={path === to || path.startsWith(`${to}/`) ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {label}
    </a>
  );
  return (
    <nav aria-label="Second host">
      {link('/home', 'Home')}
      {apps.map((app) => (
        <React.Fragment key={app.id}>{link(app.route, app.title)}</React.Fragment>
      ))}
      <span data-testid="host-react">React {React.version}</span>
      <span data-testid="host-path">{path}</span>
    </nav>
  );
}

async function main() {
  await signIn();
  const catalogue = await federation.loadRemote<{ apps: readonly AppEntry[] }>('portalApps/catalogue');
  const apps = catalogue?.apps ?? [];
  const outlet = document.getElementById('outlet');
  if (!outlet) throw new Error('No outlet');
  for (const app of apps) {
    registerApplication({
      name: app.id,
      app: () => app.load(),
      activeWhen: (location) => location.pathname === app.route || location.pathname.startsWith(`${app.route}/`),
      customProps: () => ({ bridge: bridgeFor(app.route), domElement: outlet }),
    });
  }
  const root = document.getElementById('host-root');
  if (!root) throw new Error('No host root');
  ReactDOMClient.createRoot(root).render(<Nav apps={apps} />);
  window.history.replaceState(null, '', initialPath);
  start({ urlRerouteOnly: true });
  Object.assign(window, {
    secondHost: {
      navigate,
      listenerCounts: () => ({
        session: sessions.listeners.size,
        account: accounts.listeners.size,
        navigation: routes.listeners.size,
        locale: locales.listeners.size,
      }),
      notifications,
      ready: true,
    },
  });
}

main().catch((error: unknown) => {
  document.body.setAttribute('data-host-error', error instanceof Error ? error.message : String(error));
});
