import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, VisuallyHidden } from '../../../ui';
import { copyText } from './copy-text';
import styles from './setup-screen.module.css';

/** How long "Copied" stays on the button and in the announcement. */
const CONFIRMATION_MS = 2500;

/**
 * Copies a value (a TXT verification code) and says so: the button reads "Copied" for a moment, and a
 * polite live region, present from the start so screen readers announce its change, says what was
 * copied. When copying is impossible it says to select the value by hand. `context` completes the
 * button's name for screen readers ("TXT value for contoso.com"), since every row has its own button.
 */
export function CopyButton({ value, context }: { value: string; context: string }) {
  const { t } = useTranslation('teams');
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const copy = async () => {
    const copied = await copyText(value);
    setOutcome(copied ? 'copied' : 'failed');
    if (timer.current) clearTimeout(timer.current);
    // A failure stays: the user needs it to know they must copy by hand.
    if (copied) timer.current = setTimeout(() => setOutcome(null), CONFIRMATION_MS);
  };

  return (
    <span className={styles.copy}>
      <Button size="sm" variant="secondary" onClick={() => void copy()}>
        {outcome === 'copied' ? t('setup.copy.copied') : t('setup.copy.button')}
        <VisuallyHidden> {context}</VisuallyHidden>
      </Button>
      <VisuallyHidden role="status">{outcome === 'copied' ? t('setup.copy.announce', { value }) : ''}</VisuallyHidden>
      {outcome === 'failed' ? (
        <span role="alert" className={styles.copyFailed}>
          {t('setup.copy.failed')}
        </span>
      ) : null}
    </span>
  );
}
