import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount, useBridge } from '../../../runtime/react';
import { useSection } from '../../../runtime/app-manifest';
import { teamsManifest } from '../manifest';
import { supportedLocales, toLocale } from '../../../i18n';
import { Button, Select } from '../../../ui';
import { ChevronDownIcon } from '../../../ui/icons';
import { TenantTitle } from './tenant-title';
import { SetupScreen } from '../setup/setup-screen';
import { lazyScreen, usePreloadWhenIdle, type LazyScreen } from '../../../runtime/lazy-screen';
import styles from './teams-app.module.css';

type Section = (typeof teamsManifest.sections)[number];

// Setup opens first and is in the app's first chunk; the other sections are chunks of their own,
// loaded when the browser is idle after the first screen, or as soon as their link is hovered or focused.
const phoneNumbers = lazyScreen(() =>
  import(/* webpackChunkName: "teams-phone-numbers" */ '../phone-numbers/phone-numbers-screen').then((module) => module.PhoneNumbersScreen),
);
const users = lazyScreen(() => import(/* webpackChunkName: "teams-users" */ '../users/users-screen').then((module) => module.UsersScreen));
const lazySections: Partial<Record<Section, LazyScreen>> = { 'phone-numbers': phoneNumbers, users };
const idleLoads = [phoneNumbers, users];

/** Teams' shell: the top panel with the tenant and Logout, the left menu, and the section. */
export function TeamsApp() {
  const { t, i18n } = useTranslation('teams');
  const bridge = useBridge();
  const account = useAccount();
  // Setup opens on every entry, whatever path the app was mounted on.
  const { section, go } = useSection(teamsManifest, { enterOnDefault: true });
  usePreloadWhenIdle(idleLoads);
  // Below 720 px the menu is a disclosure under the top panel (WCAG 1.4.10 reflow at 320 px).
  const [menuOpen, setMenuOpen] = useState(false);
  const menuToggle = useRef<HTMLButtonElement | null>(null);
  const menuId = useId();

  const pages: Record<Section, ReactNode> = {
    setup: <SetupScreen />,
    'phone-numbers': <phoneNumbers.Screen />,
    users: <users.Screen />,
  };

  return (
    <div className={styles.app}>
      <div className={styles.topPanel}>
        <button
          ref={menuToggle}
          type="button"
          className={styles.menuToggle}
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('shell.menuToggle')}
          <ChevronDownIcon />
        </button>
        <TenantTitle />
        <Button variant="secondary" onClick={() => bridge.session.logout()}>
          {t('common:logout')}
        </Button>
      </div>
      <div className={styles.body}>
        <nav
          id={menuId}
          className={menuOpen ? `${styles.menu} ${styles.menuOpen}` : styles.menu}
          aria-label={t('shell.menuLabel')}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !menuOpen) return;
            setMenuOpen(false);
            menuToggle.current?.focus();
          }}
        >
          <ul>
            {teamsManifest.sections.map((id) => (
              <li key={id}>
                <a
                  href={`${bridge.navigation.basePath}/${id}`}
                  aria-current={section === id ? 'page' : undefined}
                  className={section === id ? `${styles.link} ${styles.current}` : styles.link}
                  onClick={(event) => {
                    event.preventDefault();
                    setMenuOpen(false);
                    go(id);
                  }}
                  onPointerEnter={() => lazySections[id]?.preload()}
                  onFocus={() => lazySections[id]?.preload()}
                >
                  {t(`shell.sections.${id}`)}
                </a>
              </li>
            ))}
          </ul>
          {/* The language is the host's: the selector asks the host to change it (contract 1.2), and
              the app follows the host's notification like any other change. A host without
              locale.set keeps the language to itself, so there is nothing to offer here. */}
          {bridge.locale.set ? (
            <Select
              className={styles.language}
              label={t('common:language')}
              value={toLocale(i18n.language)}
              onChange={(event) => void bridge.locale.set?.(event.target.value)}
              options={supportedLocales.map((locale) => ({ value: locale, label: t(`common:languages.${locale}`) }))}
            />
          ) : null}
        </nav>
        {/* Keyed by account: nothing of the previous account's state survives a switch. */}
        <div key={account.id} className={styles.content}>
          {pages[section]}
        </div>
      </div>
    </div>
  );
}
