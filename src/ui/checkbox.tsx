import './app-root.module.css';
import { useCallback, useEffect, useRef, type InputHTMLAttributes, type Ref } from 'react';
import styles from './field.module.css';
import { FieldMessages, useFieldIds, type FieldTextProps } from './field-parts';
import { visuallyHiddenClassName } from './visually-hidden';

/** Props of {@link Checkbox}. */
export interface CheckboxProps extends FieldTextProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: string;
  /** Keeps the label for screen readers only (e.g. row selection in a table). */
  hideLabel?: boolean;
  /** The mixed state, e.g. "some rows selected"; announced as "mixed". */
  indeterminate?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled checkbox with optional description, error and indeterminate state.
 */
export function Checkbox({ label, hideLabel, indeterminate = false, description, error, id, className, ref, ...rest }: CheckboxProps) {
  const ids = useFieldIds(id, { description, error }, rest['aria-describedby']);
  const inner = useRef<HTMLInputElement | null>(null);
  // `indeterminate` exists only as a DOM property, so it is set after render.
  useEffect(() => {
    if (inner.current) inner.current.indeterminate = indeterminate;
  }, [indeterminate]);
  const setRefs = useCallback(
    (element: HTMLInputElement | null) => {
      inner.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  return (
    <div className={[styles.inline, className].filter(Boolean).join(' ')}>
      <input
        {...rest}
        ref={setRefs}
        type="checkbox"
        id={ids.controlId}
        className={styles.checkbox}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <label htmlFor={ids.controlId} className={hideLabel ? visuallyHiddenClassName : styles.inlineLabel}>
        {label}
      </label>
      <FieldMessages description={description} error={error} ids={ids} />
    </div>
  );
}
