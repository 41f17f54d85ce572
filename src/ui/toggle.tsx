import './app-root.module.css';
import type { ChangeEvent, InputHTMLAttributes, Ref } from 'react';
import styles from './field.module.css';
import { FieldMessages, useFieldIds, type FieldTextProps } from './field-parts';

/** Props of {@link Toggle}. */
export interface ToggleProps extends FieldTextProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'role'> {
  label: string;
  /** Called with the new state; `onChange` still receives the raw event. */
  onCheckedChange?: (checked: boolean) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * An on/off switch (role="switch") for settings that apply at once, such as "Allow co-manage".
 * Built on a native checkbox, so Space toggles it and forms and react-hook-form see a checkbox.
 */
export function Toggle({ label, description, error, id, className, onChange, onCheckedChange, ...rest }: ToggleProps) {
  const ids = useFieldIds(id, { description, error }, rest['aria-describedby']);
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    onCheckedChange?.(event.target.checked);
  };
  return (
    <div className={[styles.inline, className].filter(Boolean).join(' ')}>
      <input
        {...rest}
        type="checkbox"
        role="switch"
        id={ids.controlId}
        className={styles.switch}
        onChange={handleChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <label htmlFor={ids.controlId} className={styles.inlineLabel}>
        {label}
      </label>
      <FieldMessages description={description} error={error} ids={ids} />
    </div>
  );
}
