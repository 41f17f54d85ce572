import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivationStep, ActivationStepId } from '../../../contract';
import { Button, ProgressBar, Spinner, VisuallyHidden } from '../../../ui';
import { translatedReason } from './reasons';
import styles from './setup-screen.module.css';

/** Props of {@link ActivationSteps}. */
export interface ActivationStepsProps {
  steps: readonly ActivationStep[];
  /** False before activation was ever started: pending steps then say "Not started", not "Waiting". */
  started: boolean;
  /** The step being retried, if any. */
  retrying: ActivationStepId | null;
  onRetry(stepId: ActivationStepId): void;
}

const statusMark: Record<ActivationStep['status'], string> = { pending: '○', 'in-progress': '', succeeded: '✓', failed: '✕' };

/**
 * The automatic activation's steps in order, each with its status; a failed step says why and offers
 * Retry. A polite status line announces the step that runs (or failed), so progress is heard too.
 */
export function ActivationSteps({ steps, started, retrying, onRetry }: ActivationStepsProps) {
  const { t } = useTranslation('teams');
  const titleId = useId();
  const done = steps.filter((step) => step.status === 'succeeded').length;
  const current = steps.find((step) => step.status === 'failed' || step.status === 'in-progress');
  return (
    <div className={styles.steps}>
      <h3 id={titleId} className={styles.subheading}>
        {t('setup.stepsTitle')}
      </h3>
      <ProgressBar
        label={t('setup.progress')}
        value={done}
        max={steps.length}
        valueText={t('setup.progressValue', { done, total: steps.length })}
        tone={current?.status === 'failed' ? 'danger' : done === steps.length ? 'success' : 'default'}
        announcement={
          current ? t('setup.progressAnnouncement', { step: t(`setup.steps.${current.id}`), status: t(`setup.stepStatus.${current.status}`) }) : undefined
        }
      />
      <ol className={styles.stepList} aria-labelledby={titleId}>
        {steps.map((step) => (
          <li key={step.id} className={`${styles.step} ${styles[`step-${step.status}`] ?? ''}`}>
            <span className={styles.stepMark} aria-hidden="true">
              {step.status === 'in-progress' ? <Spinner /> : statusMark[step.status]}
            </span>
            <div className={styles.stepBody}>
              <span className={styles.stepName}>{t(`setup.steps.${step.id}`)}</span>
              <span className={styles.stepDescription}>{t(`setup.stepDescriptions.${step.id}`)}</span>
              {step.status === 'failed' ? (
                <div className={styles.stepFailure}>
                  <p>{t('setup.stepFailedBecause', { reason: translatedReason(t, step.error) })}</p>
                  <Button size="sm" variant="primary" loading={retrying === step.id} loadingLabel={t('setup.retrying')} onClick={() => onRetry(step.id)}>
                    {t('setup.retryStep')}
                    <VisuallyHidden> {t(`setup.steps.${step.id}`)}</VisuallyHidden>
                  </Button>
                </div>
              ) : null}
            </div>
            <span className={styles.stepStatus}>
              {step.status === 'pending' && !started ? t('setup.stepStatus.notStarted') : t(`setup.stepStatus.${step.status}`)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
