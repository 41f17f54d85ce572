import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { HostBridge } from '../src/bridge/contract';
import type { AppEntry } from '../src/catalogue';
import styles from './shim.module.css';

/** The focusable entries of the open Apps menu (the apps' links, or Retry), in order. */
const menuItemsOf = (menu: HTMLElement | null): HTMLElement[] => [...(menu?.querySelectorAll<HTMLElement>('a, button') ?? [])];

type CatalogueState = { status: 'loading' } | { status: 'ready'; apps: readonly AppEntry[] } | { status: 'failed'; reason: string };

interface TopBarProps {
  /** Only the bridge is read: the user, the account and Logout. */
  session: { bridge: HostBridge };
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
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The item to focus once the menu is open (opened by ArrowDown or ArrowUp), or null (opened by a click).
  const [focusOnOpen, setFocusOnOpen] = useState<'first' | 'last' | null>(null);

  const listRef = useRef<HTMLDivElement>(null);

  // The catalogue is a dependency: opened while it loads, the menu gets its items later.
  useEffect(() => {
    if (!menuOpen || focusOnOpen === null) return;
    const items = menuItemsOf(listRef.current);
    const target = focusOnOpen === 'first' ? items[0] : items.at(-1);
    if (target) {
      target.focus();
      setFocusOnOpen(null);
    }
  }, [menuOpen, focusOnOpen, catalogue]);

  useEffect(() => {
    if (!menuOpen) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        // Focus inside the menu would be lost with it: it goes back to the Apps button.
        if (menuRef.current?.contains(document.activeElement)) buttonRef.current?.focus();
        setMenuOpen(false);
      } else if (!menuRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [menuOpen]);

  // The menu button pattern: ArrowDown or ArrowUp open the menu on its first or last item.
  const openByKey = (event: ReactKeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setFocusOnOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    setMenuOpen(true);
  };

  // Inside the menu, arrows move among its items (wrapping), Home and End go to the first and last.
  const moveInMenu = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const items = menuItemsOf(listRef.current);
    if (items.length === 0) return;
    const at = items.findIndex((item) => item === document.activeElement);
    const next =
      event.key === 'ArrowDown'
        ? (at + 1) % items.length
        : event.key === 'ArrowUp'
          ? (at - 1 + items.length) % items.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? items.length - 1
              : -1;
    if (next === -1) return;
    event.preventDefault();
    items[next]?.focus();
  };

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
        <div
          className={styles.menuWrap}
          ref={menuRef}
          onBlur={(event) => {
            // Tab out of the open menu closes it, as a menu button's menu does (a click elsewhere closes it too).
            if (event.relatedTarget instanceof Node && !menuRef.current?.contains(event.relatedTarget)) setMenuOpen(false);
          }}
        >
          <button
            ref={buttonRef}
            type="button"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
            onKeyDown={openByKey}
          >
            Apps
          </button>
          {menuOpen ? (
            <div ref={listRef} id={menuId} className={styles.menu} role="group" aria-label="Apps" onKeyDown={moveInMenu}>
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
