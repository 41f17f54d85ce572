import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createSeat, sendWelcomeMessages } from '../../../../api';
import { useSessionRenewed } from '../../../../runtime/react';
import { useApiClient, useInvalidate } from '../../../../data/use-api';
import type { Seat, TemplateColumn, WelcomeResult } from '../../../../contract';
import { Button } from '../../../../ui';
import styles from './add-seat.module.css';
import { emptySeatForm, seatFormResolver, toSeatInput, type SeatFormValues } from './seat-form-schema';
import { SeatFormFields } from './seat-form-fields';
import { useSpareNumbers } from '../../shared/use-spare-numbers';
import { useSeatNames } from '../../shared/use-seat-names';
import { apiErrorMessage } from '../../../../i18n/api-error-message';

/** What happened to the SMS asked for with a new seat: sent, refused for this seat, or not sent at all. */
type SmsOutcome = { kind: 'sent'; recipient: string } | { kind: 'failed'; reason: string } | null;

interface Created {
  seat: Seat;
  sms: SmsOutcome;
}

/** Props of {@link AddSeatForm}. */
export interface AddSeatFormProps {
  columns: readonly TemplateColumn[];
  onCreated(seat: Seat): void;
  onClose(): void;
}

/**
 * The Add seat form: the template's rules beside each field, the server's conflicts (email or extension
 * taken) on their field, and once created a confirmation (with the SMS outcome when one was asked).
 */
export function AddSeatForm({ columns, onCreated, onClose }: AddSeatFormProps) {
  const { t } = useTranslation('bulk');
  const client = useApiClient();
  const spareNumbers = useSpareNumbers();
  const invalidate = useInvalidate();
  const names = useSeatNames();
  const resolver = useMemo(() => seatFormResolver(columns, (key, params) => t(key, params), names.field), [columns, t, names]);
  const form = useForm<SeatFormValues>({ resolver, defaultValues: emptySeatForm(columns), mode: 'onTouched' });
  const [formError, setFormError] = useState<string | null>(null);
  // Add seat failed because the session had expired: once the user signs in again that is no longer
  // true, and the entries are still here to send.
  const [sessionExpired, setSessionExpired] = useState(false);
  const [signedInAgain, setSignedInAgain] = useState(false);
  useSessionRenewed(() => {
    if (!sessionExpired) return;
    setSessionExpired(false);
    setFormError(null);
    setSignedInAgain(true);
  });
  const [created, setCreated] = useState<Created | null>(null);
  const successRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) successRef.current?.focus();
  }, [created]);

  const smsOutcome = async (seat: Seat): Promise<SmsOutcome> => {
    const sent = await sendWelcomeMessages(client, { seatIds: [seat.id], channel: 'sms' });
    if (!sent.ok) return { kind: 'failed', reason: apiErrorMessage(t, sent.error) };
    const result: WelcomeResult | undefined = sent.value.results.find((item) => item.seatId === seat.id);
    if (result?.status === 'sent') return { kind: 'sent', recipient: result.recipient };
    return { kind: 'failed', reason: t(`seats.welcome.failures.${result?.code ?? 'seat-not-found'}`) };
  };

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSessionExpired(false);
    setSignedInAgain(false);
    const input = toSeatInput(values.fields);
    if (!input.ok) {
      setFormError(t('seats.add.templateMismatch'));
      return;
    }
    const result = await createSeat(client, input.seat);
    if (!result.ok) {
      let located = 0;
      for (const [field, code] of Object.entries(result.error.fieldErrors ?? {})) {
        if (!(field in values.fields)) continue;
        const message = t(`seats.add.serverErrors.${code}`, { defaultValue: t('seats.add.serverErrors.other') });
        form.setError(`fields.${field}`, { type: 'server', message }, { shouldFocus: located === 0 });
        located += 1;
      }
      setFormError(located > 0 ? t('seats.add.fixFields', { count: located }) : apiErrorMessage(t, result.error));
      setSessionExpired(located === 0 && result.error.kind === 'unauthorized');
      return;
    }
    onCreated(result.value);
    // The seat took a spare number and wrote an event.
    invalidate('spare-numbers', 'event-logs');
    setCreated({ seat: result.value, sms: values.sendSms ? await smsOutcome(result.value) : null });
  });

  if (created) {
    const { seat, sms } = created;
    return (
      <div className={styles.form}>
        <div ref={successRef} tabIndex={-1} role="status" className={styles.success}>
          <p className={styles.successTitle}>{t('seats.add.created', { name: `${seat.firstName} ${seat.lastName}`, extension: seat.extension })}</p>
          {sms?.kind === 'sent' ? <p>{t('seats.add.smsSent', { recipient: sms.recipient })}</p> : null}
          {sms?.kind === 'failed' ? <p className={styles.smsFailed}>{t('seats.add.smsFailed', { reason: sms.reason })}</p> : null}
        </div>
        <div className={styles.actions}>
          <Button variant="secondary" onClick={onClose}>
            {t('common:close')}
          </Button>
          <Button
            variant="primary"
            onClick={() => {
              form.reset(emptySeatForm(columns));
              setCreated(null);
              // The number the seat took is no longer spare.
              spareNumbers.reload();
            }}
          >
            {t('seats.add.another')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-label={t('seats.add.title')}>
      <SeatFormFields columns={columns} form={form} spareNumbers={spareNumbers.options} />
      {formError ? (
        <p className={styles.formError} role="alert">
          {formError}
        </p>
      ) : null}
      {signedInAgain ? (
        <p className={styles.formNotice} role="status">
          {t('seats.add.signedInAgain')}
        </p>
      ) : null}
      <div className={styles.actions}>
        <Button variant="secondary" onClick={onClose}>
          {t('common:cancel')}
        </Button>
        <Button variant="primary" type="submit" loading={form.formState.isSubmitting}>
          {t('seats.add.submit')}
        </Button>
      </div>
    </form>
  );
}
