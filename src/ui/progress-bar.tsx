import './app-root.module.css';
import { useId } from 'react';
import styles from './progress-bar.module.css';
import { VisuallyHidden } from './visually-hidden';

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  /** Visible label and accessible name, e.g. "Creating seats". */
  label: string;
  /** Current value; omit while the total is unknown (indeterminate). */
  value?: number;
  max?: number;
  /** Human text of the value, formatted by the caller, e.g. "120 of 500 seats". */
  valueText?: string;
  /**
   * A message for a polite live region, e.g. "50% done". The caller decides how often it changes
   * (a message per update would flood a screen reader).
   */
  announcement?: string;
  tone?: 'default' | 'success' | 'danger';
}

/**
 * A determinate or indeterminate progress bar (role="progressbar") with a value text and an optional
 * polite announcement.
 */
export function ProgressBar({ label, value, max = 100, valueText, announcement, tone = 'default' }: ProgressBarProps) {
  const labelId = useId();
  const indeterminate = value === undefined;
  const percent = indeterminate || max <= 0 ? 0 : Math.min(100, Math.max(0, (value / max) * 100));
  const className = [styles.progress, tone !== 'default' ? styles[tone] : undefined, indeterminate ? styles.indeterminate : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <div className={styles.top}>
        <span id={labelId} className={styles.label}>
          {label}
        </span>
        {valueText ? (
          <span className={styles.value} aria-hidden="true">
            {valueText}
          </span>
        ) : null}
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={indeterminate ? undefined : 0}
        aria-valuemax={indeterminate ? undefined : max}
        aria-valuenow={indeterminate ? undefined : value}
        aria-valuetext={valueText}
        className={styles.track}
      >
        <div className={styles.fill} style={indeterminate ? undefined : { width: `${percent}%` }} />
      </div>
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </div>
  );
}
