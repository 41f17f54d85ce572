import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountLookupFailure, HostAccount } from '../../../bridge/contract';
import { useAccount, useBridge } from '../../../bridge/react';
import { Button, Dialog, TextField } from '../../../ui';

type Step = { kind: 'ask'; error: AccountLookupFailure | 'unavailable' | null } | { kind: 'confirm'; account: HostAccount };

/**
 * Switch Account: ask for an account ID, look it up through the host (each failure has its own message
 * under the field), confirm with the account's name, then switch through the host so it follows.
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
    if (!/^\d{6}$/.test(id)) {
      setStep({ kind: 'ask', error: 'invalid' });
      fieldRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await bridge.account.lookup(id);
      setStep(result.ok ? { kind: 'confirm', account: result.account } : { kind: 'ask', error: result.reason });
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
    const same = step.account.id === current.id;
    return (
      <Dialog
        open
        size="sm"
        onClose={onClose}
        closeLabel={t('common:close')}
        title={t('switchAccount.confirmTitle')}
        description={same ? t('switchAccount.alreadyCurrent', { ...step.account }) : t('switchAccount.confirmBody', { ...step.account })}
        footer={
          <>
            <Button variant="secondary" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button variant="primary" loading={busy} disabled={same} onClick={() => void confirm(step.account)}>
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
          error={step.error ? t(`switchAccount.errors.${step.error}`, { id: accountId.trim() }) : undefined}
          required
        />
      </form>
    </Dialog>
  );
}
