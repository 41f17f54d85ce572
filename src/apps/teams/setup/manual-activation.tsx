import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { setManualActivation, type ApiError } from '../../../api';
import type { Tenant } from '../../../contract';
import { useApiClient } from '../../../data/use-api';
import { Toggle } from '../../../ui';
import { ManualActivationGuide } from './manual-activation-guide';
import { TenantConnections } from './tenant-connections';
import { apiReason } from './reasons';
import { useSavedFlag } from './use-saved-flag';
import styles from './setup-screen.module.css';

/** Props of {@link ManualActivation}. */
export interface ManualActivationProps {
  tenant: Tenant;
  onTenant(tenant: Tenant): void;
  /** Reads the tenant again: a refusal means it changed meanwhile, and "Check again". */
  onReload(): void;
}

/**
 * Advanced Options: the Manual Activation switch, which only moves before activation starts (it is
 * disabled with the reason afterwards), and, when on, what the customer has to do by hand. Once the
 * tenant is active there is nothing left to do, but the domains and gateways stay here to read.
 */
export function ManualActivation({ tenant, onTenant, onReload }: ManualActivationProps) {
  const { t } = useTranslation('teams');
  const client = useApiClient();
  const save = useCallback((enabled: boolean) => setManualActivation(client, enabled), [client]);
  const refused = useCallback(
    (error: ApiError) => {
      if (error.kind === 'conflict') onReload();
    },
    [onReload],
  );
  const flag = useSavedFlag(tenant.manualActivation, save, onTenant, refused);
  const locked = tenant.activation.status !== 'inactive';
  const conflict = flag.error?.kind === 'conflict';
  const { error } = flag;

  let description = t('setup.manual.description');
  if (locked) description = t('setup.manual.locked', { status: t(`setup.status.${tenant.activation.status}`) });
  else if (flag.saving) description = t('setup.saving');

  return (
    <div className={styles.panel}>
      <Toggle
        label={t('setup.manual.label')}
        description={description}
        error={error ? (conflict ? t('setup.manual.conflict') : t('setup.manual.saveFailed', { reason: apiReason(t, error) })) : undefined}
        checked={flag.checked}
        disabled={locked}
        onCheckedChange={flag.change}
      />
      {flag.checked && tenant.activation.status !== 'active' ? <ManualActivationGuide tenant={tenant} onCheckAgain={onReload} /> : null}
      {tenant.activation.status === 'active' ? (
        <div className={styles.guide}>
          <TenantConnections tenant={tenant} />
        </div>
      ) : null}
    </div>
  );
}
