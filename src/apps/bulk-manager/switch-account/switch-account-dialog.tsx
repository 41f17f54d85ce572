import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountLookupFailure, HostAccount } from '../../../bridge/contract';
import { useAccount, useBridge } from '../../../runtime/react';
import { Button, Dialog, TextField } from '../../../ui';

/** Why the ID in the field cannot be opened; `current` is the account already open. */
type AskError = AccountLookupFailure | 'unavailable' | 'current';
type Step = { kind: 'ask'; error: AskError | null } | { kind: 'confirm'; account: HostAccount };

/**
 * Switch Account: ask for an account ID, look it up through the host (each failure has its own message
 * under the field), confirm with the account's name, then switch through the host so it follows. The
 * current account is refused under the field (switching to it would change nothing), and Back on the
 * confirmation returns to the field with the ID kept, to correct it.
 */
export function SwitchAccountDialog({ onClose, warning }: { onClose(): void; warning?: string }) {
  const { t } = useTranslation('bulk');
  const bridge = useBridge();
  const current = useAccount();
  const [accountId, setAccountId] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'ask', error: null });
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);

  async function lookup(event: FormEvent) {
    event.preventDefault();
    const id = accountId.trim();
    const refuse = (error: AskError) => {
      setStep({ kind: 'ask', error });
      fieldRef.current?.focus();
    };
    if (!/^\d{6}$/.test(id) || id === current.id) {
      refuse(id === current.id ? 'current' : 'invalid');
      return;
    }
    setBusy(true);
    try {
      const result = await bridge.account.lookup(id);
      if (!result.ok) setStep({ kind: 'ask', error: result.reason });
      else if (result.account.id === current.id) refuse('current');
      else setStep({ kind: 'confirm', account: result.account });
    } catch {
      setStep({ kind: 'ask', error: 'unavailable' });
    } finally {
      setBusy(false);
    }
  }

  async function confirm(account: HostAccount) {
    setBusy(true);
    try {
      const result = await bridge.account.switchTo(account.id);
      if (result.ok) {
        onClose();
        return;
      }
      setStep({ kind: 'ask', error: result.reason });
    } catch {
      setStep({ kind: 'ask', error: 'unavailable' });
    } finally {
      setBusy(false);
    }
  }

  if (step.kind === 'confirm') {
    return (
      <Dialog
        open
        size="sm"
        onClose={onClose}
        closeLabel={t('common:close')}
        title={t('switchAccount.confirmTitle')}
        description={t('switchAccount.confirmBody', { ...step.account })}
        footer={
          <>
            <Button variant="secondary" disabled={busy} onClick={() => setStep({ kind: 'ask', error: null })}>
              {t('switchAccount.back')}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button variant="primary" loading={busy} onClick={() => void confirm(step.account)}>
              {t('switchAccount.next')}
            </Button>
          </>
        }
      >
        {warning ? <p role="alert">{warning}</p> : null}
      </Dialog>
    );
  }

  const formId = 'switch-account-form';
  return (
    <Dialog
      open
      size="sm"
      onClose={onClose}
      closeLabel={t('common:close')}
      title={t('switchAccount.title')}
      description={t('switchAccount.description')}
      initialFocusRef={fieldRef}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} loading={busy}>
            {t('switchAccount.next')}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={(event) => void lookup(event)} noValidate>
        <TextField
          ref={fieldRef}
          label={t('switchAccount.field')}
          inputMode="numeric"
          autoComplete="off"
          value={accountId}
          onChange={(event) => {
            setAccountId(event.target.value);
            if (step.error) setStep({ kind: 'ask', error: null });
          }}
          description={t('switchAccount.currentAccount', { ...current })}
          error={
            step.error === 'current'
              ? t('switchAccount.alreadyCurrent', { ...current })
              : step.error
                ? t(`switchAccount.errors.${step.error}`, { id: accountId.trim() })
                : undefined
          }
          required
        />
      </form>
    </Dialog>
  );
}
