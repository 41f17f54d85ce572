import type { ReactNode } from 'react';

/** Where a cell renderer is called: lets it build ids or labels for inputs in editable cells. */
export interface DataTableCellContext {
  /** 0-based index of the row in `rows`. */
  rowIndex: number;
  columnId: string;
}

/**
 * A column of {@link DataTable}. Keep the array stable (`useMemo`) so memoised rows do not re-render.
 * A cell may render an input (editable cell): give it `tabIndex={-1}`; Enter or F2 on the cell moves
 * focus into it and Escape moves focus back to the cell.
 */
export interface DataTableColumn<Row> {
  id: string;
  /** Header content, usually translated text. */
  header: ReactNode;
  cell: (row: Row, context: DataTableCellContext) => ReactNode;
  /** A CSS grid track: pixels as a number, or a string such as `minmax(160px, 2fr)`. Defaults to `minmax(120px, 1fr)`. */
  width?: number | string;
  /** Shows a sort button in the header; the caller sorts (or asks the server to). */
  sortable?: boolean;
  align?: 'start' | 'end' | 'center';
}

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
