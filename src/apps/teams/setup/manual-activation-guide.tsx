import { useTranslation } from 'react-i18next';
import type { Tenant } from '../../../contract';
import { Button } from '../../../ui';
import { CopyButton } from './copy-button';
import styles from './setup-page.module.css';

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

      <section aria-labelledby="teams-manual-domains" className={styles.guideSection}>
        <h3 id="teams-manual-domains" className={styles.subheading}>
          {t('setup.guide.domainsTitle')}
        </h3>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('setup.guide.columns.domain')}</th>
              <th scope="col">{t('setup.guide.columns.txt')}</th>
              <th scope="col">{t('setup.guide.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {tenant.domains.map((domain) => (
              <tr key={domain.name}>
                <th scope="row">{domain.name}</th>
                <td>
                  <span className={styles.codeCell}>
                    <code className={styles.code}>{domain.txtVerificationCode}</code>
                    <CopyButton value={domain.txtVerificationCode} context={t('setup.copy.context', { domain: domain.name })} />
                  </span>
                </td>
                <td>
                  <span className={`${styles.badge} ${styles[`badge-${domain.status}`] ?? ''}`}>{t(`setup.guide.domainStatus.${domain.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="teams-manual-gateways" className={styles.guideSection}>
        <h3 id="teams-manual-gateways" className={styles.subheading}>
          {t('setup.guide.gatewaysTitle')}
        </h3>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('setup.guide.columns.fqdn')}</th>
              <th scope="col">{t('setup.guide.columns.port')}</th>
              <th scope="col">{t('setup.guide.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {tenant.pstnGateways.map((gateway) => (
              <tr key={`${gateway.fqdn}:${gateway.port}`}>
                <th scope="row">
                  <code className={styles.code}>{gateway.fqdn}</code>
                </th>
                <td>{gateway.port}</td>
                <td>
                  <span className={`${styles.badge} ${styles[`badge-${gateway.status}`] ?? ''}`}>{t(`setup.guide.gatewayStatus.${gateway.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
