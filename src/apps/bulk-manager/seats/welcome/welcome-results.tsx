import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../api';
import type { Seat, WelcomeChannel, WelcomeResult } from '../../../../contract';
import styles from './welcome.module.css';
import { apiErrorMessage } from '../../../../i18n/api-error-message';

/** Per-seat outcome of sending welcome messages: sent (and where to), or not sent and why. */
export function WelcomeResults({
  seats,
  channel,
  results,
  error,
  unanswered,
}: {
  seats: readonly Seat[];
  channel: WelcomeChannel;
  results: readonly WelcomeResult[];
  error: ApiError | null;
  unanswered: readonly string[];
}) {
  const { t } = useTranslation('bulk');
  const byId = new Map(seats.map((seat) => [seat.id, seat]));
  const nameOf = (seatId: string) => {
    const seat = byId.get(seatId);
    return seat ? `${seat.firstName} ${seat.lastName}` : seatId;
  };
  const sent = results.filter((result) => result.status === 'sent').length;
  const failed = results.length - sent + unanswered.length;
  return (
    <div className={styles.results}>
      <p role="status" className={styles.summary}>
        {t(`seats.welcome.summary.${channel}`, { count: sent })} {failed > 0 ? t('seats.welcome.summaryFailed', { count: failed }) : ''}
      </p>
      {error ? (
        <p role="alert" className={styles.error}>
          {t('seats.welcome.requestFailed', { count: unanswered.length, reason: apiErrorMessage(t, error) })}
        </p>
      ) : null}
      <ul className={styles.list} aria-label={t('seats.welcome.resultsLabel')}>
        {results.map((result) => (
          <li key={result.seatId} className={styles.item}>
            <span className={styles.name}>{nameOf(result.seatId)}</span>
            {result.status === 'sent' ? (
              <span className={styles.sent}>{t('seats.welcome.sentTo', { recipient: result.recipient })}</span>
            ) : (
              <span className={styles.failed}>{t('seats.welcome.notSent', { reason: t(`seats.welcome.failures.${result.code}`) })}</span>
            )}
          </li>
        ))}
        {unanswered.map((seatId) => (
          <li key={seatId} className={styles.item}>
            <span className={styles.name}>{nameOf(seatId)}</span>
            <span className={styles.failed}>{t('seats.welcome.notSent', { reason: t('seats.welcome.failures.unanswered') })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
