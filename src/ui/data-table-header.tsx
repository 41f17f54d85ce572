import { Checkbox } from './checkbox';
import styles from './data-table.module.css';
import { alignClass } from './data-table-row';
import type { DataTableColumn, DataTableSort } from './data-table-types';
import { SortIcon } from './icons';

interface DataTableHeaderProps<Row> {
  columns: readonly DataTableColumn<Row>[];
  height: number;
  sort: DataTableSort | null | undefined;
  onSort: (columnId: string) => void;
  /** Column index holding the tab stop in the header, or -1. */
  tabStopColumn: number;
  /** `undefined` when the table has no selection. */
  selectAll: { checked: boolean; indeterminate: boolean; label: string; onToggle: () => void } | undefined;
}

/** The sticky header row: select-all checkbox and sortable column headers with aria-sort. */
export function DataTableHeader<Row>({ columns, height, sort, onSort, tabStopColumn, selectAll }: DataTableHeaderProps<Row>) {
  const offset = selectAll ? 1 : 0;
  return (
    <div role="rowgroup" className={styles.head}>
      <div role="row" aria-rowindex={1} data-row={-1} className={styles.row} style={{ height }}>
        {selectAll ? (
          <div role="columnheader" aria-colindex={1} data-col={0} tabIndex={tabStopColumn === 0 ? 0 : -1} className={`${styles.cell} ${styles.selectCell}`}>
            <Checkbox
              label={selectAll.label}
              hideLabel
              checked={selectAll.checked}
              indeterminate={selectAll.indeterminate}
              tabIndex={-1}
              onChange={selectAll.onToggle}
            />
          </div>
        ) : null}
        {columns.map((column, columnIndex) => {
          const col = columnIndex + offset;
          const direction = sort?.columnId === column.id ? sort.direction : 'none';
          return (
            <div
              key={column.id}
              role="columnheader"
              aria-colindex={col + 1}
              aria-sort={column.sortable ? direction : undefined}
              data-col={col}
              tabIndex={tabStopColumn === col ? 0 : -1}
              className={`${alignClass(column.align)} ${styles.headerCell}`}
            >
              {column.sortable ? (
                // tabIndex -1: the grid has one tab stop; Enter on the focused header cell sorts.
                <button type="button" tabIndex={-1} className={styles.sortButton} onClick={() => onSort(column.id)}>
                  {column.header}
                  <SortIcon direction={direction} />
                </button>
              ) : (
                column.header
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
