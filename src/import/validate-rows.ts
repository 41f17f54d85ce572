import type { TemplateColumn } from '../contract/template';
import { checkPlanned, compileHashingRule, defaultValue, planRule, type HashingChecker, type RulePlan } from './cell-rules';
import type { MessageParams } from './issues';

/** An issue found in one row, by template column index; located for the user by `locateIssues`. */
export interface ColumnIssue {
  readonly column: number;
  readonly messageKey: string;
  readonly params: MessageParams;
}

/** A descriptor compiled once for checking many rows. */
export interface CompiledTemplate {
  readonly columns: readonly TemplateColumn[];
  /** One checker per column; each is also a plain `CellChecker`. */
  readonly checkers: readonly HashingChecker[];
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
    checkers: columns.map((column) => compileHashingRule(column.rule)),
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

/**
 * Rows grouped by value, per unique column, for in-file uniqueness. A group is one row id (the common
 * case, no allocation) or an array of ids. Adding and removing a row touch only its own groups.
 */
export class UniquenessIndex {
  private readonly groups: Map<string, number | number[]>[];
  private readonly columnOf: readonly number[];
  private readonly ignoreCase: readonly boolean[];

  constructor(template: CompiledTemplate) {
    this.columnOf = template.uniqueColumns;
    this.ignoreCase = template.uniqueColumns.map((index) => template.columns[index]?.rule.type === 'email');
    this.groups = template.uniqueColumns.map(() => new Map());
  }

  private key(slot: number, value: string): string {
    return this.ignoreCase[slot] === true ? value.toLowerCase() : value;
  }

  /** Adds a row's values; returns the ids of rows whose duplicate status may have changed. */
  add(rowId: number, values: readonly string[]): number[] {
    const touched: number[] = [];
    for (let slot = 0; slot < this.columnOf.length; slot++) {
      const value = values[this.columnOf[slot] ?? -1] ?? '';
      const groups = this.groups[slot];
      if (value === '' || groups === undefined) continue;
      const key = this.key(slot, value);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, rowId);
      else if (typeof group === 'number') {
        groups.set(key, [group, rowId]);
        touched.push(group);
      } else {
        group.push(rowId);
      }
    }
    return touched;
  }

  /** Removes a row's values; returns the ids of rows whose duplicate status may have changed. */
  remove(rowId: number, values: readonly string[]): number[] {
    const touched: number[] = [];
    for (let slot = 0; slot < this.columnOf.length; slot++) {
      const value = values[this.columnOf[slot] ?? -1] ?? '';
      const groups = this.groups[slot];
      if (value === '' || groups === undefined) continue;
      const key = this.key(slot, value);
      const group = groups.get(key);
      if (group === undefined) continue;
      if (typeof group === 'number') {
        if (group === rowId) groups.delete(key);
        continue;
      }
      const at = group.indexOf(rowId);
      if (at >= 0) group.splice(at, 1);
      const [only] = group;
      if (group.length === 1 && only !== undefined) {
        groups.set(key, only);
        touched.push(only);
      }
    }
    return touched;
  }

  /** The other rows that share a value with this row, per template column (empty when unique). */
  duplicatesOf(rowId: number, values: readonly string[]): { column: number; others: number[] }[] {
    const found: { column: number; others: number[] }[] = [];
    for (let slot = 0; slot < this.columnOf.length; slot++) {
      const column = this.columnOf[slot] ?? -1;
      const value = values[column] ?? '';
      if (value === '') continue;
      const group = this.groups[slot]?.get(this.key(slot, value));
      if (Array.isArray(group) && group.length > 1) found.push({ column, others: group.filter((id) => id !== rowId) });
    }
    return found;
  }

  /** True when one of the row's unique values is shared with another row. */
  hasDuplicate(values: readonly string[]): boolean {
    for (let slot = 0; slot < this.columnOf.length; slot++) {
      const value = values[this.columnOf[slot] ?? -1] ?? '';
      if (value === '') continue;
      const group = this.groups[slot]?.get(this.key(slot, value));
      if (Array.isArray(group) && group.length > 1) return true;
    }
    return false;
  }

  /** Sets `marks[rowId] = 1` for every row that shares a value; one pass over the groups, not the rows. */
  markDuplicates(marks: Uint8Array): void {
    for (const groups of this.groups) {
      for (const group of groups.values()) {
        if (typeof group === 'number' || group.length < 2) continue;
        for (const rowId of group) marks[rowId] = 1;
      }
    }
  }
}
