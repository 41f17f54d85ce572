import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { AppEntry } from '../src/catalogue';
import type { ShimSession } from './session';
import styles from './shim.module.css';

type CatalogueState = { status: 'loading' } | { status: 'ready'; apps: readonly AppEntry[] } | { status: 'failed'; reason: string };

interface TopBarProps {
  session: ShimSession;
  catalogue: CatalogueState;
  locale: string;
  onLocaleChange(locale: string): void;
  onNavigate(path: string): void;
  onRetryCatalogue(): void;
}

/** The host's top panel: the user, the current account, the Apps menu, language and Logout. */
export function TopBar({ session, catalogue, locale, onLocaleChange, onNavigate, onRetryCatalogue }: TopBarProps) {
  const { bridge } = session;
  const account = useSyncExternalStore(bridge.account.subscribe, bridge.account.current);
  const user = bridge.session.current().user;
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!menuOpen) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !menuRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [menuOpen]);

  return (
    <header className={styles.topBar}>
      <a
        className={styles.brand}
        href="/"
        onClick={(event) => {
          event.preventDefault();
          onNavigate('/');
        }}
      >
        Admin Portal
      </a>
      <span className={styles.account} data-testid="host-account">
        Account: <strong>{account.name}</strong> ({account.id})
      </span>
      <nav aria-label="Portal" className={styles.nav}>
        <div className={styles.menuWrap} ref={menuRef}>
          <button type="button" aria-expanded={menuOpen} aria-controls={menuId} onClick={() => setMenuOpen((open) => !open)}>
            Apps
          </button>
          {menuOpen ? (
            <div id={menuId} className={styles.menu} role="group" aria-label="Apps">
              {catalogue.status === 'loading' ? <p>Loading apps…</p> : null}
              {catalogue.status === 'failed' ? (
                <div role="alert">
                  <p>The apps are unavailable right now.</p>
                  <button type="button" onClick={onRetryCatalogue}>
                    Retry
                  </button>
                </div>
              ) : null}
              {catalogue.status === 'ready' ? (
                <ul>
                  {catalogue.apps.map((app) => (
                    <li key={app.id}>
                      <a
                        href={app.route}
                        onClick={(event) => {
                          event.preventDefault();
                          setMenuOpen(false);
                          onNavigate(app.route);
                        }}
                      >
                        <img src={app.icon} alt="" width={24} height={24} />
                        <span>{app.title}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
        <a
          className={styles.navLink}
          href="/conformance"
          onClick={(event) => {
            event.preventDefault();
            onNavigate('/conformance');
          }}
        >
          Bridge conformance
        </a>
        <label className={styles.language}>
          Language{' '}
          <select value={locale} onChange={(event) => onLocaleChange(event.target.value)}>
            <option value="en">English</option>
            <option value="fr">Français</option>
            <option value="es">Español</option>
          </select>
        </label>
        <span className={styles.user}>{user.displayName}</span>
        <button type="button" onClick={() => bridge.session.logout()}>
          Logout
        </button>
      </nav>
    </header>
  );
}
