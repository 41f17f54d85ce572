import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retryActivationStep, startActivation, type ApiError } from '../../../api';
import type { ActivationStepId, Tenant } from '../../../contract';
import { useApiClient } from '../../../data/use-api';
import { Button } from '../../../ui';
import { ActivationSteps } from './activation-steps';
import { apiReason } from './reasons';
import styles from './setup-screen.module.css';

/** Props of {@link ActivationPanel}. */
export interface ActivationPanelProps {
  tenant: Tenant;
  /** Shows the tenant an action answered with. */
  onTenant(tenant: Tenant): void;
  /** Reads the tenant again (after a conflict: someone else changed it). */
  onStale(): void;
  onOpenAdvancedOptions(): void;
}

type Failure = { action: 'start' | 'retry'; error: ApiError };

/**
 * The activation status and what to do about it: Activate on an inactive tenant (unless manual
 * activation is chosen), the steps with live progress, Retry on a failed step, and Active once done.
 */
export function ActivationPanel({ tenant, onTenant, onStale, onOpenAdvancedOptions }: ActivationPanelProps) {
  const { t, i18n } = useTranslation('teams');
  const client = useApiClient();
  const [starting, setStarting] = useState(false);
  const [retrying, setRetrying] = useState<ActivationStepId | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const { activation } = tenant;
  const statusRef = useRef<HTMLHeadingElement>(null);

  const start = async () => {
    setStarting(true);
    setFailure(null);
    const result = await startActivation(client);
    setStarting(false);
    if (result.ok) {
      onTenant(result.value);
      // Activate is gone once activation runs: the status it changed takes focus, not the page body.
      statusRef.current?.focus();
    } else {
      setFailure({ action: 'start', error: result.error });
      if (result.error.kind === 'conflict') onStale();
    }
  };

  const retry = async (stepId: ActivationStepId) => {
    setRetrying(stepId);
    setFailure(null);
    const result = await retryActivationStep(client, stepId);
    setRetrying(null);
    if (result.ok) onTenant(result.value);
    else {
      setFailure({ action: 'retry', error: result.error });
      if (result.error.kind === 'conflict') onStale();
    }
  };

  const failureText = (value: Failure): string => {
    if (value.action === 'start' && value.error.kind === 'conflict') {
      return value.error.code === 'manual-activation-enabled' ? t('setup.startConflict.manual') : t('setup.startConflict.started');
    }
    if (value.action === 'retry' && value.error.kind === 'conflict') return t('setup.retryConflict');
    return t(value.action === 'start' ? 'setup.startFailed' : 'setup.retryFailed', { reason: apiReason(t, value.error) });
  };

  return (
    <div className={styles.panel}>
      <div className={styles.statusRow}>
        <h3 ref={statusRef} tabIndex={-1} className={styles.subheading}>
          {t('setup.statusLabel')}
        </h3>
        <span className={`${styles.badge} ${styles[`badge-${activation.status}`] ?? ''}`}>{t(`setup.status.${activation.status}`)}</span>
      </div>

      {activation.status === 'inactive' && !tenant.manualActivation ? (
        <div className={styles.callToAction}>
          <p>{t('setup.intro')}</p>
          <Button variant="primary" loading={starting} loadingLabel={t('setup.starting')} onClick={() => void start()}>
            {t('setup.activate')}
          </Button>
        </div>
      ) : null}
      {activation.status === 'inactive' && tenant.manualActivation ? (
        <div className={styles.callToAction}>
          <p>{t('setup.manualIsOn')}</p>
          <Button onClick={onOpenAdvancedOptions}>{t('setup.openAdvancedOptions')}</Button>
        </div>
      ) : null}
      {activation.status === 'active' ? (
        <p className={styles.activeNote}>
          {activation.finishedAt
            ? t('setup.activeSince', {
                date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(activation.finishedAt)),
              })
            : t('setup.activeNow')}
        </p>
      ) : null}

      {failure ? (
        <p role="alert" className={styles.error}>
          {failureText(failure)}
        </p>
      ) : null}

      {tenant.manualActivation && activation.status === 'inactive' ? null : (
        <ActivationSteps steps={activation.steps} started={activation.status !== 'inactive'} retrying={retrying} onRetry={(stepId) => void retry(stepId)} />
      )}
    </div>
  );
}
