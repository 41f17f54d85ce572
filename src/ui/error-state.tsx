import './app-root.module.css';
import type { ReactNode } from 'react';
import { Button } from './button';
import type { StateHeadingLevel } from './empty-state';
import { ErrorIcon } from './icons';
import styles from './states.module.css';

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  /** E.g. "The seats could not be loaded". */
  title: string;
  /** What happened and what the user can do. */
  description?: ReactNode;
  /** Label of the retry button, e.g. "Try again"; the button shows only with `onRetry`. */
  retryLabel?: string;
  onRetry?: () => void;
  headingLevel?: StateHeadingLevel;
}

/**
 * A failure in place of content, announced when it appears (role="alert"), with a retry action.
 */
export function ErrorState({ title, description, retryLabel, onRetry, headingLevel = 2 }: ErrorStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={`${styles.state} ${styles.error}`}>
      <div className={styles.icon} aria-hidden="true">
        <ErrorIcon />
      </div>
      <div role="alert">
        <Heading className={styles.title}>{title}</Heading>
        {description ? <p className={styles.description}>{description}</p> : null}
      </div>
      {onRetry && retryLabel ? (
        <div className={styles.action}>
          <Button variant="primary" onClick={onRetry}>
            {retryLabel}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
