import { useTranslation } from 'react-i18next';
import { useAppRoute } from '../../../runtime/react';
import { ErrorState, LoadingState, Tabs } from '../../../ui';
import { ActivationPanel } from './activation-panel';
import { CoManageToggle } from './co-manage-toggle';
import { ManualActivation } from './manual-activation';
import { apiReason } from './reasons';
import { useTenant } from './use-tenant';
import styles from './setup-screen.module.css';

const tabIds = ['activation', 'advanced'] as const;
type SetupTab = (typeof tabIds)[number];

/**
 * Setup: the tenant's activation (automatic, with live progress and retries), co-management, and,
 * under Advanced Options, manual activation. The tab is in the route (`setup`, `setup/advanced`), so
 * Back works and a link can open Advanced Options.
 */
export function SetupScreen() {
  const { t } = useTranslation('teams');
  const { segments, go } = useAppRoute();
  const { view, reload, replace } = useTenant();
  const tab: SetupTab = segments[1] === 'advanced' ? 'advanced' : 'activation';
  const select = (id: string) => go(id === 'advanced' ? 'setup/advanced' : 'setup');

  let content;
  if (view.status === 'loading') content = <LoadingState label={t('common:loading')} />;
  else if (view.status === 'error') {
    content = <ErrorState title={t('setup.loadFailed')} description={apiReason(t, view.error)} retryLabel={t('common:retry')} onRetry={reload} />;
  } else {
    const { tenant, refreshError } = view;
    content = (
      <>
        {refreshError ? (
          <p role="status" className={styles.warning}>
            {tenant.activation.status === 'in-progress' ? t('setup.refreshFailedPolling') : t('setup.refreshFailed', { reason: apiReason(t, refreshError) })}
          </p>
        ) : null}
        <Tabs label={t('setup.tabsLabel')} tabs={tabIds.map((id) => ({ id, label: t(`setup.tabs.${id}`) }))} selectedId={tab} onSelect={select}>
          {tab === 'activation' ? (
            <>
              <ActivationPanel tenant={tenant} onTenant={replace} onStale={reload} onOpenAdvancedOptions={() => select('advanced')} />
              <div className={styles.panel}>
                <CoManageToggle tenant={tenant} onTenant={replace} />
              </div>
            </>
          ) : (
            <ManualActivation tenant={tenant} onTenant={replace} onReload={reload} />
          )}
        </Tabs>
      </>
    );
  }

  return (
    <section aria-labelledby="teams-setup-title" className={styles.page}>
      <h2 id="teams-setup-title" className={styles.title}>
        {t('shell.sections.setup')}
      </h2>
      {content}
    </section>
  );
}
