import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateSeats, type ApiError } from '../../../api';
import { useApiClient } from '../../../data/use-api';
import { writeErrorsCsv, type PreviewChangeKind, type SeatValidator } from '../../../import';
import { Button, Checkbox, VisuallyHidden, saveFile, useFileDropGuard } from '../../../ui';
import type { BulkJobRunner } from '../bulk-job/bulk-job-runner';
import { seatFromValues, type JobRow } from '../bulk-job/job-model';
import type { PreviewDraft } from './preview-draft';
import { PreviewTable } from './preview-table';
import { useSpareNumbers } from '../shared/use-spare-numbers';
import { baseName } from '../shared/base-name';
import { ignoredColumns } from './columns-step';
import { ValueMapping } from './value-mapping';
import { ErrorSummary, FillEmptyDialog, FindReplaceDialog, RemoveErrorsDialog, isGroup, useGroupLabel, type RowFilter } from './preview-fixes';
import styles from './configuration.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

type CreateState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'blocked'; invalid: number }
  | { kind: 'no-rows' }
  | { kind: 'check-failed'; error: ApiError }
  | { kind: 'failed'; error: ApiError };

/** A failed account check, carrying the API's error so the message can name its kind. */
class AccountCheckError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'AccountCheckError';
  }
}

/** A bulk-fix dialog open over the preview. */
type FixDialog = 'replace' | 'fill' | 'remove' | null;

/** What the preview says about rows removed with their errors, with the errors file of what was removed. */
interface Removed {
  readonly count: number;
  readonly errorsFile: string;
}

/** True when a key is typed into a text control, whose own undo must keep working. */
const inTextControl = (target: EventTarget): boolean =>
  target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/** Props of {@link PreviewPanel}. */
export interface PreviewPanelProps {
  readonly draft: PreviewDraft;
  readonly runner: BulkJobRunner;
  /** The job started: the draft's rows are now the job's. */
  readonly onStarted: () => void;
  /** Asked once on mount: true when the heading should take focus (right after an upload). */
  readonly takeFocus?: () => boolean;
  /** Opens the Columns step of the file again. */
  readonly onReviewColumns?: () => void;
  /** Shows another preview of the same file: the one before or after a change of columns (undo, redo). */
  readonly onSwitchDraft?: (draft: PreviewDraft, change: 'undone' | 'redone') => void;
}

/**
 * The preview of an upload: counts, "No errors found" or how many rows have errors, the editable
 * grid with a filter, add and delete, and Create. While rows have errors, Create says how many to
 * fix and does nothing, and the errors file is offered beside the count. Create checks edited rows
 * against the account first; an error found then creates nothing and offers the file too. A failure of the
 * server is told apart from validation errors, and the rows stay.
 */
export function PreviewPanel({ draft, runner, onStarted, takeFocus, onReviewColumns, onSwitchDraft }: PreviewPanelProps) {
  const { t } = useTranslation('bulk');
  const spareNumbers = useSpareNumbers().options;
  const client = useApiClient();
  const { model, fileName, notices } = draft;
  const subscribe = useCallback((listener: () => void) => model.subscribe(listener), [model]);
  const version = useSyncExternalStore(subscribe, () => model.version);
  const [filter, setFilter] = useState<RowFilter>('all');
  const [dialog, setDialog] = useState<FixDialog>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const removedRef = useRef<HTMLParagraphElement>(null);
  // Set as the removal is confirmed: focus then goes to the line that says what was removed, not back to the opener.
  const removing = useRef(false);
  const tableRef = useRef<HTMLDivElement>(null);
  const groupLabel = useGroupLabel(model);
  // A file dropped on the page while the preview is open must not make the browser leave it.
  useFileDropGuard(true);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const [create, setCreate] = useState<CreateState>({ kind: 'idle' });
  const headingId = useId();
  const alertRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus?.() !== true) return;
    // In the next frame: focusing forces a layout of the new grid, which then belongs to the frame's
    // own rendering instead of lengthening the task that mounted 100,000 rows.
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [takeFocus]);
  const counts = model.counts;
  // Nothing is created while a row has an error: the action says what to do instead, and the errors
  // file is offered at once, beside the count, not only after a Create that could not work.
  const blockedByErrors = counts.invalid > 0;

  // Rows are listed again when the filter changes or rows come and go, not on every edit: a row fixed
  // under "Only rows with errors" stays in view, now marked OK, instead of jumping away under the cursor.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- counts.total is the cache key: rows are listed again when rows come and go
  const rowIds = useMemo(() => model.rowIds(filter), [model, filter, counts.total]);
  const groupFilter = typeof filter === 'object' ? (model.errorGroups().find((group) => isGroup(filter, group)) ?? { ...filter, params: {}, rows: 0 }) : null;
  const working = model.working;
  const canRedoColumns = draft.next !== undefined && draft.next.atVersion === model.version;
  const canUndo = !working && (model.undoKind !== null || draft.previous !== undefined);
  const canRedo = !working && (model.redoKind !== null || canRedoColumns);
  const kindText = (kind: PreviewChangeKind | 'columns' | null) => (kind === null ? '' : t(`configuration.fixes.kinds.${kind}`));
  const undoWhat = model.undoKind ?? (draft.previous !== undefined ? 'columns' : null);
  const redoWhat = model.redoKind ?? (canRedoColumns ? 'columns' : null);

  const undo = async () => {
    if (!canUndo) return;
    if (model.undoKind === null && draft.previous !== undefined) {
      // Back to the preview before the change of columns; this one stays reachable by Redo.
      onSwitchDraft?.({ ...draft.previous, next: { draft, atVersion: draft.previous.model.version } }, 'undone');
      return;
    }
    const kind = await model.undo();
    if (kind !== null) setAnnouncement(t('configuration.fixes.undone', { what: kindText(kind) }));
    setCreate({ kind: 'idle' });
  };

  const redo = async () => {
    if (!canRedo) return;
    if (model.redoKind === null && draft.next !== undefined) {
      onSwitchDraft?.(draft.next.draft, 'redone');
      return;
    }
    const kind = await model.redo();
    if (kind !== null) setAnnouncement(t('configuration.fixes.redone', { what: kindText(kind) }));
    setCreate({ kind: 'idle' });
  };

  // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) anywhere in the preview but in a text field, which keeps its own undo.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextControl(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      void undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      void redo();
    }
  };

  const chooseFilter = (next: RowFilter) => {
    setFilter(next);
    if (typeof next !== 'object') return;
    // To the first row of the group, in the group's column (after the selection, row and status
    // columns): the grid scrolls back to the top of the new list, then renders its first row.
    const column = next.column;
    requestAnimationFrame(() => {
      const grid = tableRef.current?.querySelector('[role="grid"]');
      if (grid) grid.scrollTop = 0;
      requestAnimationFrame(() => {
        const cell =
          grid?.querySelector<HTMLElement>(`[data-row="0"] [data-col="${column + 3}"]`) ?? grid?.querySelector<HTMLElement>('[data-row="0"] [data-col]');
        cell?.focus();
      });
    });
  };

  const removeErrors = async () => {
    const errorsFile = writeErrorsCsv(model, translate, 'errors');
    removing.current = true;
    setDialog(null);
    const count = await model.removeRowsWithErrors();
    setRemoved({ count, errorsFile });
    setFilter('all');
    setCreate({ kind: 'idle' });
  };

  // Once the line that says what was removed is on screen, focus goes to it (the button that asked is gone).
  useEffect(() => {
    if (removed === null || !removing.current) return;
    removing.current = false;
    removedRef.current?.focus();
  }, [removed]);

  const downloadRemoved = () => {
    if (removed === null) return;
    saveFile(t('configuration.fixes.removedFileName', { name: baseName(fileName) }), new Blob([removed.errorsFile], { type: 'text/csv;charset=utf-8' }));
  };

  const initialColumn = typeof filter === 'object' ? filter.column : 0;
  const fixDone = (key: 'replaced' | 'filled') => (cells: number) => {
    setAnnouncement(t(`configuration.fixes.${key}`, { count: cells }));
    setCreate({ kind: 'idle' });
  };

  const translate = useCallback((key: string, params: Readonly<Record<string, string | number>>) => t(`import:${key}`, { ...params }), [t]);
  const reason = (error: ApiError) => apiErrorMessage(t, error);

  const onSelectionChange = useCallback((ids: Set<string>) => setSelected(ids), []);

  const addRow = () => {
    const id = model.addRow();
    setAnnouncement(t('configuration.preview.rowAdded', { row: model.row(id)?.rowNumber ?? '' }));
    setCreate({ kind: 'idle' });
  };

  const deleteSelected = () => {
    const count = selected.size;
    model.deleteRows([...selected].map(Number));
    setSelected(new Set());
    setAnnouncement(t('configuration.preview.rowsDeleted', { count }));
    setCreate({ kind: 'idle' });
    // Delete selected is disabled with nothing selected: the preview's heading takes focus instead.
    headingRef.current?.focus();
  };

  const downloadErrors = () => {
    const text = writeErrorsCsv(model, translate, 'all');
    saveFile(t('configuration.create.errorsFileName', { name: baseName(fileName) }), new Blob([text], { type: 'text/csv;charset=utf-8' }));
  };

  const showAlert = (next: CreateState) => {
    setCreate(next);
    // The alert is announced; focus goes to it too so keyboard users land on its action.
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  const createUsers = async () => {
    setCreate({ kind: 'working' });
    const validate: SeatValidator = async (request) => {
      const result = await validateSeats(client, request);
      if (!result.ok) throw new AccountCheckError(result.error);
      return result.value;
    };
    try {
      await model.checkAccount(validate);
    } catch (error) {
      const apiError: ApiError =
        error instanceof AccountCheckError ? error.error : { kind: 'network', status: null, code: 'network-error', message: String(error) };
      showAlert({ kind: 'check-failed', error: apiError });
      return;
    }
    const now = model.counts;
    if (now.total === 0) return showAlert({ kind: 'no-rows' });
    if (now.invalid > 0) return showAlert({ kind: 'blocked', invalid: now.invalid });
    const rows: JobRow[] = model.validRows().map((row) => ({ userRow: row.rowNumber, raw: model.row(row.id)?.raw ?? [], seat: seatFromValues(row.values) }));
    const started = await runner.start({ fileName, userHeaders: model.userHeaders, rows });
    if (!started.ok) return showAlert({ kind: 'failed', error: started.error });
    setCreate({ kind: 'idle' });
    onStarted();
  };

  return (
    <section className={styles.preview} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className={styles.previewHeader}>
        <h3 id={headingId} ref={headingRef} className={styles.previewHeading} tabIndex={-1}>
          {t('configuration.preview.heading', { name: fileName })}
        </h3>
        <p className={styles.counts}>{t('configuration.preview.counts', { ...counts, count: counts.total })}</p>
      </div>
      <div className={blockedByErrors ? styles.hasErrors : styles.noErrors}>
        <p role="status" className={styles.errorCount}>
          {blockedByErrors ? t('configuration.preview.hasErrors', { count: counts.invalid }) : t('configuration.preview.noErrors')}
        </p>
        {blockedByErrors ? (
          <Button variant="secondary" size="sm" onClick={downloadErrors}>
            {t('configuration.create.downloadErrors')}
          </Button>
        ) : null}
      </div>
      {draft.columns !== undefined && onReviewColumns !== undefined ? (
        <p className={styles.columnsLine}>
          {t('configuration.preview.columnsLine', {
            matched: draft.columns.choice.filter((source) => source >= 0).length,
            ignored: ignoredColumns(draft.columns.report, draft.columns.choice).length,
          })}{' '}
          <Button variant="secondary" size="sm" onClick={onReviewColumns}>
            {t('configuration.preview.reviewColumns')}
          </Button>
        </p>
      ) : null}
      {notices.length > 0 ? (
        <div className={styles.notices}>
          <h4 className={styles.noticesHeading}>{t('configuration.preview.notices')}</h4>
          <ul>
            {notices.map((notice) => (
              <li key={notice.messageKey}>{t(`import:${notice.messageKey}`, { ...notice.params })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ValueMapping
        model={model}
        version={version}
        onApplied={(cells) => {
          setAnnouncement(t('configuration.values.applied', { count: cells }));
          setCreate({ kind: 'idle' });
        }}
        focusAfter={() => headingRef.current?.focus()}
      />
      <ErrorSummary model={model} version={version} filter={filter} onFilter={chooseFilter} />
      {removed !== null ? (
        <p ref={removedRef} tabIndex={-1} className={styles.columnsLine}>
          {t('configuration.fixes.removed', { count: removed.count })}{' '}
          <Button variant="secondary" size="sm" onClick={downloadRemoved}>
            {t('configuration.fixes.downloadRemoved')}
          </Button>
        </p>
      ) : null}
      <div className={styles.toolbar} role="group" aria-label={t('configuration.fixes.tools')}>
        <div className={styles.toolbarActions}>
          <Button
            variant="secondary"
            size="sm"
            aria-disabled={!canUndo || undefined}
            aria-keyshortcuts="Control+Z"
            title={undoWhat ? t('configuration.fixes.undoTitle', { what: kindText(undoWhat) }) : undefined}
            onClick={() => void undo()}
          >
            {t('configuration.fixes.undo')}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-disabled={!canRedo || undefined}
            aria-keyshortcuts="Control+Shift+Z"
            title={redoWhat ? t('configuration.fixes.redoTitle', { what: kindText(redoWhat) }) : undefined}
            onClick={() => void redo()}
          >
            {t('configuration.fixes.redo')}
          </Button>
          <Button variant="secondary" size="sm" disabled={working} onClick={() => setDialog('replace')}>
            {t('configuration.fixes.findReplace')}
          </Button>
          <Button variant="secondary" size="sm" disabled={working} onClick={() => setDialog('fill')}>
            {t('configuration.fixes.fillEmpty')}
          </Button>
          {counts.invalid > 0 ? (
            <Button variant="secondary" size="sm" disabled={working} onClick={() => setDialog('remove')}>
              {t('configuration.fixes.removeErrors', { count: counts.invalid })}
            </Button>
          ) : null}
        </div>
        {working ? (
          <p role="status" className={styles.createHint}>
            {t('configuration.fixes.working')}
          </p>
        ) : null}
      </div>
      <div className={styles.toolbar}>
        <Checkbox
          label={t('configuration.preview.onlyErrors')}
          checked={filter !== 'all'}
          onChange={(event) => setFilter(event.target.checked ? 'errors' : 'all')}
        />
        <div className={styles.toolbarActions}>
          <Button variant="secondary" size="sm" onClick={addRow}>
            {t('configuration.preview.addRow')}
          </Button>
          <Button variant="secondary" size="sm" disabled={selected.size === 0} onClick={deleteSelected}>
            {t('configuration.preview.deleteSelected', { count: selected.size })}
          </Button>
        </div>
      </div>
      {groupFilter !== null ? (
        <p className={styles.columnsLine}>
          {t('configuration.fixes.filtered', { group: groupLabel(groupFilter) })}{' '}
          <Button variant="secondary" size="sm" onClick={() => setFilter('all')}>
            {t('configuration.fixes.showAll')}
          </Button>
        </p>
      ) : null}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      <div ref={tableRef}>
        <PreviewTable
          model={model}
          version={version}
          rowIds={rowIds}
          label={t('configuration.preview.label', { name: fileName })}
          selectedIds={selected}
          onSelectionChange={onSelectionChange}
          emptyState={filter !== 'all' ? t('configuration.preview.emptyFilter') : undefined}
          spareNumbers={spareNumbers}
        />
      </div>
      {dialog === 'replace' ? (
        <FindReplaceDialog model={model} initialColumn={initialColumn} onClose={() => setDialog(null)} onDone={fixDone('replaced')} />
      ) : null}
      {dialog === 'fill' ? <FillEmptyDialog model={model} initialColumn={initialColumn} onClose={() => setDialog(null)} onDone={fixDone('filled')} /> : null}
      {dialog === 'remove' ? (
        <RemoveErrorsDialog
          count={counts.invalid}
          onClose={() => setDialog(null)}
          onConfirm={() => void removeErrors()}
          returnFocus={() => !removing.current}
        />
      ) : null}
      <div className={styles.createBar}>
        {create.kind === 'working' ? <p className={styles.createHint}>{t('configuration.create.checking')}</p> : null}
        <Button
          variant="primary"
          loading={create.kind === 'working'}
          aria-disabled={blockedByErrors || undefined}
          onClick={blockedByErrors ? undefined : () => void createUsers()}
        >
          {blockedByErrors ? t('configuration.create.fixRows', { count: counts.invalid }) : t('configuration.create.button', { count: counts.valid })}
        </Button>
      </div>
      {create.kind === 'blocked' || create.kind === 'no-rows' || create.kind === 'failed' || create.kind === 'check-failed' ? (
        <div ref={alertRef} role="alert" tabIndex={-1} className={create.kind === 'blocked' || create.kind === 'no-rows' ? styles.blocked : styles.failure}>
          <p>
            {create.kind === 'blocked'
              ? t('configuration.create.blocked', { count: create.invalid })
              : create.kind === 'no-rows'
                ? t('configuration.create.noRows')
                : create.kind === 'failed'
                  ? t('configuration.create.failed', { reason: reason(create.error) })
                  : t('configuration.create.checkFailed', { reason: reason(create.error) })}
          </p>
          {create.kind === 'blocked' ? (
            <Button variant="secondary" size="sm" onClick={downloadErrors}>
              {t('configuration.create.downloadErrors')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
