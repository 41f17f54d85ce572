import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellIssue, PreviewModel, PreviewRow } from '../../../import';
import { DataTable, type DataTableColumn, type DataTableSelection } from '../../../ui';
import styles from './configuration.module.css';

/** Rows rendered above and below the visible ones. */
const PREVIEW_OVERSCAN_ROWS = 3;

/** Props of {@link PreviewTable}. */
export interface PreviewTableProps {
  readonly model: PreviewModel;
  /** `model.version`, read by the caller with useSyncExternalStore: the table re-renders on each change. */
  readonly version: number;
  /** Row ids to show, in order (all, or only rows with errors). */
  readonly rowIds: readonly number[];
  readonly label: string;
  readonly selectedIds: ReadonlySet<string>;
  readonly onSelectionChange: (ids: Set<string>) => void;
  readonly emptyState?: string;
}

/**
 * Reads rows of one model version, each built once for all the cells of its row. `_version` is the
 * model's change counter: a new version is a new reader, so the cells show the new contents.
 */
function rowReader(model: PreviewModel, _version: number): (id: number) => PreviewRow | undefined {
  const rows = new Map<number, PreviewRow | undefined>();
  return (id) => {
    if (!rows.has(id)) rows.set(id, model.row(id));
    return rows.get(id);
  };
}

/** One editable cell: the user's value; typing changes a draft, Enter or leaving the cell commits it. */
function EditableCell({ value, label, invalid, onCommit }: { value: string; label: string; invalid: boolean; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  // The draft is also kept in a ref: Escape drops it, and the blur that follows must see that at once.
  const draftRef = useRef<string | null>(null);
  const update = (next: string | null) => {
    draftRef.current = next;
    setDraft(next);
  };
  const commit = () => {
    const pending = draftRef.current;
    update(null);
    if (pending !== null && pending !== value) onCommit(pending);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
      event.currentTarget.closest<HTMLElement>('[role="gridcell"]')?.focus();
    } else if (event.key === 'Escape') {
      update(null);
    }
  };
  return (
    <input
      className={invalid ? `${styles.cellInput} ${styles.cellInvalid}` : styles.cellInput}
      tabIndex={-1}
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={draft ?? value}
      spellCheck={false}
      autoComplete="off"
      onChange={(event) => update(event.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}

function StatusCell({ row, okLabel, describe }: { row: PreviewRow; okLabel: string; describe: (issue: CellIssue) => string }) {
  if (row.issues.length === 0) {
    return (
      <span className={styles.statusOk}>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width={16} height={16} fill="currentColor">
          <path d="M6.2 11.6 2.6 8l1.1-1.1 2.5 2.5 6.1-6.1L13.4 4.4z" />
        </svg>
        {okLabel}
      </span>
    );
  }
  const text = row.issues.map(describe).join('; ');
  return (
    <span className={styles.statusError} title={text}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width={16} height={16} fill="currentColor">
        <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1m-.8 3v5h1.6V4zm0 6.5V12h1.6v-1.5z" />
      </svg>
      <span className={styles.statusText}>{text}</span>
    </span>
  );
}

/**
 * The rows of an upload in a virtualized grid: the user's row number, a status (icon and messages),
 * then the template's columns, each cell editable in place (click it, or Enter or F2 on it) and
 * checked again through the model. Only the visible rows are rendered; the columns are rebuilt on
 * each model version, so only those rows re-render, and no row is copied.
 */
export function PreviewTable({ model, version, rowIds, label, selectedIds, onSelectionChange, emptyState }: PreviewTableProps) {
  const { t } = useTranslation('bulk');
  const describe = useMemo(() => (issue: CellIssue) => `${issue.column}: ${t(`import:${issue.messageKey}`, { ...issue.params })}`, [t]);

  const columns = useMemo<DataTableColumn<number>[]>(() => {
    const rowOf = rowReader(model, version);
    const headers = model.userHeaders;
    const issueOf = (row: PreviewRow, index: number) => row.issues.find((issue) => issue.column === headers[index]);
    return [
      { id: 'row', header: t('configuration.preview.rowColumn'), width: 72, align: 'end', cell: (id) => rowOf(id)?.rowNumber ?? '' },
      {
        id: 'status',
        header: t('configuration.preview.statusColumn'),
        width: 'minmax(220px, 2fr)',
        cell: (id) => {
          const row = rowOf(id);
          return row ? <StatusCell row={row} okLabel={t('configuration.preview.statusOk')} describe={describe} /> : null;
        },
      },
      ...model.columns.map(
        (column, index): DataTableColumn<number> => ({
          id: column.key,
          header: column.header,
          width: column.key === 'email' ? 'minmax(220px, 2fr)' : 'minmax(140px, 1fr)',
          cell: (id) => {
            const row = rowOf(id);
            if (!row) return null;
            const issue = issueOf(row, index);
            const cellLabel = issue
              ? t('configuration.preview.cellLabelInvalid', { column: column.header, row: row.rowNumber, message: t(`import:${issue.messageKey}`, { ...issue.params }) })
              : t('configuration.preview.cellLabel', { column: column.header, row: row.rowNumber });
            return <EditableCell value={row.raw[index] ?? ''} label={cellLabel} invalid={issue !== undefined} onCommit={(value) => model.editCell(id, index, value)} />;
          },
        }),
      ),
    ];
  }, [model, version, t, describe]);

  const selection = useMemo<DataTableSelection<number>>(
    () => ({
      selectedIds,
      onSelectionChange,
      selectAllLabel: t('configuration.preview.selectAll'),
      selectRowLabel: (id) => t('configuration.preview.selectRow', { row: model.row(id)?.rowNumber ?? '' }),
    }),
    [selectedIds, onSelectionChange, t, model],
  );

  return (
    <DataTable
      label={label}
      columns={columns}
      rows={rowIds}
      getRowId={String}
      selection={selection}
      height={440}
      // Every cell holds an input: each row rendered costs a few ms on the main thread, and a wheel
      // step brings a whole new window, so only a few rows are rendered beyond the visible ones.
      overscan={PREVIEW_OVERSCAN_ROWS}
      emptyState={emptyState ? <p className={styles.emptyFilter}>{emptyState}</p> : undefined}
    />
  );
}
