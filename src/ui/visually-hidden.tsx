import type { HTMLAttributes } from 'react';
import styles from './visually-hidden.module.css';

/**
 * Text for screen readers only (e.g. a label whose meaning is obvious from the layout).
 */
export function VisuallyHidden({ className, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return <span {...rest} className={className ? `${styles.hidden} ${className}` : styles.hidden} />;
}

/** The class name behind {@link VisuallyHidden}, for elements that must stay other tags (inputs). */
export const visuallyHiddenClassName = styles.hidden;
