import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { setCoManage } from '../../../api';
import type { Tenant } from '../../../contract';
import { useApiClient } from '../../../data/use-api';
import { Toggle } from '../../../ui';
import { apiReason } from './reasons';
import { useSavedFlag } from './use-saved-flag';

/** "Allow Carrier to co-manage Your Service", saved at once (optimistic, back on failure with why). */
export function CoManageToggle({ tenant, onTenant }: { tenant: Tenant; onTenant(tenant: Tenant): void }) {
  const { t } = useTranslation('teams');
  const client = useApiClient();
  const save = useCallback((enabled: boolean) => setCoManage(client, enabled), [client]);
  const flag = useSavedFlag(tenant.coManage, save, onTenant);
  return (
    <Toggle
      label={t('setup.coManage.label')}
      description={flag.saving ? t('setup.saving') : t('setup.coManage.description')}
      error={flag.error ? t('setup.coManage.saveFailed', { reason: apiReason(t, flag.error) }) : undefined}
      checked={flag.checked}
      onCheckedChange={flag.change}
    />
  );
}
