import type { TemplateColumn } from '../contract/template';
import type { CellIssue, MessageParams } from './issues';
import { accountIssuesFrom, buildAccountRequests, type AccountIssue, type SeatValidator } from './account-check';
import type { ImportRowsBatch } from './pipeline';
import { isPacked, packedCell, packedCount, packedRow, packRows, type PackedRows } from './packed-rows';
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
    return (typeof held === 'number' ? [held] : held).map((code) => ({ column: Math.floor(code / accountKeySlots), messageKey: this.accountKeys[code % accountKeySlots] ?? '' }));
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
    const raw = this.cells(id, false);
    raw[column] = value.trim();
    this.setRow(id, raw);
    this.changed();
  }

  /** Adds a row at the end (blank unless values are given); returns its id. */
  addRow(raw: readonly string[] = []): number {
    const id = this.batchOf.length;
    this.rowNumbers[id] = this.nextRowNumber++;
    this.batchOf[id] = -1;
    this.deleted[id] = false;
    this.invalid[id] = 0;
    this.order.push(id);
    this.setRow(id, this.columns.map((_, index) => (raw[index] ?? '').trim()));
    this.changed();
    return id;
  }

  /** Deletes rows; the rows that shared a value with them are checked again. */
  deleteRows(ids: Iterable<number>): void {
    const removed = new Set<number>();
    const touched: number[] = [];
    for (const id of ids) {
      if (this.deleted[id] !== false) continue;
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
    this.changed();
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
  replaceValues(column: number, replacements: ReadonlyMap<string, string>): number {
    if (column < 0 || column >= this.columns.length || replacements.size === 0) return 0;
    let changed = 0;
    for (const id of this.order) {
      const replacement = replacements.get(this.cell(id, column, false));
      if (replacement === undefined) continue;
      const raw = this.cells(id, false);
      raw[column] = replacement.trim();
      this.setRow(id, raw);
      changed += 1;
    }
    if (changed > 0) this.changed();
    return changed;
  }

  /** Counts of rows, valid and invalid. */
  get counts(): PreviewCounts {
    return { total: this.order.length, valid: this.order.length - this.invalidCount, invalid: this.invalidCount };
  }

  /** Row ids in display order; only those with errors when asked. */
  rowIds(filter: 'all' | 'errors' = 'all'): readonly number[] {
    return filter === 'all' ? this.order : this.order.filter((id) => this.invalid[id] === 1);
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
      located.push(locate(duplicate.column, 'cell.duplicateInFile', { rows: rows.length > maxListedRows ? `${listed}…` : listed, count: rows.length }));
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
