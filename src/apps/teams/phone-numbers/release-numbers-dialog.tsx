import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamsNumber } from '../../../contract';
import { useApiClient } from '../../../data/use-api';
import { Button, Dialog } from '../../../ui';
import { releaseWithUsers, type ReleaseFailure, type ReleaseOutcome } from './release-numbers';
import styles from './phone-numbers-screen.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

/** Props of {@link ReleaseNumbersDialog}. */
export interface ReleaseNumbersDialogProps {
  /** The selected numbers, as the table shows them. */
  numbers: readonly TeamsNumber[];
  /** How many of them the current search does not show: the confirmation says they go too. */
  hiddenCount?: number;
  onClose(): void;
  /** After the release ran, with what happened to each number. */
  onReleased(outcomes: ReleaseOutcome[]): void;
  format(e164: string): string;
}

/**
 * Delete's confirmation (an alertdialog): which numbers go back, which are assigned to users and
 * what those users lose, and which are someone's failover number. Cancel has the focus, so Enter
 * never deletes by accident. After Delete, each number says whether it was released.
 */
export function ReleaseNumbersDialog({ numbers, hiddenCount = 0, onClose, onReleased, format }: ReleaseNumbersDialogProps) {
  const { t } = useTranslation('teams');
  const client = useApiClient();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [working, setWorking] = useState(false);
  const [outcomes, setOutcomes] = useState<ReleaseOutcome[] | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const release = async () => {
    setWorking(true);
    const result = await releaseWithUsers(client, numbers);
    // The release happened even if the dialog was closed meanwhile: the table must still hear of it.
    onReleased(result);
    if (!mounted.current) return;
    setWorking(false);
    setOutcomes(result);
  };

  const failureText = (failure: ReleaseFailure): string => {
    if (failure.step === 'refused') return t(`numbers.release.refused.${failure.code}`);
    return t(`numbers.release.failedAt.${failure.step}`, { reason: apiErrorMessage(t, failure) });
  };

  const released = outcomes?.filter((outcome) => outcome.released).length ?? 0;
  return (
    <Dialog
      open
      size="md"
      role="alertdialog"
      onClose={onClose}
      title={outcomes ? t('numbers.release.doneTitle', { count: outcomes.length }) : t('numbers.release.title', { count: numbers.length })}
      description={outcomes ? undefined : t('numbers.release.description', { count: numbers.length })}
      closeLabel={t('common:close')}
      initialFocusRef={cancelRef}
      footer={
        outcomes ? (
          <Button variant="primary" onClick={onClose}>
            {t('numbers.release.done')}
          </Button>
        ) : (
          <>
            <Button ref={cancelRef} onClick={onClose} disabled={working}>
              {t('common:cancel')}
            </Button>
            <Button variant="danger" loading={working} loadingLabel={t('numbers.release.working')} onClick={() => void release()}>
              {t('numbers.release.confirm', { count: numbers.length })}
            </Button>
          </>
        )
      }
    >
      {outcomes ? (
        <>
          <OutcomeSummary
            text={
              released === outcomes.length
                ? t('numbers.release.allReleased', { count: released })
                : t('numbers.release.someReleased', { count: released, total: outcomes.length })
            }
          />
          <ul className={styles.outcomeList}>
            {outcomes.map((outcome) => (
              <li key={outcome.number} className={outcome.released ? styles.succeeded : styles.failed}>
                <span aria-hidden="true" className={styles.mark}>
                  {outcome.released ? '✓' : '✕'}
                </span>
                <span className={styles.outcomeNumber}>{format(outcome.number)}</span>
                <span>{outcome.released ? t('numbers.release.released') : failureText(outcome.failure)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Consequences numbers={numbers} hiddenCount={hiddenCount} format={format} />
      )}
    </Dialog>
  );
}

/** Which numbers are assigned, whose failover they are, and which are spare; first, how many the search hides. */
function Consequences({ numbers, hiddenCount, format }: { numbers: readonly TeamsNumber[]; hiddenCount: number; format(e164: string): string }) {
  const { t } = useTranslation('teams');
  const assigned = numbers.filter((item) => item.assignedTo !== null);
  const failoverOnly = numbers.filter((item) => item.assignedTo === null && item.failoverFor.length > 0);
  const spare = numbers.filter((item) => item.assignedTo === null && item.failoverFor.length === 0);
  return (
    <div className={styles.consequences}>
      {hiddenCount > 0 ? <p className={styles.notShown}>{t('numbers.release.notShown', { count: hiddenCount })}</p> : null}
      {assigned.length > 0 ? (
        <section aria-labelledby="teams-release-assigned">
          <h3 id="teams-release-assigned" className={styles.consequenceTitle}>
            {t('numbers.release.assignedTitle', { count: assigned.length })}
          </h3>
          <ul>
            {assigned.map((item) => (
              <li key={item.number}>
                {t('numbers.release.assignedLine', { number: format(item.number), name: item.assignedTo?.displayName ?? '' })}
                {item.failoverFor.length > 0
                  ? ` ${t('numbers.release.failoverLine', { names: item.failoverFor.map((user) => user.displayName).join(', '), count: item.failoverFor.length })}`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {failoverOnly.length > 0 ? (
        <section aria-labelledby="teams-release-failover">
          <h3 id="teams-release-failover" className={styles.consequenceTitle}>
            {t('numbers.release.failoverTitle', { count: failoverOnly.length })}
          </h3>
          <ul>
            {failoverOnly.map((item) => (
              <li key={item.number}>
                {t('numbers.release.failoverOnlyLine', {
                  number: format(item.number),
                  names: item.failoverFor.map((user) => user.displayName).join(', '),
                  count: item.failoverFor.length,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {spare.length > 0 ? (
        <section aria-labelledby="teams-release-spare">
          <h3 id="teams-release-spare" className={styles.consequenceTitle}>
            {t('numbers.release.spareTitle', { count: spare.length })}
          </h3>
          <ul className={styles.spareList}>
            {spare.map((item) => (
              <li key={item.number}>{format(item.number)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The outcome's first sentence, focused when it appears so it is read first. */
function OutcomeSummary({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} tabIndex={-1} className={styles.outcomeTitle}>
      {text}
    </p>
  );
}
