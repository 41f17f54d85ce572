import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../api';
import { useApiClient } from '../../../../data/use-api';
import type { Seat, WelcomeChannel, WelcomeResult } from '../../../../contract';
import { Button, Dialog } from '../../../../ui';
import { sendWelcome } from './send-welcome';
import { WelcomeResults } from './welcome-results';
import styles from './welcome.module.css';

const channels: readonly WelcomeChannel[] = ['email', 'sms'];

type Phase = { kind: 'choose' } | { kind: 'sending' } | { kind: 'done'; results: WelcomeResult[]; error: ApiError | null; unanswered: string[] };

/** Send welcome email (or SMS) to the selected seats, then show what happened to each one. */
export function WelcomeDialog({ seats, onClose }: { seats: readonly Seat[]; onClose(): void }) {
  const { t } = useTranslation('bulk');
  const client = useApiClient();
  const [channel, setChannel] = useState<WelcomeChannel>('email');
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });

  const send = async () => {
    setPhase({ kind: 'sending' });
    const outcome = await sendWelcome(
      client,
      seats.map((seat) => seat.id),
      channel,
    );
    setPhase({ kind: 'done', ...outcome });
  };

  if (phase.kind === 'done') {
    return (
      <Dialog
        open
        size="lg"
        onClose={onClose}
        closeLabel={t('common:close')}
        title={t('seats.welcome.resultsTitle')}
        footer={
          <Button variant="primary" onClick={onClose}>
            {t('common:close')}
          </Button>
        }
      >
        <WelcomeResults seats={seats} channel={channel} results={phase.results} error={phase.error} unanswered={phase.unanswered} />
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      closeLabel={t('common:close')}
      title={t('seats.welcome.title')}
      description={t('seats.welcome.description', { count: seats.length })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button variant="primary" loading={phase.kind === 'sending'} onClick={() => void send()}>
            {t(`seats.welcome.send.${channel}`, { count: seats.length })}
          </Button>
        </>
      }
    >
      <fieldset className={styles.channels}>
        <legend className={styles.legend}>{t('seats.welcome.channel')}</legend>
        {channels.map((option) => (
          <label key={option} className={styles.channel}>
            <input type="radio" name="welcome-channel" value={option} checked={channel === option} onChange={() => setChannel(option)} />
            <span>
              <span className={styles.channelName}>{t(`seats.welcome.channels.${option}`)}</span>
              <span className={styles.channelHelp}>{t(`seats.welcome.channelHelp.${option}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
