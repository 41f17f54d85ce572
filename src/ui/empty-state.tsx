import './app-root.module.css';
import type { ReactNode } from 'react';
import styles from './states.module.css';

/** Heading level of a state's title, chosen by the caller to fit the page outline. */
export type StateHeadingLevel = 2 | 3 | 4;

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  /** E.g. "No seats yet". */
  title: string;
  description?: ReactNode;
  /** Decorative illustration or icon. */
  icon?: ReactNode;
  /** A call to action, e.g. an "Add seat" button. */
  action?: ReactNode;
  headingLevel?: StateHeadingLevel;
}

/**
 * What a list or screen shows when it has nothing to show, with an optional next step.
 */
export function EmptyState({ title, description, icon, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={styles.state}>
      {icon ? (
        <div className={styles.icon} aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <Heading className={styles.title}>{title}</Heading>
      {description ? <p className={styles.description}>{description}</p> : null}
      {action ? <div className={styles.action}>{action}</div> : null}
    </div>
  );
}
