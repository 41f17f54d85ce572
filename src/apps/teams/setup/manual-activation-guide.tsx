import { useTranslation } from 'react-i18next';
import type { Tenant } from '../../../contract';
import { Button } from '../../../ui';
import { TenantConnections } from './tenant-connections';
import styles from './setup-screen.module.css';

/**
 * What manual activation asks of the customer: the domains with the TXT values that prove ownership
 * (with copy buttons) and their status, the PSTN gateways, and the steps still left, worked out from
 * those statuses. "Check again" reads the tenant to see the DNS and gateway work take effect.
 */
export function ManualActivationGuide({ tenant, onCheckAgain }: { tenant: Tenant; onCheckAgain(): void }) {
  const { t } = useTranslation('teams');
  const domainsLeft = tenant.domains.filter((domain) => domain.status !== 'verified');
  const gatewaysLeft = tenant.pstnGateways.filter((gateway) => gateway.status !== 'active');
  const nothingLeft = domainsLeft.length === 0 && gatewaysLeft.length === 0;

  return (
    <div className={styles.guide}>
      <section aria-labelledby="teams-manual-steps" className={styles.guideSection}>
        <h3 id="teams-manual-steps" className={styles.subheading}>
          {t('setup.guide.stepsLeftTitle')}
        </h3>
        {nothingLeft ? (
          <p>{t('setup.guide.nothingLeft')}</p>
        ) : (
          <ol className={styles.checklist}>
            {domainsLeft.map((domain) => (
              <li key={`domain:${domain.name}`}>{t('setup.guide.domainStep', { domain: domain.name, code: domain.txtVerificationCode })}</li>
            ))}
            {gatewaysLeft.map((gateway) => (
              <li key={`gateway:${gateway.fqdn}`}>{t('setup.guide.gatewayStep', { fqdn: gateway.fqdn, port: gateway.port })}</li>
            ))}
            <li>{t('setup.guide.finalStep')}</li>
          </ol>
        )}
        <Button size="sm" onClick={onCheckAgain}>
          {t('setup.guide.checkAgain')}
        </Button>
      </section>

      <TenantConnections tenant={tenant} />
    </div>
  );
}
