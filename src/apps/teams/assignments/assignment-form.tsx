import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAssignment, type ApiError } from '../../../api';
import type { TeamsNumber, TeamsUser } from '../../../contract';
import { useBridge, useSessionRenewed } from '../../../runtime/react';
import { useApiClient } from '../../../data/use-api';
import { Button, Checkbox, Select, TextField } from '../../../ui';
import { parsePhoneInput, usePhoneFormat } from '../../../ui/phone-format';
import styles from './assignment-edit-panel.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

/** Props of {@link AssignmentForm}. */
export interface AssignmentFormProps {
  user: TeamsUser;
  /** The account's numbers, for the Assigned phone number list. */
  numbers: readonly TeamsNumber[];
  /** The number chosen when the form opens (a spare number being given to this user). */
  presetNumber?: string;
  onCancel: () => void;
  onSaved: (user: TeamsUser) => void;
  /** Told whether the fields differ from what is saved, so closing the panel can ask before dropping them. */
  onChangedChange?: (changed: boolean) => void;
}

interface FieldErrors {
  phoneNumber?: string;
  failoverNumber?: string;
  /** An error of the whole request (network, permissions…). */
  form?: string;
  /** The request failed because the session had expired: said until the user signs in again. */
  sessionExpired?: boolean;
}

const phoneErrorCodes = new Set(['number-in-use', 'number-not-owned']);
const failoverErrorCodes = new Set(['same-number']);

/** The server's located errors on the fields, anything else above the buttons. */
function errorsFromApi(error: ApiError, t: (key: string) => string): FieldErrors {
  const fields = error.fieldErrors ?? {};
  const errors: FieldErrors = {};
  const phoneCode = fields.phoneNumber ?? (phoneErrorCodes.has(error.code) ? error.code : undefined);
  const failoverCode = fields.failoverNumber ?? (failoverErrorCodes.has(error.code) ? error.code : undefined);
  if (phoneCode !== undefined)
    errors.phoneNumber = t(phoneErrorCodes.has(phoneCode) ? `assignments.panel.errors.${phoneCode}` : 'assignments.panel.errors.invalidPhone');
  if (failoverCode !== undefined)
    errors.failoverNumber = t(failoverErrorCodes.has(failoverCode) ? `assignments.panel.errors.${failoverCode}` : 'assignments.panel.errors.invalidFailover');
  if (phoneCode === undefined && failoverCode === undefined) {
    errors.form = apiErrorMessage(t, error);
    if (error.kind === 'unauthorized') errors.sessionExpired = true;
  }
  return errors;
}

/**
 * The fields of the edit panel: the assigned number (from the account's numbers, optionally only the
 * unassigned ones), clearing the old number's failover, and the failover number (any valid number,
 * once a number is assigned). Update saves through the API and shows its errors on the fields.
 */
export function AssignmentForm({ user, numbers, presetNumber, onCancel, onSaved, onChangedChange }: AssignmentFormProps) {
  const { t } = useTranslation('teams');
  const client = useApiClient();
  const bridge = useBridge();
  const format = usePhoneFormat();
  const formId = useId();
  const phoneRef = useRef<HTMLSelectElement>(null);
  const failoverRef = useRef<HTMLInputElement>(null);
  const initialFailover = user.failoverNumber === null ? '' : format(user.failoverNumber);
  const [phoneNumber, setPhoneNumber] = useState(presetNumber ?? user.phoneNumber ?? '');
  const [onlyUnassigned, setOnlyUnassigned] = useState(false);
  const [clearOldFailover, setClearOldFailover] = useState(false);
  const [failoverText, setFailoverText] = useState(initialFailover);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  // Signed in again after Update failed for an expired session: the edits are still here to save.
  const [signedInAgain, setSignedInAgain] = useState(false);
  useSessionRenewed(() => {
    if (errors.sessionExpired !== true) return;
    setErrors((previous) => ({ ...previous, form: undefined, sessionExpired: undefined }));
    setSignedInAgain(true);
  });

  const numberChanged = phoneNumber !== (user.phoneNumber ?? '');
  // Offered only when there is a failover number to clear and the number it went with is changing.
  const offerClear = user.failoverNumber !== null && numberChanged;
  const hasNumber = phoneNumber !== '';
  const failoverChanged = failoverText.trim() !== initialFailover;
  const changed = numberChanged || failoverChanged || (offerClear && clearOldFailover);
  useEffect(() => {
    onChangedChange?.(changed);
    return () => onChangedChange?.(false);
  }, [changed, onChangedChange]);

  const options = [
    { value: '', label: t('assignments.panel.noNumber') },
    ...numbers
      .filter((item) => !onlyUnassigned || item.assignedTo === null || item.assignedTo.id === user.id || item.number === phoneNumber)
      .map((item) => {
        const otherUser = item.assignedTo !== null && item.assignedTo.id !== user.id ? item.assignedTo : null;
        return {
          value: item.number,
          label: otherUser ? t('assignments.panel.numberOfOther', { number: format(item.number), name: otherUser.displayName }) : format(item.number),
          // The API refuses a number that is another user's; it must be unassigned there first.
          disabled: otherUser !== null,
        };
      }),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const next: FieldErrors = {};
    let failoverNumber: string | null = null;
    const typed = failoverText.trim();
    if (hasNumber && typed !== '') {
      const parsed = await parsePhoneInput(typed);
      if (!parsed.ok) next.failoverNumber = t('assignments.panel.errors.invalidFailover');
      else if (parsed.e164 === phoneNumber) next.failoverNumber = t('assignments.panel.errors.same-number');
      else failoverNumber = parsed.e164;
    }
    if (next.failoverNumber !== undefined) {
      setErrors(next);
      failoverRef.current?.focus();
      return;
    }
    setErrors({});
    setSignedInAgain(false);
    setSaving(true);
    const result = await updateAssignment(client, user.id, {
      phoneNumber: hasNumber ? phoneNumber : null,
      failoverNumber,
      clearOldFailover: offerClear && clearOldFailover,
    });
    setSaving(false);
    if (!result.ok) {
      const located = errorsFromApi(result.error, t);
      setErrors(located);
      if (located.phoneNumber !== undefined) phoneRef.current?.focus();
      else if (located.failoverNumber !== undefined) failoverRef.current?.focus();
      return;
    }
    bridge.notify({ kind: 'success', message: t('assignments.panel.saved', { name: result.value.displayName }) });
    onSaved(result.value);
  };

  return (
    <form id={formId} className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <Select
        ref={phoneRef}
        label={t('assignments.panel.phoneNumber')}
        value={phoneNumber}
        options={options}
        error={errors.phoneNumber}
        onChange={(event) => {
          setPhoneNumber(event.target.value);
          setErrors((previous) => ({ ...previous, phoneNumber: undefined }));
        }}
      />
      <Checkbox label={t('assignments.panel.onlyUnassigned')} checked={onlyUnassigned} onChange={(event) => setOnlyUnassigned(event.target.checked)} />
      {offerClear ? (
        <Checkbox
          label={t('assignments.panel.clearOldFailover')}
          description={t('assignments.panel.clearOldFailoverHelp', { number: format(user.failoverNumber ?? '') })}
          checked={clearOldFailover}
          onChange={(event) => {
            setClearOldFailover(event.target.checked);
            setFailoverText(event.target.checked ? '' : initialFailover);
          }}
        />
      ) : null}
      <TextField
        ref={failoverRef}
        label={t('assignments.panel.failoverNumber')}
        description={hasNumber ? t('assignments.panel.failoverHelp') : t('assignments.panel.failoverNeedsNumber')}
        value={failoverText}
        disabled={!hasNumber}
        inputMode="tel"
        autoComplete="off"
        error={errors.failoverNumber}
        onChange={(event) => {
          setFailoverText(event.target.value);
          setErrors((previous) => ({ ...previous, failoverNumber: undefined }));
        }}
      />
      {errors.form !== undefined ? (
        <p role="alert" className={styles.formError}>
          {errors.form}
        </p>
      ) : null}
      {signedInAgain ? (
        <p role="status" className={styles.formNotice}>
          {t('assignments.panel.signedInAgain')}
        </p>
      ) : null}
      <div className={styles.actions}>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('common:cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={saving} loadingLabel={t('assignments.panel.saving')} disabled={!changed}>
          {t('assignments.panel.update')}
        </Button>
      </div>
    </form>
  );
}
