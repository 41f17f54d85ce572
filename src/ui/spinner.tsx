import './app-root.module.css';
import styles from './spinner.module.css';

/** Props of {@link Spinner}. */
export interface SpinnerProps {
  /** What is loading, for screen readers; omit when the spinner only decorates a labelled control. */
  label?: string;
  size?: 'inline' | 'large';
}

/**
 * A spinning indicator. With a label it is an image with that name; without one it is hidden from
 * assistive technology (the surrounding control carries the meaning).
 */
export function Spinner({ label, size = 'inline' }: SpinnerProps) {
  const className = size === 'large' ? `${styles.spinner} ${styles.large}` : styles.spinner;
  return label ? <span className={className} role="img" aria-label={label} /> : <span className={className} aria-hidden="true" />;
}

/** Props of {@link LoadingState}. */
export interface LoadingStateProps {
  /** Visible and announced text, e.g. "Loading seats…". */
  label: string;
}

/**
 * A block-level loading placeholder for a screen or a section, announced politely.
 */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className={styles.loading} role="status">
      <Spinner size="large" />
      <span>{label}</span>
    </div>
  );
}
