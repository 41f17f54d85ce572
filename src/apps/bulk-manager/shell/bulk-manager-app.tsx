import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../../runtime/react';
import { useSection } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../manifest';
import { Tabs } from '../../../ui';
import { AccountMenu } from './account-menu';
import styles from './bulk-manager-app.module.css';
import { ConfigurationScreen } from '../configuration/configuration-screen';
import { lazyScreen, usePreloadWhenIdle, type LazyScreen } from '../../../runtime/lazy-screen';

type TabId = (typeof bulkManagerManifest.sections)[number];

// Configuration opens first and is in the app's first chunk; the other tabs are chunks of their own,
// loaded when the browser is idle after the first screen, or as soon as their tab is hovered or focused.
const seats = lazyScreen(() => import(/* webpackChunkName: "bulk-manager-seats" */ '../seats/seats-screen').then((module) => module.SeatsScreen));
const eventLogs = lazyScreen(() =>
  import(/* webpackChunkName: "bulk-manager-event-logs" */ '../event-logs/event-logs-screen').then((module) => module.EventLogsScreen),
);
const lazyTabs: Partial<Record<TabId, LazyScreen>> = { seats, 'event-logs': eventLogs };
const idleLoads = [seats, eventLogs];

/** Bulk Manager's shell: a header with the account menu, and the three tabs driven by the route. */
export function BulkManagerApp() {
  const { t } = useTranslation('bulk');
  const account = useAccount();
  const { section: selected, go } = useSection(bulkManagerManifest);
  usePreloadWhenIdle(idleLoads);

  const panels: Record<TabId, ReactNode> = {
    configuration: <ConfigurationScreen />,
    seats: <seats.Screen />,
    'event-logs': <eventLogs.Screen />,
  };

  return (
    <div className={styles.app}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t('shell.title')}</h1>
        <AccountMenu />
      </div>
      <Tabs
        label={t('shell.tabsLabel')}
        tabs={bulkManagerManifest.sections.map((id) => ({ id, label: t(`shell.tabs.${id}`) }))}
        selectedId={selected}
        onSelect={(id) => go(id)}
        onIntent={(id) => lazyTabs[id as TabId]?.preload()}
      >
        {/* Keyed by account: nothing of the previous account's state survives a switch. */}
        <div key={account.id} className={styles.panel}>
          {panels[selected]}
        </div>
      </Tabs>
    </div>
  );
}
