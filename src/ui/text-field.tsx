import './app-root.module.css';
import type { InputHTMLAttributes, Ref } from 'react';
import styles from './field.module.css';
import { FieldLabel, FieldMessages, useFieldIds, type FieldTextProps } from './field-parts';

/** Props of {@link TextField}. */
export interface TextFieldProps extends FieldTextProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> {
  /** The visible label (always the accessible name). */
  label: string;
  /** Keeps the label for screen readers only, e.g. for a search bar with a visible search icon. */
  hideLabel?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled text input with optional description and error, compatible with react-hook-form's
 * `register` (it forwards `ref`, `name`, `onChange`, `onBlur`).
 */
export function TextField({ label, hideLabel, description, error, id, className, required, ...rest }: TextFieldProps) {
  const ids = useFieldIds(id, { description, error }, rest['aria-describedby']);
  return (
    <div className={className ? `${styles.field} ${className}` : styles.field}>
      <FieldLabel htmlFor={ids.controlId} label={label} required={required} hidden={hideLabel} />
      <input
        type="text"
        {...rest}
        id={ids.controlId}
        required={required}
        className={styles.control}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <FieldMessages description={description} error={error} ids={ids} />
    </div>
  );
}
