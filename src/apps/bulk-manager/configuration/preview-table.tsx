import { useId, useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateColumn } from '../../../contract';
import { visiblePieces, type CellIssue, type PreviewModel, type PreviewRow } from '../../../import';
import {
  DataTable,
  Portal,
  VisuallyHidden,
  type DataTableColumn,
  type DataTableColumnWidth,
  type DataTableEditOption,
  type DataTableSelection,
} from '../../../ui';
import { useSeatNames } from '../shared/use-seat-names';
import { useIssueMessage } from './issue-message';
import styles from './configuration.module.css';

/**
 * Rows rendered above and below the visible ones: 3 (120 px) cover a wheel notch (100 px), so a small
 * scroll shows no row before it is rendered; each row more costs at every jump to a new window.
 */
const PREVIEW_OVERSCAN_ROWS = 3;

/** Columns wider than the others: emails, and roles, whose names are long in French and Spanish (Administrateur). */
const columnWidths: Readonly<Record<string, DataTableColumnWidth>> = { email: 'minmax(220px, 2fr)', role: 'minmax(160px, 1fr)' };

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
  /** The account's spare numbers, offered when a Direct Number is edited (undefined while unknown). */
  readonly spareNumbers?: readonly DataTableEditOption[];
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

const errorIcon = (
  <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width={16} height={16} fill="currentColor">
    <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1m-.8 3v5h1.6V4zm0 6.5V12h1.6v-1.5z" />
  </svg>
);

/** An invalid value: marked by an icon and a border, its message in a tooltip and, for screen readers, in the cell's text. */
function InvalidValue({ value, message, spoken }: { value: string; message: string; spoken: string }) {
  return (
    <span className={styles.invalidValue} title={message}>
      {errorIcon}
      <span className={styles.cellText}>
        {visiblePieces(value).map((piece, at) =>
          'hidden' in piece ? (
            <span key={at} className={styles.hiddenCharacter}>
              {piece.hidden}
            </span>
          ) : (
            piece.text
          ),
        )}
      </span>{' '}
      <VisuallyHidden>{spoken}</VisuallyHidden>
    </span>
  );
}

/** Where a popup goes: under its button, fixed to the viewport (rows clip their cells). */
function popupPlace(button: HTMLElement | null): CSSProperties {
  const box = button?.getBoundingClientRect();
  return box ? { top: box.bottom + 2, left: box.left } : {};
}

interface StatusCellProps {
  row: PreviewRow;
  okLabel: string;
  countLabel: string;
  listLabel: string;
  describe: (issue: CellIssue) => string;
}

/**
 * A row's status: OK, or how many errors it has and the first of them (cut by the column). Every
 * message is in the cell's text for screen readers, and the count is a button (Enter on the cell
 * reaches it) that opens the whole list under it; Escape or leaving it closes the list.
 */
function StatusCell({ row, okLabel, countLabel, listLabel, describe }: StatusCellProps) {
  const listId = useId();
  const [place, setPlace] = useState<CSSProperties | null>(null);
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
  const texts = row.issues.map(describe);
  return (
    <span className={styles.statusError}>
      <button
        type="button"
        tabIndex={-1}
        className={styles.statusButton}
        aria-expanded={place !== null}
        aria-controls={place ? listId : undefined}
        onClick={(event) => setPlace(place ? null : popupPlace(event.currentTarget))}
        onBlur={() => setPlace(null)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !place) return;
          // Closes the list only; the next Escape hands focus back to the cell.
          event.preventDefault();
          event.stopPropagation();
          setPlace(null);
        }}
      >
        {errorIcon}
        <span className={styles.statusCount}>{countLabel}</span>
      </button>
      <span className={styles.statusText} aria-hidden="true">
        {texts[0]}
      </span>
      <VisuallyHidden>{texts.join(' ')}</VisuallyHidden>
      {place ? (
        <Portal>
          <ul id={listId} aria-label={listLabel} className={styles.statusList} style={place}>
            {texts.map((text, at) => (
              <li key={at}>{text}</li>
            ))}
          </ul>
        </Portal>
      ) : null}
    </span>
  );
}

/**
 * A template column's header: its name in the user's language and, where the file names it otherwise,
 * the file's own header under it (the errors and summary files keep the file's headers). The name
 * alone is the header's accessible name, so the grid's columns are announced as the app names them;
 * a name or header cut by the column is whole in the tooltip.
 */
function ColumnHeader({ name, fileHeader, fileHeaderTitle }: { name: string; fileHeader: string; fileHeaderTitle: string }) {
  const differs = fileHeader !== '' && fileHeader !== name;
  return (
    <span className={styles.columnHeader} title={differs ? `${name}\n${fileHeaderTitle}` : name}>
      <span className={styles.columnName}>{name}</span>
      {differs ? (
        <span className={styles.fileHeader} aria-hidden="true">
          {fileHeader}
        </span>
      ) : null}
    </span>
  );
}

/**
 * The rows of an upload in a virtualized grid: the user's row number, a status (icon and messages),
 * then the template's columns. Cells are text; the grid opens an input in the one cell being edited
 * (click it, press Enter or F2, or type on it), and the model checks the row again on commit. Only
 * the visible rows are rendered; the columns are rebuilt on each model version, so only those rows
 * re-render, and no row is copied.
 */
export function PreviewTable({ model, version, rowIds, label, selectedIds, onSelectionChange, emptyState, spareNumbers }: PreviewTableProps) {
  const { t } = useTranslation('bulk');
  const names = useSeatNames();
  const issueMessage = useIssueMessage();

  // One reader per model version, shared by the cells and the row checkboxes' names.
  const rowOf = useMemo(() => rowReader(model, version), [model, version]);

  const columns = useMemo<DataTableColumn<number>[]>(() => {
    const headers = model.userHeaders;
    // Issues are located by the file's header; messages name columns as the app does.
    const columnOf = (issue: CellIssue) => model.columns[headers.indexOf(issue.column)];
    const message = (issue: CellIssue) => issueMessage(columnOf(issue), issue.messageKey, issue.params, model.columns);
    const describe = (issue: CellIssue) => {
      const column = columnOf(issue);
      return t('configuration.preview.issue', { column: column ? names.column(column) : issue.column, message: message(issue) });
    };
    const ownedValueText = (key: string, canonical: string, raw: string) => {
      const shown = names.value(key, canonical);
      return shown === canonical ? raw : shown;
    };
    const issueOf = (id: number, index: number) => rowOf(id)?.issues.find((issue) => issue.column === headers[index]);
    // A choice column offers its allowed values (the descriptor's, the account's own); Direct Number the spare numbers.
    const choices = new Map(
      model.columns.map((column) => [
        column.key,
        column.rule.type === 'choice' ? column.rule.values.map((value) => ({ value, label: names.value(column.key, value) })) : undefined,
      ]),
    );
    const optionsOf = (column: TemplateColumn): readonly DataTableEditOption[] | undefined =>
      column.key === 'directNumber' && spareNumbers && spareNumbers.length > 0 ? spareNumbers : choices.get(column.key);
    return [
      { id: 'row', header: t('configuration.preview.rowColumn'), width: 72, align: 'end', cell: (id) => rowOf(id)?.rowNumber ?? '' },
      {
        id: 'status',
        header: t('configuration.preview.statusColumn'),
        width: 'minmax(220px, 2fr)',
        cell: (id) => {
          const row = rowOf(id);
          return row ? (
            <StatusCell
              row={row}
              okLabel={t('configuration.preview.statusOk')}
              countLabel={t('configuration.preview.statusCount', { count: row.issues.length })}
              listLabel={t('configuration.preview.statusList', { row: row.rowNumber })}
              describe={describe}
            />
          ) : null;
        },
      },
      ...model.columns.map((column, index): DataTableColumn<number> => ({
        id: column.key,
        header: (
          <ColumnHeader
            name={names.column(column)}
            fileHeader={headers[index] ?? ''}
            fileHeaderTitle={t('configuration.preview.fileHeader', { header: headers[index] ?? '' })}
          />
        ),
        width: columnWidths[column.key] ?? 'minmax(140px, 1fr)',
        cell: (id) => {
          const row = rowOf(id);
          const value = row?.raw[index] ?? '';
          const issue = issueOf(id, index);
          // Plain text: the grid lays it out as one line, the cheapest cell there is. A value the app
          // owns (Role, Address Book) reads in the user's language; the file's text is kept to edit.
          if (!issue) return value === '' ? value : ownedValueText(column.key, row?.values[index] ?? '', value);
          const text = message(issue);
          return <InvalidValue value={value} message={text} spoken={t('configuration.preview.cellError', { message: text })} />;
        },
        edit: {
          value: (id) => rowOf(id)?.raw[index] ?? '',
          label: (id) => t('configuration.preview.cellLabel', { column: names.column(column), row: rowOf(id)?.rowNumber ?? '' }),
          invalid: (id) => issueOf(id, index) !== undefined,
          messages: (id) =>
            rowOf(id)
              ?.issues.filter((issue) => issue.column === headers[index])
              .map(message) ?? [],
          options: () => optionsOf(column),
          onCommit: (id, value) => model.editCell(id, index, value),
        },
      })),
    ];
  }, [model, rowOf, t, spareNumbers, names, issueMessage]);

  const selection = useMemo<DataTableSelection<number>>(
    () => ({
      selectedIds,
      onSelectionChange,
      selectAllLabel: t('configuration.preview.selectAll'),
      selectRowLabel: (id) => t('configuration.preview.selectRow', { row: rowOf(id)?.rowNumber ?? '' }),
    }),
    [selectedIds, onSelectionChange, t, rowOf],
  );

  return (
    <DataTable
      label={label}
      columns={columns}
      rows={rowIds}
      getRowId={String}
      selection={selection}
      height={440}
      overscan={PREVIEW_OVERSCAN_ROWS}
      emptyState={emptyState ? <p className={styles.emptyFilter}>{emptyState}</p> : undefined}
    />
  );
}
