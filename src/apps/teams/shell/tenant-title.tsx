import { useTranslation } from 'react-i18next';
import { getTenant } from '../../../api';
import { useApiQuery } from '../../../data/use-api';
import styles from './teams-app.module.css';

/** "ClientName (TenantName)", from the tenant. */
export function TenantTitle() {
  const { t } = useTranslation('teams');
  const tenant = useApiQuery('tenant', (client, signal) => getTenant(client, { signal }));
  let title = t('shell.tenantLoading');
  if (tenant.data) title = `${tenant.data.clientName} (${tenant.data.tenantName})`;
  else if (tenant.status === 'error') title = t('shell.tenantUnavailable');
  return <h1 className={styles.tenant}>{title}</h1>;
}
