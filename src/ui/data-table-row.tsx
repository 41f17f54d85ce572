import { memo, type ReactNode } from 'react';
import styles from './data-table.module.css';
import { DataTableEditor } from './data-table-editor';
import type { DataTableColumn } from './data-table-types';
import fieldStyles from './field.module.css';

/** Class of a cell for its alignment. */
export function alignClass(align: 'start' | 'end' | 'center' | undefined): string {
  if (align === 'end') return `${styles.cell} ${styles.end}`;
  if (align === 'center') return `${styles.cell} ${styles.center}`;
  return styles.cell;
}

interface DataTableRowProps<Row> {
  row: Row;
  index: number;
  /** Offset from the top of the body, from the virtualizer. */
  start: number;
  height: number;
  columns: readonly DataTableColumn<Row>[];
  /** Column index holding the tab stop in this row, or -1 (only one row has it, so moving it re-renders two rows). */
  tabStopColumn: number;
  /** Column index of the cell being edited in this row, or -1. */
  editingColumn: number;
  /** Text the editor opens with instead of the cell's value (the character typed to start editing), or null. */
  editingInitial: string | null;
  /** True when some column is editable: the cells of the other columns are then marked read-only (not the checkbox, which works). */
  editableGrid: boolean;
  /** `undefined` when the table has no selection. */
  selected: boolean | undefined;
  selectLabel: string | undefined;
  activatable: boolean;
  /** Stable across renders: one function for all rows, never a closure per row. */
  onToggleRow: (index: number) => void;
  /** Stable across renders: the editor lost focus. */
  onEditorBlur: (value: string) => void;
}

function DataTableRowInner<Row>({
  row,
  index,
  start,
  height,
  columns,
  tabStopColumn,
  editingColumn,
  editingInitial,
  editableGrid,
  selected,
  selectLabel,
  activatable,
  onToggleRow,
  onEditorBlur,
}: DataTableRowProps<Row>) {
  const selectable = selected !== undefined;
  const offset = selectable ? 1 : 0;
  const cells: ReactNode[] = [];
  if (selectable) {
    cells.push(
      <div
        key="__select"
        role="gridcell"
        aria-colindex={1}
        data-col={0}
        tabIndex={tabStopColumn === 0 ? 0 : -1}
        className={`${styles.cell} ${styles.selectCell}`}
      >
        {/* A bare input named by aria-label: Checkbox's wrapper, label and hooks cost every new row at every scroll step. */}
        <input type="checkbox" aria-label={selectLabel} className={fieldStyles.checkbox} checked={selected} tabIndex={-1} onChange={() => onToggleRow(index)} />
      </div>,
    );
  }
  columns.forEach((column, columnIndex) => {
    const col = columnIndex + offset;
    const { edit } = column;
    const context = { rowIndex: index, columnId: column.id };
    const invalid = edit?.invalid?.(row) === true;
    const content =
      edit && editingColumn === col ? (
        <DataTableEditor
          initial={editingInitial ?? edit.value(row)}
          label={edit.label(row, context)}
          invalid={invalid}
          messages={edit.messages?.(row)}
          options={edit.options?.(row)}
          onBlur={onEditorBlur}
        />
      ) : (
        column.cell(row, context)
      );
    let className = alignClass(column.align);
    if (edit) className += ` ${styles.editable}`;
    if (typeof content === 'string' || typeof content === 'number') className += ` ${styles.textCell}`;
    cells.push(
      <div
        key={column.id}
        role="gridcell"
        aria-colindex={col + 1}
        aria-invalid={invalid || undefined}
        aria-readonly={(editableGrid && edit === undefined) || undefined}
        data-col={col}
        tabIndex={tabStopColumn === col ? 0 : -1}
        className={className}
      >
        {content}
      </div>,
    );
  });
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-row={index}
      className={[styles.row, styles.bodyRow, activatable ? styles.activatable : undefined].filter(Boolean).join(' ')}
      style={{ height, transform: `translateY(${start}px)` }}
    >
      {cells}
    </div>
  );
}

/** One body row, memoised: scrolling re-renders only rows whose props changed. */
export const DataTableRow = memo(DataTableRowInner) as typeof DataTableRowInner;
