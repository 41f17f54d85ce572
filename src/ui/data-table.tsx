import './app-root.module.css';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import styles from './data-table.module.css';
import { DataTableHeader } from './data-table-header';
import { DataTableRow } from './data-table-row';
import { useRowWindow } from './data-table-window';
import type { DataTableColumn, DataTableColumnWidth, DataTableSelection, DataTableSort } from './data-table-types';

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  /** Accessible name of the grid, e.g. "Seats". */
  label: string;
  /** Keep stable with `useMemo`: rows are memoised against it. */
  columns: readonly DataTableColumn<Row>[];
  /** The loaded rows, already sorted and filtered by the caller. */
  rows: readonly Row[];
  getRowId: (row: Row) => string;
  /** Total rows on the server when known (aria-rowcount); defaults to the loaded count; -1 if unknown. */
  totalRowCount?: number;
  /** Fixed height of every row in px. Defaults to 40. */
  rowHeight?: number;
  /** Height of the scrolling area in px. Defaults to 480. */
  height?: number;
  sort?: DataTableSort | null;
  onSortChange?: (sort: DataTableSort) => void;
  selection?: DataTableSelection<Row>;
  /** Click on a row, or Enter on one of its cells (when the cell holds no input). */
  onRowActivate?: (row: Row, index: number) => void;
  /** Called once each time the user scrolls within `endReachedThreshold` rows of the end (server paging). */
  onEndReached?: () => void;
  endReachedThreshold?: number;
  /** Shown under the header when there are no rows. */
  emptyState?: ReactNode;
  /** Under the grid, e.g. a "Loading more…" spinner. */
  footer?: ReactNode;
  /** Marks the grid busy (aria-busy) while rows are loading. */
  busy?: boolean;
  /** Rows rendered above and below the visible window. */
  overscan?: number;
}

interface Position {
  row: number;
  col: number;
}

/** The cell being edited: its row by index and id (rows may change under it), and the typed character it opened with. */
interface Editing extends Position {
  id: string;
  initial: string | null;
}

/** Where focus goes when an edit ends: a key's direction, back to the cell (Escape), or nowhere (focus left on its own). */
type EditExit = 'down' | 'up' | 'next' | 'previous' | 'stay' | 'none';

const DEFAULT_TRACK = 'minmax(120px, 1fr)';

function track(width: DataTableColumnWidth | undefined): string {
  if (typeof width === 'number') return `${width}px`;
  return width ?? DEFAULT_TRACK;
}

/** The narrowest a column gets, in px: the rows' width is the sum of these. */
function trackMinimum(width: DataTableColumnWidth | undefined): number {
  if (typeof width === 'number') return width;
  return Number.parseFloat((width ?? DEFAULT_TRACK).slice('minmax('.length));
}

const SELECT_COLUMN_WIDTH = 48;
const INTERACTIVE = 'input, select, textarea, button, a[href], label, [contenteditable="true"]';

/**
 * A virtualized data grid (role="grid") for up to hundreds of thousands of rows: fixed-height rows,
 * a sticky header, controlled sort with aria-sort, optional checkbox selection, row activation,
 * server paging through `onEndReached`, an empty-state slot, in-place text editing of columns with
 * `edit` (one input at a time, in the cell being edited), and grid keyboard navigation (arrows,
 * Home/End, Ctrl+Home/End, PageUp/PageDown; Enter activates or edits, F2 or typing edits, Space
 * selects, Escape leaves an input). Only the visible rows (and the one being edited) are in the DOM;
 * rows are memoised and event handlers are delegated, so scrolling creates no closure per row.
 */
export function DataTable<Row>({
  label,
  columns,
  rows,
  getRowId,
  totalRowCount,
  rowHeight = 40,
  height = 480,
  sort,
  onSortChange,
  selection,
  onRowActivate,
  onEndReached,
  endReachedThreshold = 10,
  emptyState,
  footer,
  busy = false,
  overscan = 8,
}: DataTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectable = selection !== undefined;
  const offset = selectable ? 1 : 0;
  const columnCount = columns.length + offset;
  const [active, setActive] = useState<Position>({ row: rows.length > 0 ? 0 : -1, col: 0 });
  const pendingFocus = useRef(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  // The same, updated at once: the blur that follows Enter or Escape must see the edit already ended.
  const editingRef = useRef<Editing | null>(null);
  const editingRow = editing?.row ?? -1;
  const editableGrid = useMemo(() => columns.some((column) => column.edit !== undefined), [columns]);

  const { first, last, scrollToIndex } = useRowWindow({ scrollRef, count: rows.length, rowHeight, height, overscan });
  // The rows rendered: the window, and the row being edited wherever it is, so that its input keeps
  // the user's text and focus when it is scrolled away.
  const renderedRows = useMemo(() => {
    const indexes: number[] = [];
    if (editingRow >= 0 && editingRow < first && editingRow < rows.length) indexes.push(editingRow);
    for (let index = first; index <= last; index++) indexes.push(index);
    if (editingRow > last && editingRow < rows.length) indexes.push(editingRow);
    return indexes;
  }, [first, last, editingRow, rows.length]);

  // Callers often pass inline callbacks; rows must not see a new function each render, so the latest
  // props are kept in a ref and read by stable handlers.
  const latest = useRef({
    rows,
    getRowId,
    selection,
    onRowActivate,
    onSortChange,
    sort,
    onEndReached,
    finishEdit: (_value: string | null, _exit: EditExit) => {},
  });

  const toggleRow = useCallback((index: number) => {
    const { rows: currentRows, getRowId: idOf, selection: currentSelection } = latest.current;
    const row = currentRows[index];
    if (!currentSelection || row === undefined) return;
    const next = new Set(currentSelection.selectedIds);
    const id = idOf(row);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    currentSelection.onSelectionChange(next);
  }, []);

  const selectedCount = useMemo(() => {
    // Nothing selected is the common case: no pass over every row (100,000 in an import preview).
    if (!selection || selection.selectedIds.size === 0) return 0;
    let count = 0;
    for (const row of rows) if (selection.selectedIds.has(getRowId(row))) count += 1;
    return count;
  }, [rows, selection, getRowId]);

  const toggleAll = useCallback(() => {
    const { rows: currentRows, getRowId: idOf, selection: currentSelection } = latest.current;
    if (!currentSelection) return;
    const next = new Set(currentSelection.selectedIds);
    const allSelected = currentRows.every((row) => next.has(idOf(row)));
    for (const row of currentRows) {
      if (allSelected) next.delete(idOf(row));
      else next.add(idOf(row));
    }
    currentSelection.onSelectionChange(next);
  }, []);

  const sortBy = useCallback((columnId: string) => {
    const { sort: currentSort, onSortChange: change } = latest.current;
    if (!change) return;
    const direction = currentSort?.columnId === columnId && currentSort.direction === 'ascending' ? 'descending' : 'ascending';
    change({ columnId, direction });
  }, []);

  const onEditorBlur = useCallback((value: string) => latest.current.finishEdit(value, 'none'), []);

  // Server paging: ask once per growth of the loaded rows.
  const endRequestedAt = useRef(-1);
  const lastRendered = last;
  useEffect(() => {
    if (rows.length < endRequestedAt.current) endRequestedAt.current = -1;
    if (rows.length === 0 || lastRendered < rows.length - 1 - endReachedThreshold) return;
    if (endRequestedAt.current === rows.length) return;
    endRequestedAt.current = rows.length;
    latest.current.onEndReached?.();
  }, [lastRendered, rows.length, endReachedThreshold]);

  // Keep the tab stop on an existing row when the data shrinks (new search, filter).
  const activeRow = Math.min(active.row, rows.length - 1);
  const activeCol = Math.min(active.col, columnCount - 1);
  const activeRowRendered = activeRow === -1 || (activeRow >= first && activeRow <= last) || activeRow === editingRow;
  // If the active row is scrolled out of the DOM, the header keeps the tab stop so Tab still enters the grid.
  const tabStop: Position = activeRowRendered ? { row: activeRow, col: activeCol } : { row: -1, col: activeCol };
  // An edit whose row has gone (rows changed under it) shows no editor.
  const editingRowData = editing ? rows[editing.row] : undefined;
  const editingCell = editing && editingRowData !== undefined && getRowId(editingRowData) === editing.id ? editing : null;

  const cellElement = useCallback((position: Position): HTMLElement | null => {
    return scrollRef.current?.querySelector<HTMLElement>(`[data-row="${position.row}"] [data-col="${position.col}"]`) ?? null;
  }, []);

  useEffect(() => {
    if (!pendingFocus.current) return;
    const element = cellElement({ row: activeRow, col: activeCol });
    if (element) {
      pendingFocus.current = false;
      element.focus();
    }
  });

  const moveTo = (row: number, col: number) => {
    const nextRow = Math.max(-1, Math.min(rows.length - 1, row));
    const nextCol = Math.max(0, Math.min(columnCount - 1, col));
    if (nextRow >= 0) scrollToIndex(nextRow);
    pendingFocus.current = true;
    setActive({ row: nextRow, col: nextCol });
  };

  const columnAt = (col: number) => columns[col - offset];

  /** Opens the editor in a cell of an editable column; false when the cell is not editable. */
  const startEdit = (position: Position, initial: string | null): boolean => {
    const row = rows[position.row];
    if (row === undefined || columnAt(position.col)?.edit === undefined) return false;
    const next: Editing = { ...position, id: getRowId(row), initial };
    editingRef.current = next;
    setEditing(next);
    setActive({ row: position.row, col: position.col });
    return true;
  };

  /** The next (or previous) editable cell in reading order, or null at the end of the grid. */
  const editableCellFrom = (from: Position, step: 1 | -1): Position | null => {
    let { row, col } = from;
    for (;;) {
      col += step;
      if (col < offset || col >= columnCount) {
        row += step;
        if (row < 0 || row >= rows.length) return null;
        col = step === 1 ? offset : columnCount - 1;
      }
      if (columnAt(col)?.edit !== undefined) return { row, col };
    }
  };

  /** Ends the edit: commits `value` when it changed (null drops it), then moves focus as the key asks. */
  const finishEdit = (value: string | null, exit: EditExit) => {
    const current = editingRef.current;
    if (!current) return;
    editingRef.current = null;
    setEditing(null);
    const row = rows[current.row];
    const column = columnAt(current.col);
    if (value !== null && row !== undefined && column?.edit && getRowId(row) === current.id && value !== column.edit.value(row)) {
      column.edit.onCommit(row, value, { rowIndex: current.row, columnId: column.id });
    }
    if (exit === 'none') return;
    const target =
      exit === 'down'
        ? { row: Math.min(current.row + 1, rows.length - 1), col: current.col }
        : exit === 'up'
          ? { row: Math.max(current.row - 1, 0), col: current.col }
          : exit === 'next' || exit === 'previous'
            ? (editableCellFrom(current, exit === 'next' ? 1 : -1) ?? current)
            : current;
    moveTo(target.row, target.col);
  };

  useEffect(() => {
    latest.current = { rows, getRowId, selection, onRowActivate, onSortChange, sort, onEndReached, finishEdit };
  });

  const positionOf = (target: EventTarget): { position: Position; cell: HTMLElement } | null => {
    if (!(target instanceof Element)) return null;
    const cell = target.closest<HTMLElement>('[data-col]');
    const rowElement = cell?.closest<HTMLElement>('[data-row]');
    if (!cell || !rowElement) return null;
    return { position: { row: Number(rowElement.dataset.row), col: Number(cell.dataset.col) }, cell };
  };

  /** Keys in the editor: Enter and Tab commit and move on, Escape drops the change; the rest edit the text. */
  const handleEditorKeyDown = (event: KeyboardEvent<HTMLDivElement>, input: HTMLInputElement) => {
    // Enter also ends a composition (an input method's candidate): that one is the input method's.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') finishEdit(input.value, event.shiftKey ? 'up' : 'down');
    else if (event.key === 'Tab') finishEdit(input.value, event.shiftKey ? 'previous' : 'next');
    else if (event.key === 'Escape') finishEdit(null, 'stay');
    else return;
    event.preventDefault();
    // Escape ends the edit only: a dialog around the grid must not close too.
    event.stopPropagation();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const located = positionOf(event.target);
    if (!located) return;
    const { position, cell } = located;
    if (event.target instanceof HTMLInputElement && event.target.dataset.editor !== undefined) {
      handleEditorKeyDown(event, event.target);
      return;
    }
    // Inside a cell's own control the control owns the keys; Escape hands focus back to the grid.
    if (event.target !== cell) {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        cell.focus();
      }
      return;
    }
    const pageSize = Math.max(1, Math.floor(height / rowHeight) - 1);
    const firstRow = rows.length > 0 ? 0 : -1;
    const column = columnAt(position.col);
    switch (event.key) {
      case 'ArrowRight':
        moveTo(position.row, position.col + 1);
        break;
      case 'ArrowLeft':
        moveTo(position.row, position.col - 1);
        break;
      case 'ArrowDown':
        moveTo(position.row + 1, position.col);
        break;
      case 'ArrowUp':
        moveTo(position.row - 1, position.col);
        break;
      case 'PageDown':
        moveTo(Math.max(position.row, 0) + pageSize, position.col);
        break;
      case 'PageUp':
        moveTo(Math.max(position.row - pageSize, firstRow), position.col);
        break;
      case 'Home':
        moveTo(event.ctrlKey ? firstRow : position.row, 0);
        break;
      case 'End':
        moveTo(event.ctrlKey ? rows.length - 1 : position.row, columnCount - 1);
        break;
      case 'F2':
      case 'Enter': {
        if (position.row === -1) {
          if (event.key === 'Enter' && column?.sortable) sortBy(column.id);
          else return;
          break;
        }
        if (startEdit(position, null)) break;
        const inner = firstControl(cell);
        if (inner) {
          inner.focus();
        } else if (event.key === 'Enter') {
          const row = rows[position.row];
          if (row === undefined || !onRowActivate) return;
          onRowActivate(row, position.row);
        } else return;
        break;
      }
      default:
        if (event.key === ' ' && selectable) {
          if (position.row === -1) toggleAll();
          else toggleRow(position.row);
          break;
        }
        // Typing on an editable cell replaces its value, as in a spreadsheet.
        if (!isCharacter(event) || position.row === -1 || !startEdit(position, event.key)) return;
    }
    event.preventDefault();
  };

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest(INTERACTIVE)) return;
    const located = positionOf(event.target);
    if (!located || located.position.row < 0) return;
    if (startEdit(located.position, null)) return;
    const row = rows[located.position.row];
    if (row !== undefined && onRowActivate) onRowActivate(row, located.position.row);
  };

  // Wherever focus lands (click, Tab, an inner input), the tab stop follows.
  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    const located = positionOf(event.target);
    if (!located) return;
    const { row, col } = located.position;
    if (row !== active.row || col !== active.col) setActive({ row, col });
  };

  const showsEmptyState = rows.length === 0 && Boolean(emptyState);
  const gridStyle = useMemo(() => {
    const tracks = [selectable ? `${SELECT_COLUMN_WIDTH}px` : null, ...columns.map((column) => track(column.width))].filter(Boolean).join(' ');
    const minWidth = (selectable ? SELECT_COLUMN_WIDTH : 0) + columns.reduce((sum, column) => sum + trackMinimum(column.width), 0);
    // Empty with an empty state to show: the grid shrinks to its header, so the state sits just under
    // it and not below a screenful of blank grid.
    const gridHeight = showsEmptyState ? rowHeight + 1 : height;
    // A body row's border is inside its height: text cells centre their line in what is left.
    return {
      height: gridHeight,
      '--pa-grid-columns': tracks,
      '--pa-grid-min-width': `${minWidth}px`,
      '--pa-grid-line-height': `${rowHeight - 1}px`,
    } as CSSProperties;
  }, [columns, selectable, height, rowHeight, showsEmptyState]);

  const selectionLabel = selection?.selectRowLabel;
  const selectedIds = selection?.selectedIds;
  return (
    <div className={styles.wrapper}>
      <div
        ref={scrollRef}
        role="grid"
        aria-label={label}
        aria-rowcount={(totalRowCount ?? rows.length) === -1 ? -1 : (totalRowCount ?? rows.length) + 1}
        aria-colcount={columnCount}
        aria-multiselectable={selectable || undefined}
        aria-readonly={!editableGrid || undefined}
        aria-busy={busy || undefined}
        className={styles.grid}
        style={gridStyle}
        onKeyDown={handleKeyDown}
        onClick={handleClick}
        onFocus={handleFocus}
      >
        <DataTableHeader
          columns={columns}
          height={rowHeight}
          sort={sort}
          onSort={sortBy}
          tabStopColumn={tabStop.row === -1 ? tabStop.col : -1}
          selectAll={
            selection
              ? {
                  checked: rows.length > 0 && selectedCount === rows.length,
                  indeterminate: selectedCount > 0 && selectedCount < rows.length,
                  label: selection.selectAllLabel,
                  onToggle: toggleAll,
                }
              : undefined
          }
        />
        <div role="rowgroup" className={styles.body} style={{ height: rows.length * rowHeight }}>
          {renderedRows.map((index) => {
            const row = rows[index];
            if (row === undefined) return null;
            const edited = editingCell?.row === index ? editingCell : null;
            return (
              <DataTableRow
                key={getRowId(row)}
                row={row}
                index={index}
                start={index * rowHeight}
                height={rowHeight}
                columns={columns}
                tabStopColumn={tabStop.row === index ? tabStop.col : -1}
                editingColumn={edited ? edited.col : -1}
                editingInitial={edited ? edited.initial : null}
                editableGrid={editableGrid}
                selected={selectedIds ? selectedIds.has(getRowId(row)) : undefined}
                selectLabel={selectionLabel ? selectionLabel(row) : undefined}
                activatable={onRowActivate !== undefined}
                onToggleRow={toggleRow}
                onEditorBlur={onEditorBlur}
              />
            );
          })}
        </div>
      </div>
      {showsEmptyState ? <div className={styles.empty}>{emptyState}</div> : null}
      {footer}
    </div>
  );
}

/** The first control inside a cell, whatever its tabIndex (editable cells use -1 to stay out of the Tab order). */
function firstControl(cell: HTMLElement): HTMLElement | null {
  return cell.querySelector<HTMLElement>('input, select, textarea, button, a[href], [contenteditable="true"]');
}

/** A key that types one character (a letter, digit, symbol or emoji), not a shortcut. */
function isCharacter(event: KeyboardEvent<HTMLElement>): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && [...event.key].length === 1;
}
