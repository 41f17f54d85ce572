import './app-root.module.css';
import type { ReactNode } from 'react';
import styles from './search-bar.module.css';
import { TextField } from './text-field';

/** Props of {@link SearchBar}. */
export interface SearchBarProps {
  /** The search field's accessible name (and visible label unless `hideLabel`). */
  label: string;
  hideLabel?: boolean;
  description?: string;
  placeholder?: string;
  value: string;
  onValueChange(value: string): void;
  /** What the list shows now ("12 numbers", "3 matches"), announced politely as it changes. */
  status?: ReactNode;
  /** Actions of the list, at the end of the bar (outside the search landmark). */
  children?: ReactNode;
}

/**
 * A list's toolbar: the search field in a search landmark, a live count of what the list shows, and
 * the list's actions.
 */
export function SearchBar({ label, hideLabel, description, placeholder, value, onValueChange, status, children }: SearchBarProps) {
  return (
    <div className={styles.bar}>
      <div role="search" className={styles.search}>
        <TextField
          type="search"
          label={label}
          hideLabel={hideLabel}
          description={description}
          placeholder={placeholder}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      </div>
      {status === undefined ? null : (
        <p className={styles.status} aria-live="polite">
          {status}
        </p>
      )}
      {children === undefined ? null : <div className={styles.actions}>{children}</div>}
    </div>
  );
}
