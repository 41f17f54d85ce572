import type { TemplateColumn } from '../contract/template';
import type { CellIssue, MessageParams } from './issues';
import { accountIssuesFrom, buildAccountRequests, type AccountIssue, type SeatValidator } from './account-check';
import type { ImportRowsBatch } from './pipeline';
import { isPacked, packedCell, packedCount, packedRow, packRows, type PackedRows } from './packed-rows';
import { SliceClock } from './next-task';
import { UndoStack } from './undo-stack';
import { suggestAllowedValue } from './value-suggestions';
import { checkRow, compileTemplate, UniquenessIndex, type ColumnIssue, type CompiledTemplate } from './validate-rows';

/** Counts shown above the preview. */
export interface PreviewCounts {
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
}

/** A value of a choice column that is not allowed, with how many rows have it and the allowed value it most likely means. */
export interface ChoiceProblem {
  readonly column: number;
  /** The value as the rows have it. */
  readonly value: string;
  readonly rows: number;
  readonly suggestion: string | null;
}

/** One row of the preview, with its issues located for the user. */
export interface PreviewRow {
  readonly id: number;
  readonly rowNumber: number;
  /** The user's values, template column order. */
  readonly raw: readonly string[];
  /** Normalised values ('' when blank or invalid). */
  readonly values: readonly string[];
  readonly issues: readonly CellIssue[];
}

/** What a change of the preview was, for saying what Undo and Redo will do. */
export type PreviewChangeKind = 'edit' | 'add' | 'delete' | 'values' | 'replace' | 'fill' | 'removeErrors';

/** Errors of one kind in one column, with how many rows have them: a line of the error summary. */
export interface ErrorGroup {
  readonly column: number;
  readonly messageKey: string;
  /** The params of the first row's message (most messages have the same in every row). */
  readonly params: MessageParams;
  readonly rows: number;
}

/** Which errors to list: a column and a message key, as in {@link ErrorGroup}. */
export interface ErrorGroupKey {
  readonly column: number;
  readonly messageKey: string;
}

/** How Find and replace matches: the whole cell or any part of it, with or without case. */
export interface FindOptions {
  readonly wholeCell: boolean;
  readonly matchCase: boolean;
}

/** Everything the model holds about one row, by reference: undo puts it back as it was, without checking it again. */
interface RowState {
  readonly deleted: boolean;
  readonly batch: number;
  readonly own: { readonly raw: string[]; readonly values: string[] } | undefined;
  readonly cellIssues: ColumnIssue[] | null;
  readonly account: number | readonly number[] | undefined;
  readonly pending: boolean;
}

/** One undoable change: the rows it touched before and after, and the row order when rows came or went. */
interface Change {
  readonly kind: PreviewChangeKind;
  readonly rows: Map<number, { before: RowState; after?: RowState }>;
  orderBefore?: number[];
  orderAfter?: number[];
}

const duplicateKey = 'cell.duplicateInFile';
const accountKeys = new Set(['email', 'extension', 'directNumber', 'macAddress']);
const maxListedRows = 5;
/** Message keys an account finding can have, at most (there are two: taken, not a spare number). */
const accountKeySlots = 64;

/**
 * The editable model behind the import preview, built for 100,000 rows: editing a cell checks that
 * row again and only the uniqueness groups it leaves and joins; counts are kept up to date as rows
 * change, never recomputed by a scan. Row ids are stable; row numbers are the user's.
 *
 * Imported rows stay in the packed batches they arrived in (packed-rows.ts); a row the user edits or
 * adds is kept as arrays of its own. A row's cells are cut from its batch when they are asked for.
 */
export class PreviewModel {
  private readonly template: CompiledTemplate;
  private readonly index: UniquenessIndex;
  private readonly rowNumbers: number[] = [];
  private readonly batches: PackedRows[] = [];
  /** Per row id, the index of its batch in `batches`, or -1 when the row is in `own`. */
  private readonly batchOf: number[] = [];
  /** Rows edited or added in the preview. */
  private readonly own = new Map<number, { readonly raw: string[]; readonly values: string[] }>();
  private readonly cellIssues: (ColumnIssue[] | null)[] = [];
  /**
   * The account check's findings per row, each coded as one small integer (column and message, see
   * `addAccountIssue`): one number, or
   * a list for a row with several. A file whose every row has a finding is then 100,000 numbers in a
   * Map, not 100,000 lists of objects.
   */
  private readonly accountIssues = new Map<number, number | number[]>();
  private readonly accountKeys: string[] = [];
  private readonly invalid: number[] = [];
  private readonly deleted: boolean[] = [];
  private readonly pendingAccount = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private order: number[] = [];
  private invalidCount = 0;
  private nextRowNumber = 2;
  private versionNumber = 0;
  private readonly history = new UndoStack<Change>();
  /** The change being made, while a method that changes rows runs. */
  private recording: Change | null = null;
  /** The long change being made in slices, if any: other changes wait for it, in order. */
  private running: Promise<unknown> | null = null;
  private readonly waiting: (() => void)[] = [];

  private headers: readonly string[];

  /** `userHeaders`: per template column, the header as written in the user's file (template headers by default). */
  constructor(
    readonly columns: readonly TemplateColumn[],
    userHeaders: readonly string[] = columns.map((column) => column.header),
  ) {
    this.headers = userHeaders;
    this.template = compileTemplate(columns);
    this.index = new UniquenessIndex(this.template, (id, column) => this.cell(id, column, true));
  }

  /** Per template column, the header as written in the user's file; errors are located with it. */
  get userHeaders(): readonly string[] {
    return this.headers;
  }

  /** Sets the user's headers (from the import summary, which arrives after the rows). */
  setUserHeaders(headers: readonly string[]): void {
    this.headers = headers;
    this.changed();
  }

  /** Increases on every change; for `useSyncExternalStore`. */
  get version(): number {
    return this.versionNumber;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.versionNumber++;
    for (const listener of this.listeners) listener();
  }

  /** A cell of a row: the user's value, or the normalised one with `normalised`. */
  private cell(id: number, column: number, normalised: boolean): string {
    const at = this.batchOf[id] ?? -1;
    const batch = at < 0 ? undefined : this.batches[at];
    if (batch !== undefined) return packedCell(batch, id - batch.startId, column, normalised);
    const own = this.own.get(id);
    return (normalised ? own?.values : own?.raw)?.[column] ?? '';
  }

  /** All cells of a row, as `cell` gives them. */
  private cells(id: number, normalised: boolean): string[] {
    const at = this.batchOf[id] ?? -1;
    const batch = at < 0 ? undefined : this.batches[at];
    if (batch !== undefined) return packedRow(batch, id - batch.startId, normalised);
    const own = this.own.get(id);
    return [...((normalised ? own?.values : own?.raw) ?? [])];
  }

  /** Adds rows streamed by the import (packed by the worker), or rows checked in the page. */
  appendBatch(rows: ImportRowsBatch | PackedRows): void {
    const batch = isPacked(rows) ? rows : packRows(rows, this.columns.length);
    // Rows arriving from the file are not an edit: what came before cannot be undone across them.
    this.history.clear();
    const at = this.batches.push(batch) - 1;
    const touched: number[] = [];
    const count = packedCount(batch);
    for (let offset = 0; offset < count; offset++) {
      const id = batch.startId + offset;
      const rowNumber = batch.rowNumbers[offset] ?? 0;
      this.rowNumbers[id] = rowNumber;
      this.batchOf[id] = at;
      this.cellIssues[id] = batch.issues[offset] ?? null;
      this.deleted[id] = false;
      this.invalid[id] = 0;
      this.order.push(id);
      if (rowNumber >= this.nextRowNumber) this.nextRowNumber = rowNumber + 1;
      touched.push(id);
      const others = this.index.add(id);
      for (const other of others) touched.push(other);
    }
    this.refresh(touched);
    this.changed();
  }

  /** Records the account check's findings. */
  applyAccountIssues(issues: readonly AccountIssue[]): void {
    const touched: number[] = [];
    for (const issue of issues) {
      if (this.deleted[issue.rowId] !== false) continue;
      this.addAccountIssue(issue.rowId, issue.column, issue.messageKey);
      touched.push(issue.rowId);
    }
    this.refresh(touched);
    this.changed();
  }

  private addAccountIssue(id: number, column: number, messageKey: string): void {
    let key = this.accountKeys.indexOf(messageKey);
    if (key < 0) key = this.accountKeys.push(messageKey) - 1;
    const code = column * accountKeySlots + key;
    const held = this.accountIssues.get(id);
    if (held === undefined) this.accountIssues.set(id, code);
    else if (typeof held === 'number') this.accountIssues.set(id, [held, code]);
    else held.push(code);
  }

  /** The row's account findings. */
  private accountIssuesOf(id: number): { column: number; messageKey: string }[] {
    const held = this.accountIssues.get(id);
    if (held === undefined) return [];
    return (typeof held === 'number' ? [held] : held).map((code) => ({
      column: Math.floor(code / accountKeySlots),
      messageKey: this.accountKeys[code % accountKeySlots] ?? '',
    }));
  }

  private refresh(ids: readonly number[]): void {
    for (const id of ids) {
      if (this.deleted[id] !== false) continue;
      const now = this.cellIssues[id] !== null || this.accountIssues.has(id) || this.index.hasDuplicate(id) ? 1 : 0;
      if (now !== this.invalid[id]) {
        this.invalidCount += now === 1 ? 1 : -1;
        this.invalid[id] = now;
      }
    }
  }

  private setRow(id: number, raw: string[]): void {
    this.capture(id);
    const touched = [id, ...this.index.remove(id)];
    const previous = this.cells(id, true);
    const checked = checkRow(this.template, raw);
    this.batchOf[id] = -1;
    this.own.set(id, { raw, values: checked.values });
    this.cellIssues[id] = checked.issues;
    touched.push(...this.index.add(id));
    // Account findings hold for the values they were made on; a changed value needs a new check.
    const kept = this.accountIssuesOf(id).filter((issue) => previous[issue.column] === checked.values[issue.column]);
    this.accountIssues.delete(id);
    for (const issue of kept) this.addAccountIssue(id, issue.column, issue.messageKey);
    if (this.columns.some((column, index) => accountKeys.has(column.key) && previous[index] !== checked.values[index])) this.pendingAccount.add(id);
    this.refresh(touched);
  }

  /** Changes one cell (the value as the user typed it) and checks again what depends on it. */
  editCell(id: number, column: number, value: string): void {
    if (this.deleted[id] !== false || column < 0 || column >= this.columns.length) return;
    this.now(() => {
      if (this.deleted[id] !== false) return;
      const raw = this.cells(id, false);
      raw[column] = value.trim();
      this.record('edit', () => this.setRow(id, raw));
    });
  }

  /** Adds a row at the end (blank unless values are given); returns its id. */
  addRow(raw: readonly string[] = []): number {
    // While a long change runs the row is added after it, with the id it is given now (changes never add ids).
    const id = this.batchOf.length;
    if (this.running !== null) this.batchOf[id] = -1;
    this.deleted[id] = true;
    this.now(() =>
      this.record('add', () => {
        this.captureOrder();
        // Before it exists the row is a deleted one: undo deletes it again.
        this.capture(id);
        this.rowNumbers[id] = this.nextRowNumber++;
        this.batchOf[id] = -1;
        this.deleted[id] = false;
        this.invalid[id] = 0;
        this.order.push(id);
        this.setRow(
          id,
          this.columns.map((_, index) => (raw[index] ?? '').trim()),
        );
      }),
    );
    return id;
  }

  /** Deletes rows; the rows that shared a value with them are checked again. */
  deleteRows(ids: Iterable<number>): void {
    const listed = [...ids];
    this.now(() => this.record('delete', () => void this.removeRows(listed, null)));
  }

  /** Deletes the rows that have an error, so the rest can be created; resolves to how many. */
  removeRowsWithErrors(): Promise<number> {
    return this.sliced(async (clock) => {
      const ids = this.rowIds('errors');
      const recording = this.begin('removeErrors');
      try {
        await this.removeRows(ids, clock);
      } finally {
        await this.finishSliced(recording, clock);
      }
      return ids.length;
    });
  }

  /** Removes rows; with a clock, in slices (awaited), without one, at once. */
  private async removeRows(ids: readonly number[], clock: SliceClock | null): Promise<void> {
    const removed = new Set<number>();
    const touched: number[] = [];
    this.captureOrder();
    for (const id of ids) {
      if (clock?.due === true) await clock.yield();
      if (this.deleted[id] !== false) continue;
      this.capture(id);
      touched.push(...this.index.remove(id));
      if (this.invalid[id] === 1) this.invalidCount--;
      this.invalid[id] = 0;
      this.deleted[id] = true;
      this.accountIssues.delete(id);
      this.pendingAccount.delete(id);
      removed.add(id);
    }
    if (removed.size === 0) return;
    this.order = this.order.filter((id) => !removed.has(id));
    this.refresh(touched);
  }

  /**
   * The distinct values of choice columns that are not allowed, each with its row count and a
   * suggestion, so that 10,000 rows saying `HQ` are fixed with one choice rather than 10,000 edits.
   * Listed by column, then by how many rows have the value.
   */
  choiceProblems(): ChoiceProblem[] {
    const found = new Map<string, { column: number; value: string; rows: number }>();
    for (const id of this.order) {
      for (const issue of this.cellIssues[id] ?? []) {
        if (issue.messageKey !== 'cell.notAllowed') continue;
        const value = this.cell(id, issue.column, false);
        const key = `${issue.column}\u0000${value}`;
        const entry = found.get(key);
        if (entry === undefined) found.set(key, { column: issue.column, value, rows: 1 });
        else entry.rows += 1;
      }
    }
    return [...found.values()]
      .sort((a, b) => a.column - b.column || b.rows - a.rows || a.value.localeCompare(b.value))
      .map((entry) => {
        const rule = this.columns[entry.column]?.rule;
        return { ...entry, suggestion: rule?.type === 'choice' ? suggestAllowedValue(entry.value, rule.values) : null };
      });
  }

  /**
   * Replaces, in one column, every cell whose value is a key of `replacements` with its value, and
   * checks those rows again (uniqueness groups included). Returns how many cells changed.
   */
  replaceValues(column: number, replacements: ReadonlyMap<string, string>): Promise<number> {
    if (replacements.size === 0) return Promise.resolve(0);
    return this.changeColumn('values', column, (value) => replacements.get(value));
  }

  /** How many cells of a column Find and replace would change. */
  countMatches(column: number, find: string, options: FindOptions): number {
    const matches = matcher(find, options);
    if (matches === null || column < 0 || column >= this.columns.length) return 0;
    let count = 0;
    for (const id of this.order) if (matches(this.cell(id, column, false))) count += 1;
    return count;
  }

  /** Replaces `find` with `replacement` in one column (whole cells or parts); resolves to how many cells changed. */
  replaceInColumn(column: number, find: string, replacement: string, options: FindOptions): Promise<number> {
    const replace = replacer(find, replacement, options);
    return replace === null ? Promise.resolve(0) : this.changeColumn('replace', column, replace);
  }

  /** How many cells of a column are empty. */
  countEmpty(column: number): number {
    if (column < 0 || column >= this.columns.length) return 0;
    let count = 0;
    for (const id of this.order) if (this.cell(id, column, false) === '') count += 1;
    return count;
  }

  /** Writes `value` into every empty cell of a column; returns how many cells changed. */
  fillEmpty(column: number, value: string): Promise<number> {
    const filled = value.trim();
    return filled === '' ? Promise.resolve(0) : this.changeColumn('fill', column, (cell) => (cell === '' ? filled : undefined));
  }

  /**
   * Changes the cells of one column for which `change` gives a new value, as one undoable change, and
   * checks those rows again (uniqueness groups included). Returns how many cells changed.
   */
  private changeColumn(kind: PreviewChangeKind, column: number, change: (value: string) => string | undefined): Promise<number> {
    if (column < 0 || column >= this.columns.length) return Promise.resolve(0);
    return this.sliced(async (clock) => {
      let changed = 0;
      const recording = this.begin(kind);
      try {
        for (const id of [...this.order]) {
          if (clock.due) await clock.yield();
          if (this.deleted[id] !== false) continue;
          const next = change(this.cell(id, column, false));
          if (next === undefined) continue;
          const raw = this.cells(id, false);
          const trimmed = next.trim();
          if (raw[column] === trimmed) continue;
          raw[column] = trimmed;
          this.setRow(id, raw);
          changed += 1;
        }
      } finally {
        await this.finishSliced(recording, clock);
      }
      return changed;
    });
  }

  /** True while a long change (a bulk fix, its undo or redo) is being made in slices; edits made meanwhile wait for it. */
  get working(): boolean {
    return this.running !== null;
  }

  /** Runs a change now, or after the long change being made. */
  private now(change: () => void): void {
    if (this.running === null) change();
    else this.waiting.push(change);
  }

  /**
   * Runs a long change in slices of main-thread work, one long change at a time; the changes asked
   * for meanwhile run after it, in order. Listeners hear when it starts and when it ends.
   */
  private async sliced<T>(change: (clock: SliceClock) => Promise<T>): Promise<T> {
    while (this.running !== null) await this.running.catch(() => undefined);
    const clock = new SliceClock();
    const running = change(clock);
    this.running = running;
    this.changed();
    try {
      return await running;
    } finally {
      this.running = null;
      for (const waiting of this.waiting.splice(0)) waiting();
      this.changed();
    }
  }

  /** What Undo would revert, or null when there is nothing to undo. */
  get undoKind(): PreviewChangeKind | null {
    return this.history.nextUndo?.kind ?? null;
  }

  /** What Redo would make again, or null when nothing was undone. */
  get redoKind(): PreviewChangeKind | null {
    return this.history.nextRedo?.kind ?? null;
  }

  /** Reverts the last change; resolves to what it was, or null when there was none. */
  undo(): Promise<PreviewChangeKind | null> {
    return this.sliced(async (clock) => {
      const change = this.history.undo();
      if (change === undefined) return null;
      await this.apply(change, 'before', clock);
      return change.kind;
    });
  }

  /** Makes the last undone change again; resolves to what it was, or null when nothing was undone. */
  redo(): Promise<PreviewChangeKind | null> {
    return this.sliced(async (clock) => {
      const change = this.history.redo();
      if (change === undefined) return null;
      await this.apply(change, 'after', clock);
      return change.kind;
    });
  }

  /** Runs a change of rows at once, recording each row it touches before and after, then tells the listeners. */
  private record(kind: PreviewChangeKind, change: () => void): void {
    const recording = this.begin(kind);
    try {
      change();
    } finally {
      this.finish(recording);
    }
  }

  /** Starts recording a change. */
  private begin(kind: PreviewChangeKind): Change {
    const recording: Change = { kind, rows: new Map() };
    this.recording = recording;
    return recording;
  }

  /** Ends recording a change made at once: a change that touched rows becomes undoable, and the listeners hear of it. */
  private finish(recording: Change): void {
    this.recording = null;
    if (recording.rows.size === 0) return;
    for (const [id, states] of recording.rows) states.after = this.stateOf(id);
    this.keep(recording);
  }

  /** Ends recording a change made in slices, keeping the rows' new states in slices too. */
  private async finishSliced(recording: Change, clock: SliceClock): Promise<void> {
    this.recording = null;
    if (recording.rows.size === 0) return;
    for (const [id, states] of recording.rows) {
      if (clock.due) await clock.yield();
      states.after = this.stateOf(id);
    }
    this.keep(recording);
  }

  private keep(recording: Change): void {
    if (recording.orderBefore !== undefined) recording.orderAfter = [...this.order];
    this.history.push(recording);
    this.changed();
  }

  /** Keeps a row's state before the change being recorded first touches it. */
  private capture(id: number): void {
    const recording = this.recording;
    if (recording !== null && !recording.rows.has(id)) recording.rows.set(id, { before: this.stateOf(id) });
  }

  /** Keeps the row order before the change being recorded adds or removes rows. */
  private captureOrder(): void {
    const recording = this.recording;
    if (recording !== null && recording.orderBefore === undefined) recording.orderBefore = [...this.order];
  }

  private stateOf(id: number): RowState {
    const account = this.accountIssues.get(id);
    return {
      deleted: this.deleted[id] !== false,
      batch: this.batchOf[id] ?? -1,
      own: this.own.get(id),
      cellIssues: this.cellIssues[id] ?? null,
      account: typeof account === 'object' ? [...account] : account,
      pending: this.pendingAccount.has(id),
    };
  }

  /** Puts every row of a change back as it was before it, or as it was after it. */
  private async apply(change: Change, side: 'before' | 'after', clock: SliceClock): Promise<void> {
    const touched: number[] = [];
    for (const [id, states] of change.rows) {
      if (clock.due) await clock.yield();
      const state = side === 'before' ? states.before : states.after;
      if (state === undefined) continue;
      // Out of the uniqueness index with the values it has now, back in with the values it had.
      if (this.deleted[id] === false) {
        touched.push(...this.index.remove(id));
        if (this.invalid[id] === 1) this.invalidCount--;
        this.invalid[id] = 0;
      }
      this.batchOf[id] = state.batch;
      if (state.own === undefined) this.own.delete(id);
      else this.own.set(id, state.own);
      this.cellIssues[id] = state.cellIssues;
      if (state.account === undefined) this.accountIssues.delete(id);
      else this.accountIssues.set(id, typeof state.account === 'number' ? state.account : [...state.account]);
      if (state.pending) this.pendingAccount.add(id);
      else this.pendingAccount.delete(id);
      this.deleted[id] = state.deleted;
      if (!state.deleted) touched.push(id, ...this.index.add(id));
      // Row by row, so no slice carries the whole change: every row whose duplicates changed is in `touched`.
      this.refresh(touched);
      touched.length = 0;
    }
    const order = side === 'before' ? change.orderBefore : change.orderAfter;
    if (order !== undefined) this.order = [...order];
    this.changed();
  }

  /** Counts of rows, valid and invalid. */
  get counts(): PreviewCounts {
    return { total: this.order.length, valid: this.order.length - this.invalidCount, invalid: this.invalidCount };
  }

  /** Row ids in display order; only those with errors, or with errors of one group, when asked. */
  rowIds(filter: 'all' | 'errors' | ErrorGroupKey = 'all'): readonly number[] {
    if (filter === 'all') return this.order;
    if (filter === 'errors') return this.order.filter((id) => this.invalid[id] === 1);
    if (filter.messageKey === duplicateKey) {
      const duplicates = this.index.rowsWithDuplicates();
      return this.order.filter((id) => duplicates.get(id)?.includes(filter.column) === true);
    }
    return this.order.filter((id) => this.invalid[id] === 1 && this.inGroup(id, filter));
  }

  /**
   * The errors grouped by column and message, with their row counts ("Email: Not a valid email
   * address — 312 rows"), in column order, most rows first within a column. One pass over the rows
   * with errors, reading their issues where they are kept, without locating them.
   */
  errorGroups(): ErrorGroup[] {
    const groups = new Map<string, Map<number, { column: number; messageKey: string; params: MessageParams; rows: number; last: number }>>();
    const count = (id: number, column: number, messageKey: string, params: MessageParams): void => {
      let byColumn = groups.get(messageKey);
      if (byColumn === undefined) groups.set(messageKey, (byColumn = new Map()));
      const group = byColumn.get(column);
      if (group === undefined) byColumn.set(column, { column, messageKey, params, rows: 1, last: id });
      else if (group.last !== id) {
        group.rows += 1;
        group.last = id;
      }
    };
    const duplicates = this.index.rowsWithDuplicates();
    for (const id of this.order) {
      if (this.invalid[id] !== 1) continue;
      const issues = this.cellIssues[id];
      if (issues !== null && issues !== undefined) for (const issue of issues) count(id, issue.column, issue.messageKey, issue.params);
      for (const column of duplicates.get(id) ?? []) count(id, column, duplicateKey, {});
      const held = this.accountIssues.get(id);
      if (held !== undefined) {
        for (const code of typeof held === 'number' ? [held] : held)
          count(id, Math.floor(code / accountKeySlots), this.accountKeys[code % accountKeySlots] ?? '', {});
      }
    }
    const listed: ErrorGroup[] = [];
    for (const byColumn of groups.values())
      for (const { column, messageKey, params, rows } of byColumn.values()) listed.push({ column, messageKey, params, rows });
    return listed.sort((a, b) => a.column - b.column || b.rows - a.rows || a.messageKey.localeCompare(b.messageKey));
  }

  /** True when the row has an error of the group (other than a duplicate: see `rowIds`). */
  private inGroup(id: number, { column, messageKey }: ErrorGroupKey): boolean {
    if (this.cellIssues[id]?.some((issue) => issue.column === column && issue.messageKey === messageKey) === true) return true;
    const held = this.accountIssues.get(id);
    if (held === undefined) return false;
    const key = this.accountKeys.indexOf(messageKey);
    return key >= 0 && (typeof held === 'number' ? [held] : held).includes(column * accountKeySlots + key);
  }

  /** True when the row has at least one issue. */
  hasErrors(id: number): boolean {
    return this.invalid[id] === 1;
  }

  /** One row with its located issues, or undefined for an unknown or deleted id. */
  row(id: number): PreviewRow | undefined {
    if (this.deleted[id] !== false) return undefined;
    return { id, rowNumber: this.rowNumbers[id] ?? 0, raw: this.cells(id, false), values: this.cells(id, true), issues: this.issuesOf(id) };
  }

  /** The row's issues: its cells, in-file duplicates and account findings, located for the user. */
  issuesOf(id: number): CellIssue[] {
    const located: CellIssue[] = [];
    const raw = this.cells(id, false);
    const row = this.rowNumbers[id] ?? 0;
    const locate = (column: number, messageKey: string, params: MessageParams): CellIssue => ({
      row,
      column: this.userHeaders[column] ?? '',
      value: raw[column] ?? '',
      messageKey,
      params,
    });
    for (const issue of this.cellIssues[id] ?? []) {
      const params = issue.messageKey === 'cell.requiredWhen' ? { ...issue.params, other: this.headerOfDependency(issue.column) } : issue.params;
      located.push(locate(issue.column, issue.messageKey, params));
    }
    for (const duplicate of this.index.duplicatesOf(id)) {
      const rows = duplicate.others.map((other) => this.rowNumbers[other] ?? 0).sort((a, b) => a - b);
      const listed = rows.slice(0, maxListedRows).join(', ');
      located.push(locate(duplicate.column, duplicateKey, { rows: rows.length > maxListedRows ? `${listed}…` : listed, count: rows.length }));
    }
    for (const issue of this.accountIssuesOf(id)) located.push(locate(issue.column, issue.messageKey, {}));
    return located;
  }

  private headerOfDependency(column: number): string {
    const dependsOn = this.template.requiredWhen[column]?.dependsOn;
    return dependsOn === undefined ? '' : (this.userHeaders[dependsOn] ?? '');
  }

  /** Rows edited or added since the account check, which need checking again. */
  get rowsPendingAccountCheck(): number {
    return this.pendingAccount.size;
  }

  /** Checks the edited and added rows against the account, in batches. */
  async checkAccount(validate: SeatValidator): Promise<void> {
    const ids = [...this.pendingAccount];
    this.pendingAccount.clear();
    // Only the rows to check, by id (a sparse list): the others stay packed.
    const values: string[][] = [];
    for (const id of ids) if (this.deleted[id] === false) values[id] = this.cells(id, true);
    const requests = buildAccountRequests(this.columns, values, ids);
    for (const [at, request] of requests.entries()) {
      let response: Awaited<ReturnType<SeatValidator>>;
      try {
        response = await validate(request);
      } catch (error) {
        // The rows not checked yet stay pending, so the next check (the next Create) asks for them again.
        for (const unchecked of requests.slice(at)) for (const row of unchecked.rows) this.pendingAccount.add(row.index);
        throw error;
      }
      const issues = accountIssuesFrom(this.columns, response);
      // A row edited again while the request was out is pending again; its answer is stale.
      this.applyAccountIssues(issues.filter((issue) => !this.pendingAccount.has(issue.rowId)));
    }
  }

  /** Valid rows as objects keyed by template column key, normalised (for bulk creation). */
  validRows(): { id: number; rowNumber: number; values: Record<string, string> }[] {
    return this.order
      .filter((id) => this.invalid[id] !== 1)
      .map((id) => {
        const values: Record<string, string> = {};
        this.columns.forEach((column, index) => {
          values[column.key] = this.cell(id, index, true);
        });
        return { id, rowNumber: this.rowNumbers[id] ?? 0, values };
      });
  }
}

/** Escapes text for use as a literal in a regular expression. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern Find and replace looks for: the text as written, the whole cell or any part, case folded unless asked. */
function findPattern(find: string, { wholeCell, matchCase }: FindOptions, global: boolean): RegExp {
  const source = wholeCell ? `^${literal(find)}$` : literal(find);
  return new RegExp(source, `${matchCase ? '' : 'i'}${global ? 'g' : ''}`);
}

/** Whether Find and replace would change a cell (a test, cheaper than replacing, for the count shown before). */
function matcher(find: string, options: FindOptions): ((value: string) => boolean) | null {
  if (find === '') return null;
  const pattern = findPattern(find, options, false);
  return (value) => pattern.test(value);
}

/** What Find and replace does to one cell: its new value, or undefined when `find` is not in it. */
function replacer(find: string, replacement: string, options: FindOptions): ((value: string) => string | undefined) | null {
  const matches = matcher(find, options);
  if (matches === null) return null;
  const pattern = findPattern(find, options, true);
  return (value) => (matches(value) ? value.replace(pattern, () => replacement) : undefined);
}
