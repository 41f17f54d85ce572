import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../../runtime/react';
import { useSection } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../manifest';
import { Tabs } from '../../../ui';
import { AccountMenu } from './account-menu';
import styles from './bulk-manager-app.module.css';
import { ConfigurationScreen } from '../configuration/configuration-screen';
import { SeatsScreen } from '../seats/seats-screen';
import { EventLogsScreen } from '../event-logs/event-logs-screen';

type TabId = (typeof bulkManagerManifest.sections)[number];

/** Bulk Manager's shell: a header with the account menu, and the three tabs driven by the route. */
export function BulkManagerApp() {
  const { t } = useTranslation('bulk');
  const account = useAccount();
  const { section: selected, go } = useSection(bulkManagerManifest);

  const panels: Record<TabId, ReactNode> = {
    configuration: <ConfigurationScreen />,
    seats: <SeatsScreen />,
    'event-logs': <EventLogsScreen />,
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
      >
        {/* Keyed by account: nothing of the previous account's state survives a switch. */}
        <div key={account.id} className={styles.panel}>
          {panels[selected]}
        </div>
      </Tabs>
    </div>
  );
}
