import { useLayoutEffect, useRef } from 'react';
import styles from './data-table.module.css';

interface DataTableEditorProps {
  /** The text the input opens with. */
  initial: string;
  label: string;
  invalid: boolean;
  /** Focus left the input (a click elsewhere): its text is committed. One function for every row. */
  onBlur: (value: string) => void;
}

/**
 * The one input of a {@link DataTable} at a time, in the cell being edited. It takes focus on mount
 * with the caret after its text; Enter, Tab and Escape are handled by the grid, which knows where to
 * go next.
 */
export function DataTableEditor({ initial, label, invalid, onBlur }: DataTableEditorProps) {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);
  return (
    <input
      ref={ref}
      data-editor=""
      className={styles.editor}
      tabIndex={-1}
      aria-label={label}
      aria-invalid={invalid || undefined}
      defaultValue={initial}
      spellCheck={false}
      autoComplete="off"
      onBlur={(event) => onBlur(event.currentTarget.value)}
    />
  );
}
