import './app-root.module.css';
import type { Ref, SelectHTMLAttributes } from 'react';
import styles from './field.module.css';
import { FieldLabel, FieldMessages, useFieldIds, type FieldTextProps } from './field-parts';
import { ChevronDownIcon } from './icons';

/** One choice of a {@link Select}. */
export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** Props of {@link Select}. */
export interface SelectProps extends FieldTextProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children' | 'multiple'> {
  label: string;
  hideLabel?: boolean;
  options: readonly SelectOption[];
  /** A first, empty choice such as "Choose a site" (value ""). */
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A labelled native select (the most robust choice for keyboards and screen readers), with
 * description and error, compatible with react-hook-form's `register`.
 */
export function Select({ label, hideLabel, options, placeholder, description, error, id, className, required, ...rest }: SelectProps) {
  const ids = useFieldIds(id, { description, error }, rest['aria-describedby']);
  return (
    <div className={className ? `${styles.field} ${className}` : styles.field}>
      <FieldLabel htmlFor={ids.controlId} label={label} required={required} hidden={hideLabel} />
      <div className={styles.selectWrap}>
        <select
          {...rest}
          id={ids.controlId}
          required={required}
          className={`${styles.control} ${styles.select}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
        <span className={styles.selectChevron} aria-hidden="true">
          <ChevronDownIcon />
        </span>
      </div>
      <FieldMessages description={description} error={error} ids={ids} />
    </div>
  );
}
