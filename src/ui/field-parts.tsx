import { useId } from 'react';
import styles from './field.module.css';
import { ErrorIcon } from './icons';
import { visuallyHiddenClassName as visuallyHidden } from './visually-hidden';

/** Text around a form control: optional help and a located error. */
export interface FieldTextProps {
  /** Help shown under the label, linked with aria-describedby. */
  description?: string;
  /** The error for this field; sets aria-invalid and is linked with aria-describedby. */
  error?: string;
}

/** Ids that tie a control to its label, description and error. */
export interface FieldIds {
  controlId: string;
  descriptionId: string | undefined;
  errorId: string | undefined;
  /** The value for the control's aria-describedby (error first: it matters most). */
  describedBy: string | undefined;
}

/** Builds the ids of one field; `id` lets the caller keep a known id on the control. */
export function useFieldIds(id: string | undefined, text: FieldTextProps, extraDescribedBy?: string): FieldIds {
  const generated = useId();
  const controlId = id ?? `${generated}-control`;
  const descriptionId = text.description ? `${controlId}-description` : undefined;
  const errorId = text.error ? `${controlId}-error` : undefined;
  const describedBy = [errorId, descriptionId, extraDescribedBy].filter(Boolean).join(' ') || undefined;
  return { controlId, descriptionId, errorId, describedBy };
}

/** The description and error lines of a field. */
export function FieldMessages({ description, error, ids }: FieldTextProps & { ids: FieldIds }) {
  return (
    <>
      {description ? (
        <span id={ids.descriptionId} className={styles.description}>
          {description}
        </span>
      ) : null}
      {error ? (
        <span id={ids.errorId} className={styles.error}>
          <ErrorIcon />
          <span>{error}</span>
        </span>
      ) : null}
    </>
  );
}

/** A field's label, with a required marker that screen readers skip (the control says "required"). */
export function FieldLabel({ htmlFor, label, required, hidden }: { htmlFor: string; label: string; required?: boolean; hidden?: boolean }) {
  return (
    <label htmlFor={htmlFor} className={hidden ? visuallyHidden : styles.label}>
      {label}
      {required && !hidden ? (
        <span className={styles.required} aria-hidden="true">
          *
        </span>
      ) : null}
    </label>
  );
}
