import { accountIssuesFrom, accountRequests, type AccountIssue, type SeatValidator } from './account-check';
import type { TemplateColumn } from '../contract/template';
import { columnSample, mapHeaders, type ColumnMatch, type HeaderMapping } from './header-mapping';
import { fileIssue, type FileIssue, type FileNotice } from './issues';
import { defaultImportLimits, type ImportLimits } from './limits';
import { readTable, type ImportFile } from './read-table';
import type { RawTable } from './csv-reader';
import { planHashes, planRule } from './cell-rules';
import { markDuplicateRows } from './find-duplicates';
import { hashString } from './value-hash';
import { checkRowInto, compileTemplate, type ColumnIssue, type CompiledTemplate } from './validate-rows';
import type { TextEncodingName } from './decode';
import type { SheetFit } from './xlsx-reader';

export type { AccountIssue, SeatValidator } from './account-check';

/** Rows read and checked, in file order; row ids are consecutive from `startId`. */
export interface ImportRowsBatch {
  readonly startId: number;
  /** Row numbers as the user sees them in their spreadsheet. */
  readonly rowNumbers: number[];
  /** The user's values, in template column order, trimmed. */
  readonly raw: string[][];
  /** Normalised values ('' when blank or invalid), in template column order. */
  readonly values: string[][];
  /** Cell-level issues per row (null when none); duplicates and account issues come separately. */
  readonly issues: (ColumnIssue[] | null)[];
}

/** Progress while importing. */
export interface ImportProgress {
  readonly phase: 'reading' | 'validating' | 'checking-account';
  /** Rows done so far and the total when known. */
  readonly done: number;
  readonly total: number;
}

/**
 * The file's columns and how they were matched, for the Columns step: every header cell with a sample
 * of its values, and per template column the file column matched to it.
 */
export interface ColumnsReport {
  /** The header row's cells, trimmed, one per file column ('' for a column without a header). */
  readonly fileHeaders: readonly string[];
  /** Per file column, its first non-empty values (3 at most). */
  readonly samples: readonly (readonly string[])[];
  /** Per template column, in template order: the file column matched and how, or null. */
  readonly matches: readonly (ColumnMatch | null)[];
  /** A workbook's sheets in tab order (none for a CSV file), and the one these columns are from. */
  readonly sheets: readonly string[];
  readonly sheet: string | null;
}

/** Values shown per file column in the Columns step. */
const sampleSize = 3;

function columnsReport(table: RawTable, mapping: HeaderMapping, sheets: readonly string[], sheet: string | null): ColumnsReport {
  return {
    sheets,
    sheet,
    fileHeaders: mapping.fileHeaders,
    samples: mapping.fileHeaders.map((_, column) => columnSample(table, mapping.headerIndex, column, sampleSize)),
    matches: mapping.matches,
  };
}

/** What the pipeline learnt about the file as a whole. */
export interface ImportSummary {
  readonly format: 'csv' | 'xlsx';
  readonly encoding: TextEncodingName | null;
  readonly headerRowNumber: number;
  /** Per template column, the header as written in the user's file (template header when absent). */
  readonly userHeaders: readonly string[];
  /** Per template column, whether the user's file has it. */
  readonly presentColumns: readonly boolean[];
  readonly unknownHeaders: readonly string[];
  /** The file's columns and their matches. */
  readonly columns: ColumnsReport;
  readonly totalRows: number;
  readonly invalidRows: number;
  readonly notices: readonly FileNotice[];
  /** False when the account check could not run (it failed or was not given). */
  readonly accountChecked: boolean;
}

/**
 * The result of an import: a summary (rows went to `onRows`), or the file-level error; when required
 * columns are missing, with the columns found so the admin can match them.
 */
export type ImportOutcome =
  { readonly ok: true; readonly summary: ImportSummary } | { readonly ok: false; readonly issue: FileIssue; readonly columns?: ColumnsReport };

/** Options of `runImport`. */
export interface RunImportOptions {
  readonly limits?: Partial<ImportLimits>;
  /**
   * The admin's mapping: per template column, the index of its file column or -1. When absent the
   * columns are matched by the suggestion (header-mapping.ts).
   */
  readonly columnChoice?: readonly number[];
  /** The sheet of a workbook to read, by name; when absent, the first whose header row has the required columns (see `SheetChoice`). */
  readonly sheet?: string;
  /** Account check; when absent, only in-file checks run. */
  readonly validateAccount?: SeatValidator;
  /** Rows per batch handed to `onRows` (and posted by the worker). */
  readonly batchSize?: number;
  readonly onRows?: (batch: ImportRowsBatch) => void;
  readonly onAccountIssues?: (issues: AccountIssue[]) => void;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
  /** Called between batches; the worker yields to its event loop there, so a cancel gets through. */
  readonly pause?: () => Promise<void>;
}

/** Thrown (as an AbortError DOMException) when the signal aborts the import. */
function throwIfAborted(signal: AbortSignal | undefined): void {
  signal?.throwIfAborted();
}

// A neutralised cell from our own CSV export (csv-writer.ts): apostrophes before a character a
// spreadsheet would read as the start of a formula. The writer added exactly one.
const neutralised = /^'+[=+\-@\t\r\n\0]/;

/** What `checkRows` needs to check rows of the table; `unescaped` counts apostrophes removed. */
interface RowJob {
  readonly template: CompiledTemplate;
  readonly rows: readonly string[][];
  readonly rowNumbers: readonly number[];
  readonly firstData: number;
  readonly sourceIndex: readonly number[];
  readonly identity: boolean;
  readonly hashesByColumn: readonly (Int32Array | undefined)[];
  readonly hashedHere: readonly { readonly hashes: Int32Array; readonly column: number; readonly fold: boolean }[];
  readonly allValues: string[][];
  readonly invalid: Uint8Array;
  unescaped: number;
}

/**
 * Checks rows `start` to `end` (ids) into a batch. A plain function rather than a loop inside the
 * async `runImport`, so that it is optimised once and stays optimised from batch to batch.
 */
function checkRows(job: RowJob, start: number, end: number): ImportRowsBatch {
  const { template, rows, sourceIndex, identity, hashesByColumn, hashedHere, allValues, invalid } = job;
  const width = template.columns.length;
  const raws = new Array<string[]>(end - start);
  const issuesOf = new Array<ColumnIssue[] | null>(end - start);
  for (let rowId = start; rowId < end; rowId++) {
    const source = rows[job.firstData + rowId] ?? [];
    // When the file's columns are the template's, in order, the parsed row is reused in place.
    const raw = identity ? source : new Array<string>(width);
    for (let column = 0; column < width; column++) {
      const at = sourceIndex[column] ?? -1;
      let value = at < 0 ? '' : (source[at] ?? '');
      const length = value.length;
      if (length === 0) {
        raw[column] = value;
        continue;
      }
      // Trimmed as `String.prototype.trim` does (non-breaking spaces too), but `trim` is only called
      // when an end could be white space, which on a real file is almost never.
      let first = value.charCodeAt(0);
      const last = value.charCodeAt(length - 1);
      if (first <= 0x20 || last <= 0x20 || first >= 0xa0 || last >= 0xa0) {
        value = value.trim();
        first = value.charCodeAt(0);
      }
      if (first === 0x27 && neutralised.test(value)) {
        value = value.slice(1).trim();
        job.unescaped++;
      }
      raw[column] = value;
    }
    if (raw.length !== width) raw.length = width;
    const values = new Array<string>(width);
    const issues = checkRowInto(template, raw, values, hashesByColumn, rowId);
    for (const { hashes, column, fold } of hashedHere) {
      const value = values[column] ?? '';
      if (value !== '') hashes[rowId] = hashString(value, fold);
    }
    allValues[rowId] = values;
    raws[rowId - start] = raw;
    issuesOf[rowId - start] = issues;
    if (issues !== null) invalid[rowId] = 1;
  }
  const from = job.firstData + start;
  return { startId: start, rowNumbers: job.rowNumbers.slice(from, from + end - start), raw: raws, values: allValues.slice(start, end), issues: issuesOf };
}

/**
 * The whole import, UI-free: read, find and map the header, check every row, in-file uniqueness, then
 * the account check in batches. Rows are streamed to `onRows`; the outcome carries the counts.
 */
export async function runImport(file: ImportFile, columns: readonly TemplateColumn[], options: RunImportOptions = {}): Promise<ImportOutcome> {
  const limits: ImportLimits = { ...defaultImportLimits, ...options.limits };
  const { signal } = options;
  const batchSize = options.batchSize ?? 5000;
  options.onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const fit = (candidate: RawTable): SheetFit => {
    const found = mapHeaders(candidate, columns, limits.headerSearchRows);
    return found.ok ? 'all' : found.mapping === undefined ? 'none' : 'some';
  };
  const read = await readTable(file, limits, { sheet: options.sheet, fit });
  throwIfAborted(signal);
  if (!read.ok) return read;
  const { table, sheets, sheet } = read;
  const mapped = mapHeaders(table, columns, limits.headerSearchRows, { chosen: options.columnChoice });
  if (!mapped.ok)
    return mapped.mapping === undefined ? mapped : { ok: false, issue: mapped.issue, columns: columnsReport(table, mapped.mapping, sheets, sheet) };
  const { mapping } = mapped;
  const firstData = mapping.headerIndex + 1;
  const total = table.rows.length - firstData;
  if (table.truncated || total > limits.maxRows) return { ok: false, issue: fileIssue('tooManyRows', { maxRows: limits.maxRows }) };
  if (total <= 0) return { ok: false, issue: fileIssue('headerOnly') };

  const template = compileTemplate(columns);
  const { uniqueColumns } = template;
  // Each unique column's value hashes (0: no value), gathered as the rows go, for one pass per column at
  // the end. The checkers of email, digits, phone and MAC leave the hash as they scan; for other rules
  // it is computed here.
  const uniqueHashes = uniqueColumns.map(() => new Int32Array(total));
  const hashesByColumn: (Int32Array | undefined)[] = columns.map(() => undefined);
  const hashedHere: { hashes: Int32Array; column: number; fold: boolean }[] = [];
  uniqueColumns.forEach((column, slot) => {
    const rule = columns[column]?.rule;
    const hashes = uniqueHashes[slot];
    if (rule === undefined || hashes === undefined) return;
    if (planHashes(planRule(rule))) hashesByColumn[column] = hashes;
    else hashedHere.push({ hashes, column, fold: rule.type === 'email' });
  });
  const allValues = new Array<string[]>(total);
  const invalid = new Uint8Array(total);
  const { sourceIndex } = mapping;
  const job: RowJob = {
    template,
    rows: table.rows,
    rowNumbers: table.rowNumbers,
    firstData,
    sourceIndex,
    identity: sourceIndex.every((at, column) => at === column),
    hashesByColumn,
    hashedHere,
    allValues,
    invalid,
    unescaped: 0,
  };
  for (let start = 0; start < total; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    options.onRows?.(checkRows(job, start, end));
    options.onProgress?.({ phase: 'validating', done: end, total });
    if (options.pause !== undefined) await options.pause();
    throwIfAborted(signal);
  }

  const accountInvalid = new Uint8Array(total);
  let accountChecked = false;
  if (options.validateAccount !== undefined) {
    accountChecked = await checkAccount(columns, allValues, options.validateAccount, accountInvalid, options);
  }
  uniqueColumns.forEach((column, slot) => {
    const hashes = uniqueHashes[slot];
    // Emails compare case-insensitively; a valid address is ASCII, as `markDuplicateRows` needs.
    if (hashes !== undefined) markDuplicateRows(hashes, (row) => allValues[row]?.[column] ?? '', columns[column]?.rule.type === 'email', invalid);
  });
  let invalidRows = 0;
  for (let rowId = 0; rowId < total; rowId++) if (invalid[rowId] === 1 || accountInvalid[rowId] === 1) invalidRows++;
  const notices: FileNotice[] = [...read.notices];
  if (job.unescaped > 0) notices.push({ messageKey: 'notice.apostropheRemoved', params: { count: job.unescaped } });
  if (mapping.unknownHeaders.length > 0) {
    notices.push({ messageKey: 'notice.unknownColumns', params: { columns: mapping.unknownHeaders.join(', '), count: mapping.unknownHeaders.length } });
  }
  if (options.validateAccount !== undefined && !accountChecked) notices.push({ messageKey: 'notice.accountCheckFailed', params: {} });
  return {
    ok: true,
    summary: {
      format: read.format,
      encoding: read.encoding,
      headerRowNumber: mapping.headerRowNumber,
      userHeaders: mapping.userHeaders,
      presentColumns: sourceIndex.map((at) => at >= 0),
      unknownHeaders: mapping.unknownHeaders,
      columns: columnsReport(table, mapping, sheets, sheet),
      totalRows: total,
      invalidRows,
      notices,
      accountChecked,
    },
  };
}

async function checkAccount(
  columns: readonly TemplateColumn[],
  values: readonly string[][],
  validate: SeatValidator,
  invalid: Uint8Array,
  options: RunImportOptions,
): Promise<boolean> {
  let done = 0;
  try {
    for (const request of accountRequests(columns, values)) {
      throwIfAborted(options.signal);
      const issues = accountIssuesFrom(columns, await validate(request));
      for (const issue of issues) if (issue.rowId >= 0 && issue.rowId < invalid.length) invalid[issue.rowId] = 1;
      if (issues.length > 0) options.onAccountIssues?.(issues);
      done += request.rows.length;
      options.onProgress?.({ phase: 'checking-account', done, total: values.length });
    }
    return true;
  } catch (error) {
    // A cancel is the caller's decision and must surface; a failed check only degrades the result.
    if (options.signal?.aborted === true) throw error;
    return false;
  }
}
