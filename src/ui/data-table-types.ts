import type { ReactNode } from 'react';

/** Where a cell renderer is called: lets it build ids or labels for inputs in editable cells. */
export interface DataTableCellContext {
  /** 0-based index of the row in `rows`. */
  rowIndex: number;
  columnId: string;
}

/**
 * In-place text editing of a column's cells. The cell shows `cell`'s content; only the cell being
 * edited holds an input, so a screen of rows costs text, not form controls. Editing starts with a
 * click, Enter or F2 (the current value) or by typing a character (which replaces it); Enter commits
 * and moves down (Shift+Enter up), Tab commits and moves to the next editable cell (Shift+Tab the
 * previous one), Escape drops the change, and leaving the input commits it.
 */
export interface DataTableCellEdit<Row> {
  /** The text the editor opens with. */
  value: (row: Row) => string;
  /** Accessible name of the editor, e.g. "Email, row 3": a column name alone does not say which row. */
  label: (row: Row, context: DataTableCellContext) => string;
  /** Marks the cell and its editor invalid (aria-invalid); the cell's content should say why. */
  invalid?: (row: Row) => boolean;
  /** Called with the edited text when it differs from `value`. */
  onCommit: (row: Row, value: string, context: DataTableCellContext) => void;
  /** The cell's messages (why its value is refused), shown under the editor and tied to it by aria-describedby. */
  messages?: (row: Row) => readonly string[];
  /** Values to offer in a list that typing filters (the editor becomes a combobox); other text is still accepted. */
  options?: (row: Row) => readonly DataTableEditOption[] | undefined;
}

/** A value offered by a cell's editor: `value` is what is committed, `label` what the list shows. */
export interface DataTableEditOption {
  value: string;
  label: string;
}

/**
 * A column of {@link DataTable}. Keep the array stable (`useMemo`) so memoised rows do not re-render.
 * Prefer `edit` for editable text. A cell may also render its own control: give it `tabIndex={-1}`;
 * Enter or F2 on the cell moves focus into it and Escape moves focus back to the cell.
 */
export interface DataTableColumn<Row> {
  id: string;
  /** Header content, usually translated text. */
  header: ReactNode;
  cell: (row: Row, context: DataTableCellContext) => ReactNode;
  /** Makes the column's cells editable as text, with one input at a time. */
  edit?: DataTableCellEdit<Row>;
  /**
   * A CSS grid track: pixels as a number, or `minmax(<px>, <max>)` such as `minmax(160px, 2fr)`.
   * Defaults to `minmax(120px, 1fr)`. The minimum is in pixels so the grid can size its rows to the
   * sum of the columns' minimums: rows are painted on their own and show nothing past their width.
   */
  width?: DataTableColumnWidth;
  /** Shows a sort button in the header; the caller sorts (or asks the server to). */
  sortable?: boolean;
  align?: 'start' | 'end' | 'center';
}

/** Width of a {@link DataTableColumn}: pixels, or a track whose minimum is in pixels. */
export type DataTableColumnWidth = number | `minmax(${number}px, ${string})`;

/** The caller-owned sort of a {@link DataTable}. */
export interface DataTableSort {
  columnId: string;
  direction: 'ascending' | 'descending';
}

/** Optional row selection with a checkbox column. */
export interface DataTableSelection<Row> {
  selectedIds: ReadonlySet<string>;
  onSelectionChange: (selectedIds: Set<string>) => void;
  /** Name of the header checkbox, e.g. "Select all rows". It selects every loaded row. */
  selectAllLabel: string;
  /** Name of a row's checkbox, e.g. "Select Ada Lovelace". */
  selectRowLabel: (row: Row) => string;
}
