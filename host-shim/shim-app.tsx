import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { AppEntry } from '../src/catalogue';
import type { HostNotification } from '../src/bridge/contract';
import { login } from '../src/host/http-auth';
import { apiBaseUrl } from './api-base';
import { loadCatalogue } from './remote';
import { registerApps, retryApp } from './single-spa-root';
import { createShimSession, type ShimSession } from './session';
import { LoginPage } from './login-page';
import { TopBar } from './top-bar';
import { SessionExpiredDialog } from './session-expired-dialog';
import { ConformancePage } from './conformance-page';
import styles from './shim.module.css';

type CatalogueState = { status: 'loading' } | { status: 'ready'; apps: readonly AppEntry[] } | { status: 'failed'; reason: string };

interface Toast extends HostNotification {
  id: number;
}

/** The current path, re-read on every history change (single-spa announces pushState too). */
function usePathname(): string {
  return useSyncExternalStore(
    (notify) => {
      window.addEventListener('popstate', notify);
      window.addEventListener('single-spa:routing-event', notify);
      return () => {
        window.removeEventListener('popstate', notify);
        window.removeEventListener('single-spa:routing-event', notify);
      };
    },
    () => window.location.pathname,
  );
}

function go(path: string) {
  if (window.location.pathname !== path) window.history.pushState(null, '', path);
}

/**
 * The reference host: sign-in, a top panel with the Apps menu, and an outlet where single-spa mounts
 * the remote's apps. It keeps working whatever the remote does.
 */
export function ShimApp() {
  const pathname = usePathname();
  const [session, setSession] = useState<ShimSession | null>(null);
  const sessionRef = useRef<ShimSession | null>(null);
  const outletRef = useRef<HTMLDivElement | null>(null);
  const [catalogue, setCatalogue] = useState<CatalogueState>({ status: 'loading' });
  const [appErrors, setAppErrors] = useState<Record<string, string>>({});
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [locale, setLocale] = useState(() => navigator.language.split('-')[0] ?? 'en');
  const returnTo = useRef<string>('/');

  const notify = useCallback((notification: HostNotification) => {
    const toast = { ...notification, id: Date.now() + Math.random() };
    setToasts((current) => [...current, toast]);
    window.setTimeout(() => setToasts((current) => current.filter((item) => item.id !== toast.id)), 6000);
  }, []);

  const rootConfig = useRef({
    bridge: () => sessionRef.current?.bridge ?? null,
    outlet: () => {
      // The outlet is rendered whenever a session exists; a detached element is a safe fallback.
      return outletRef.current ?? document.createElement('div');
    },
    onAppError: (appId: string, message: string) => setAppErrors((current) => ({ ...current, [appId]: message })),
  });

  const fetchCatalogue = useCallback(async (retry: boolean) => {
    setCatalogue({ status: 'loading' });
    const result = await loadCatalogue({ retry });
    if (result.ok) {
      registerApps(result.apps, rootConfig.current);
      setCatalogue({ status: 'ready', apps: result.apps });
    } else {
      console.error('The apps remote could not be loaded:', result.reason);
      setCatalogue({ status: 'failed', reason: result.reason });
    }
  }, []);

  useEffect(() => {
    void fetchCatalogue(false);
  }, [fetchCatalogue]);

  const signedIn = session !== null;
  useEffect(() => {
    if (!signedIn && pathname !== '/login') {
      returnTo.current = pathname;
      window.history.replaceState(null, '', '/login');
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
  }, [signedIn, pathname]);

  const logout = useCallback(() => {
    sessionRef.current?.dispose();
    sessionRef.current = null;
    setSession(null);
    returnTo.current = '/';
    go('/login');
  }, []);

  const onLogin = useCallback(
    async (credentials: { username: string; password: string; accountName: string }) => {
      const result = await login(apiBaseUrl(), credentials);
      if (!result.ok) return result.reason;
      const next = createShimSession({ ...result, locale, notify, onLogout: logout });
      sessionRef.current = next;
      setSession(next);
      go(returnTo.current === '/login' ? '/' : returnTo.current);
      return null;
    },
    [locale, notify, logout],
  );

  const changeLocale = (next: string) => {
    setLocale(next);
    session?.setLocale(next);
  };
  // An app may change the language too (locale.set, contract 1.2): the host's menu follows it.
  useEffect(() => session?.bridge.locale.subscribe(setLocale), [session]);

  const activeApp = catalogue.status === 'ready' ? catalogue.apps.find((app) => pathname.startsWith(app.route)) : undefined;
  const appError = activeApp ? appErrors[activeApp.id] : undefined;

  if (!session) return <LoginPage onSubmit={onLogin} />;
  const isConformancePage = pathname === '/conformance' || pathname.startsWith('/conformance/');

  return (
    <div className={styles.layout}>
      <TopBar
        session={session}
        catalogue={catalogue}
        locale={locale}
        onLocaleChange={changeLocale}
        onNavigate={go}
        onRetryCatalogue={() => void fetchCatalogue(true)}
      />
      <main className={styles.main}>
        {appError && activeApp ? (
          <section role="alert" className={styles.unavailable}>
            <h1>{activeApp.title} is unavailable</h1>
            <p>The app could not be started. The rest of the portal keeps working.</p>
            <button
              type="button"
              onClick={() => {
                setAppErrors(({ [activeApp.id]: _removed, ...rest }) => rest);
                void retryApp(activeApp, rootConfig.current);
              }}
            >
              Retry
            </button>
          </section>
        ) : null}
        {!activeApp && pathname.startsWith('/apps/') && catalogue.status !== 'loading' ? (
          <section role="alert" className={styles.unavailable}>
            <h1>This app is unavailable</h1>
            <p>The apps could not be loaded. The rest of the portal keeps working.</p>
            <button type="button" onClick={() => void fetchCatalogue(true)}>
              Retry
            </button>
          </section>
        ) : null}
        {isConformancePage ? <ConformancePage session={session} /> : null}
        {!pathname.startsWith('/apps/') && !isConformancePage ? (
          <Home
            catalogue={catalogue}
            onOpen={go}
            user={session.bridge.session.current().user.displayName}
            onResetDemoData={async () => {
              // Back to the seed: sessions go too, so sign in again.
              await window.__portalMocks?.reset();
              logout();
            }}
          />
        ) : null}
        <div ref={outletRef} className={styles.outlet} data-testid="app-outlet" />
      </main>
      <SessionExpiredDialog session={session} />
      <div className={styles.toasts} role="status" aria-live="polite">
        {toasts.map((toast) => (
          <p key={toast.id} className={styles.toast} data-kind={toast.kind}>
            {toast.message}
          </p>
        ))}
      </div>
    </div>
  );
}

interface HomeProps {
  catalogue: CatalogueState;
  onOpen(path: string): void;
  user: string;
  onResetDemoData(): Promise<void>;
}

function Home({ catalogue, onOpen, user, onResetDemoData }: HomeProps) {
  return (
    <section className={styles.home}>
      <h1>Welcome, {user}</h1>
      <p>Open an app from the Apps menu.</p>
      {catalogue.status === 'ready' ? (
        <ul className={styles.appCards}>
          {catalogue.apps.map((app) => (
            <li key={app.id}>
              <a
                href={app.route}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(app.route);
                }}
              >
                <img src={app.icon} alt="" width={32} height={32} /> {app.title}
              </a>
              <p>{app.description.en}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <h2>Demo data</h2>
      <p>The mock backend keeps your changes in this browser across reloads.</p>
      <button type="button" onClick={() => void onResetDemoData()}>
        Reset demo data
      </button>
    </section>
  );
}
