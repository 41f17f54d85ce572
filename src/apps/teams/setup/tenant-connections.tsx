import { useTranslation } from 'react-i18next';
import type { Tenant } from '../../../contract';
import { CopyButton } from './copy-button';
import styles from './setup-screen.module.css';

/**
 * The tenant's domains (with their TXT values and status) and PSTN gateways, read-only. Manual
 * activation needs them to do the DNS and gateway work; once the tenant is active the admin still
 * looks them up here (the article says this information is also on the Advanced Options tab).
 */
export function TenantConnections({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation('teams');
  return (
    <>
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
    </>
  );
}
