import type { TemplateColumn } from '../contract/template';
import { checkPlanned, defaultValue, planRule, type RulePlan } from './cell-rules';
import type { MessageParams } from './issues';
import { hashString } from './value-hash';

/** An issue found in one row, by template column index; located for the user by the preview model (`PreviewModel.issuesOf`). */
export interface ColumnIssue {
  readonly column: number;
  readonly messageKey: string;
  readonly params: MessageParams;
}

/** A descriptor compiled once for checking many rows. */
export interface CompiledTemplate {
  readonly columns: readonly TemplateColumn[];
  /** One prepared rule per column, for the import loop (`checkPlanned`). */
  readonly plans?: readonly RulePlan[];
  /** Per column: the column it depends on and the lower-cased values that make it required. */
  readonly requiredWhen: readonly ({ readonly dependsOn: number; readonly values: ReadonlySet<string> } | null)[];
  /** Indexes of the columns whose values must be unique. */
  readonly uniqueColumns: readonly number[];
  /** Per column, the value a blank cell takes ('' when none). */
  readonly defaults?: readonly string[];
}

/** Compiles the template descriptor's rules. */
export function compileTemplate(columns: readonly TemplateColumn[]): CompiledTemplate {
  const indexByKey = new Map(columns.map((column, index) => [column.key, index]));
  return {
    columns,
    plans: columns.map((column) => planRule(column.rule)),
    requiredWhen: columns.map((column) => {
      const dependsOn = column.requiredWhen === undefined ? undefined : indexByKey.get(column.requiredWhen.column);
      if (column.requiredWhen === undefined || dependsOn === undefined) return null;
      return { dependsOn, values: new Set(column.requiredWhen.values.map((value) => value.toLowerCase())) };
    }),
    uniqueColumns: columns.flatMap((column, index) => (column.unique ? [index] : [])),
    defaults: columns.map(defaultValue),
  };
}

/** A row's normalised values ('' where blank or invalid) and its issues (null when none). */
export interface RowCheck {
  readonly values: string[];
  readonly issues: ColumnIssue[] | null;
}

/**
 * Checks one row given as trimmed user values in template order. Blank cells take the column default;
 * a required blank cell, or one required by another column's value, is an issue.
 */
export function checkRow(template: CompiledTemplate, raw: readonly string[]): RowCheck {
  const values = new Array<string>(template.columns.length);
  const issues = checkRowInto(template, raw, values);
  return { values, issues };
}

/**
 * `checkRow` writing the normalised values into `values` and returning only the issues (null when
 * none): the import loop calls it 100,000 times and keeps no wrapper object per row. With `hashes`
 * (per column, for the unique ones), the checkers that scan a cell also leave its uniqueness hash at
 * `hashes[column][row]` (see `HashingChecker`).
 */
export function checkRowInto(
  template: CompiledTemplate,
  raw: readonly string[],
  values: string[],
  hashes?: readonly (Int32Array | undefined)[],
  row = 0,
): ColumnIssue[] | null {
  const { columns } = template;
  const defaults = template.defaults ?? columns.map(defaultValue);
  const plans = template.plans ?? columns.map((column) => planRule(column.rule));
  let issues: ColumnIssue[] | null = null;
  for (let index = 0; index < columns.length; index++) {
    const plan = plans[index];
    if (plan === undefined) continue;
    const value = raw[index] ?? '';
    if (value === '') {
      const fallback = defaults[index] ?? '';
      values[index] = fallback;
      if (fallback === '' && columns[index]?.required === true) (issues ??= []).push({ column: index, messageKey: 'cell.required', params: {} });
      continue;
    }
    const result = checkPlanned(plan, value, hashes?.[index], row);
    if (typeof result === 'string') {
      values[index] = result;
    } else {
      values[index] = '';
      (issues ??= []).push({ column: index, messageKey: result.messageKey, params: result.params });
    }
  }
  // Conditional requirements need every value first (the MAC column may come before Device Model).
  const { requiredWhen } = template;
  for (let index = 0; index < requiredWhen.length; index++) {
    const condition = requiredWhen[index];
    if (condition === null || condition === undefined || values[index] !== '' || (raw[index] ?? '') !== '') continue;
    const other = values[condition.dependsOn] ?? '';
    if (condition.values.has(other.toLowerCase())) {
      (issues ??= []).push({ column: index, messageKey: 'cell.requiredWhen', params: { value: other } });
    }
  }
  return issues;
}

/** A row's normalised value in a template column, wherever the rows are kept. */
export type RowValueReader = (rowId: number, column: number) => string;

/**
 * Rows grouped by value, per unique column, for in-file uniqueness. Groups are keyed by the value's
 * hash (value-hash.ts, halved to 31 bits): a Map of small integers holds no string, which for 100,000 rows keeps
 * 400,000 keys out of the page's heap. Values are read back through `valueOf` only to tell apart two
 * values that share a hash. A group is one row id (the common case, no allocation) or an array of ids.
 * Adding and removing a row touch only its own groups; a row is removed with the values it was added
 * with, so remove it before its values change.
 */
export class UniquenessIndex {
  private readonly groups: Map<number, number | number[]>[];
  private readonly columnOf: readonly number[];
  private readonly ignoreCase: readonly boolean[];

  constructor(
    template: CompiledTemplate,
    private readonly valueOf: RowValueReader,
  ) {
    this.columnOf = template.uniqueColumns;
    this.ignoreCase = template.uniqueColumns.map((index) => template.columns[index]?.rule.type === 'email');
    this.groups = template.uniqueColumns.map(() => new Map());
  }

  private same(slot: number, a: string, b: string): boolean {
    return this.ignoreCase[slot] === true ? a.toLowerCase() === b.toLowerCase() : a === b;
  }

  /** The row's value in the slot's column and its hash, or null when it has none. */
  private keyOf(slot: number, rowId: number): { value: string; hash: number } | null {
    const value = this.valueOf(rowId, this.columnOf[slot] ?? -1);
    if (value === '') return null;
    // Folding ASCII only matches `toLowerCase` for ASCII values; any other value hashes lower-cased.
    const folded = this.ignoreCase[slot] === true && /[\u0080-\uffff]/.test(value) ? value.toLowerCase() : value;
    // Halved into 31 bits: a small integer (Smi) is held in the Map as it is, a wider one as a boxed number.
    return { value, hash: hashString(folded, this.ignoreCase[slot] === true) >> 1 };
  }

  /**
   * The one other row of `group` with this value, if exactly one has it: the only row whose duplicate
   * status a row with this value coming or going changes (with two or more, they stay duplicates).
   */
  private loneTwin(slot: number, rowId: number, value: string, group: readonly number[]): number | null {
    const column = this.columnOf[slot] ?? -1;
    let twin: number | null = null;
    for (const other of group) {
      if (other === rowId || !this.same(slot, value, this.valueOf(other, column))) continue;
      if (twin !== null) return null;
      twin = other;
    }
    return twin;
  }

  /** Adds a row; returns the ids of rows whose duplicate status may have changed. */
  add(rowId: number): number[] {
    const touched: number[] = [];
    for (let slot = 0; slot < this.columnOf.length; slot++) {
      const key = this.keyOf(slot, rowId);
      const groups = this.groups[slot];
      if (key === null || groups === undefined) continue;
      const group = groups.get(key.hash);
      if (group === undefined) {
        groups.set(key.hash, rowId);
        continue;
      }
      const members = typeof group === 'number' ? [group] : group;
      const twin = this.loneTwin(slot, rowId, key.value, members);
      if (twin !== null) touched.push(twin);
      if (typeof group === 'number') groups.set(key.hash, [group, rowId]);
      else group.push(rowId);
    }
    return touched;
  }

  /** Removes a row (with the values it has now); returns the ids of rows whose duplicate status may have changed. */
  remove(rowId: number): number[] {
    const touched: number[] = [];
    for (let slot = 0; slot < this.columnOf.length; slot++) {
      const key = this.keyOf(slot, rowId);
      const groups = this.groups[slot];
      if (key === null || groups === undefined) continue;
      const group = groups.get(key.hash);
      if (group === undefined) continue;
      if (typeof group === 'number') {
        if (group === rowId) groups.delete(key.hash);
        continue;
      }
      const at = group.indexOf(rowId);
      if (at < 0) continue;
      group.splice(at, 1);
      const twin = this.loneTwin(slot, rowId, key.value, group);
      if (twin !== null) touched.push(twin);
      const [only] = group;
      if (group.length === 1 && only !== undefined) groups.set(key.hash, only);
    }
    return touched;
  }

  /** The other rows with the same value as this row in the slot's column. */
  private othersIn(slot: number, rowId: number): number[] {
    const key = this.keyOf(slot, rowId);
    if (key === null) return [];
    const group = this.groups[slot]?.get(key.hash);
    if (!Array.isArray(group)) return [];
    const column = this.columnOf[slot] ?? -1;
    return group.filter((other) => other !== rowId && this.same(slot, key.value, this.valueOf(other, column)));
  }

  /** The other rows that share a value with this row, per template column (empty when unique). */
  duplicatesOf(rowId: number): { column: number; others: number[] }[] {
    const found: { column: number; others: number[] }[] = [];
    for (let slot = 0; slot < this.columnOf.length; slot++) {
      const others = this.othersIn(slot, rowId);
      if (others.length > 0) found.push({ column: this.columnOf[slot] ?? -1, others });
    }
    return found;
  }

  /**
   * Every row that shares a value with another, with the template columns where it does. Reads only
   * the groups of several rows (few, in any real file), not every row: the error summary of 100,000
   * rows costs what their duplicates cost.
   */
  rowsWithDuplicates(): Map<number, number[]> {
    const found = new Map<number, number[]>();
    for (let slot = 0; slot < this.columnOf.length; slot++) {
      const column = this.columnOf[slot] ?? -1;
      for (const group of this.groups[slot]?.values() ?? []) {
        if (typeof group === 'number') continue;
        // Rows of one hash, by value: two values may share a hash.
        const byValue = new Map<string, number[]>();
        for (const id of group) {
          const value = this.valueOf(id, column);
          const key = this.ignoreCase[slot] === true ? value.toLowerCase() : value;
          const ids = byValue.get(key);
          if (ids === undefined) byValue.set(key, [id]);
          else ids.push(id);
        }
        for (const ids of byValue.values()) {
          if (ids.length < 2) continue;
          for (const id of ids) {
            const columns = found.get(id);
            if (columns === undefined) found.set(id, [column]);
            else columns.push(column);
          }
        }
      }
    }
    return found;
  }

  /** True when one of the row's unique values is shared with another row. */
  hasDuplicate(rowId: number): boolean {
    for (let slot = 0; slot < this.columnOf.length; slot++) {
      const key = this.keyOf(slot, rowId);
      if (key === null) continue;
      // A group of one, the usual case, is a number: nothing else to read.
      if (Array.isArray(this.groups[slot]?.get(key.hash)) && this.othersIn(slot, rowId).length > 0) return true;
    }
    return false;
  }
}
