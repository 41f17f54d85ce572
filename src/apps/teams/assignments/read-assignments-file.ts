import Papa from 'papaparse';
import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { assignmentCsvHeaders, MAX_ASSIGNMENTS_CSV_LENGTH } from '../../../contract';
import {
  checkNanpPhone,
  defaultImportLimits,
  mapHeaders,
  readTable,
  type CellCheck,
  type FileIssue,
  type ImportFile,
  type MessageParams,
} from '../../../import';
import { assignmentColumns, COLUMN } from './assignment-columns';

/**
 * Reads an edited assignments file with the import engine (CSV or XLSX, any encoding and delimiter,
 * a title line above the header, headers in any order or wording), recognises spreadsheet damage to
 * numbers, and builds the canonical CSV the validate and apply endpoints take. Loaded only when a file
 * is chosen: it brings papaparse, the XLSX reader on demand, and the phone metadata.
 */

/** A problem found in the file before it is sent, located as the user sees it. */
export interface FileProblem {
  /** Row number in the user's spreadsheet. */
  rowNumber: number;
  /** The column header as written in the user's file. */
  column: string;
  value: string;
  message: Message;
  /** The row's user, as written (empty on a spare-number row). */
  userPrincipalName: string;
}

/** The file, ready to send. */
export interface AssignmentsFile {
  /** The rows without problems, in canonical columns and E.164; what the server validates and applies. */
  csv: string;
  /** For each data row of `csv` (1-based on the server, so index + 1): its row number in the user's sheet. */
  sheetRowNumbers: number[];
  /** The cells of each row of `csv` as the user wrote them, by canonical header: problems quote these. */
  sheetValues: Record<string, string>[];
  /** The user's header for each canonical column header (`Phone Number` -> `DID`). */
  userHeaders: Record<string, string>;
  /** The sheet row of the header line (the server's row 0). */
  headerRowNumber: number;
  /** Data rows in the file. */
  rowCount: number;
  /** Rows refused here (not sent): spreadsheet damage, invalid numbers. */
  problems: FileProblem[];
  /** Things done to the file that the user should know (apostrophes removed, columns ignored). */
  notices: Message[];
}

/** A message to translate: a namespaced i18n key (`import:file.empty`) and its parameters. */
export interface Message {
  key: string;
  params: MessageParams;
}

/** The file, or why it cannot be read at all. */
export type ReadAssignmentsResult = { ok: true; file: AssignmentsFile } | { ok: false; error: Message };

const fileError = (issue: FileIssue): { ok: false; error: Message } => ({ ok: false, error: { key: `import:${issue.messageKey}`, params: issue.params } });

// A cell our own export neutralised (see the CSV writer): exactly one apostrophe was added.
const neutralised = /^'+[=+\-@\t\r\n\0]/;

/** A failover number may be abroad (any valid international number); the phone number is NANP. */
function checkFailover(value: string): CellCheck {
  if (value.startsWith('+') && !value.replace(/[\s().-]/g, '').startsWith('+1')) {
    return isValidPhoneNumber(value) ? (parsePhoneNumberFromString(value)?.number ?? value) : { messageKey: 'cell.invalidPhone', params: {} };
  }
  return checkNanpPhone(value);
}

/** Reads the file; never throws for a bad file (a file-level issue instead). */
export async function readAssignmentsFile(file: ImportFile): Promise<ReadAssignmentsResult> {
  const limits = defaultImportLimits;
  const read = await readTable(file, limits);
  if (!read.ok) return fileError(read.issue);
  const mapped = mapHeaders(read.table, assignmentColumns, limits.headerSearchRows);
  if (!mapped.ok) return fileError(mapped.issue);
  const { mapping } = mapped;
  const { rows, rowNumbers } = read.table;
  const firstData = mapping.headerIndex + 1;
  const rowCount = rows.length - firstData;
  if (read.table.truncated || rowCount > limits.maxRows) return { ok: false, error: { key: 'import:file.tooManyRows', params: { maxRows: limits.maxRows } } };
  if (rowCount <= 0) return { ok: false, error: { key: 'import:file.headerOnly', params: {} } };

  const problems: FileProblem[] = [];
  const wireRows: string[][] = [];
  const sheetRowNumbers: number[] = [];
  const sheetValues: Record<string, string>[] = [];
  let unescaped = 0;
  for (let index = firstData; index < rows.length; index++) {
    const source = rows[index] ?? [];
    const rowNumber = rowNumbers[index] ?? 0;
    const cells = assignmentColumns.map((_, column) => {
      const at = mapping.sourceIndex[column] ?? -1;
      const value = at < 0 ? '' : (source[at] ?? '').trim();
      if (value.startsWith("'") && neutralised.test(value)) {
        unescaped++;
        return value.slice(1).trim();
      }
      return value;
    });
    let rowOk = true;
    const checked = (column: number, check: (value: string) => CellCheck): string => {
      const value = cells[column] ?? '';
      if (value === '') return '';
      const result = check(value);
      if (typeof result === 'string') return result;
      rowOk = false;
      problems.push({
        rowNumber,
        column: mapping.userHeaders[column] ?? '',
        value,
        message: { key: `import:${result.messageKey}`, params: result.params },
        userPrincipalName: cells[COLUMN.upn] ?? '',
      });
      return value;
    };
    const phone = checked(COLUMN.phone, checkNanpPhone);
    const failover = checked(COLUMN.failover, checkFailover);
    // A row with a problem is not sent: the server would apply a row we know is wrong.
    if (!rowOk) continue;
    wireRows.push([cells[COLUMN.upn] ?? '', cells[COLUMN.displayName] ?? '', phone, failover, '']);
    sheetRowNumbers.push(rowNumber);
    sheetValues.push(Object.fromEntries(assignmentColumns.map((column, at) => [column.header, cells[at] ?? ''])));
  }

  // The request body, not a file for people: plain RFC 4180 quoting, no formula neutralising (which
  // would put an apostrophe before every `+` number the server reads).
  const csv = Papa.unparse({ fields: [...assignmentCsvHeaders], data: wireRows }, { newline: '\r\n' });
  if (csv.length > MAX_ASSIGNMENTS_CSV_LENGTH) return { ok: false, error: { key: 'teams:assignments.upload.tooLarge', params: {} } };

  const notices: AssignmentsFile['notices'] = read.notices.map((notice) => ({ key: `import:${notice.messageKey}`, params: notice.params }));
  if (unescaped > 0) notices.push({ key: 'import:notice.apostropheRemoved', params: { count: unescaped } });
  if (mapping.unknownHeaders.length > 0)
    notices.push({ key: 'import:notice.unknownColumns', params: { columns: mapping.unknownHeaders.join(', '), count: mapping.unknownHeaders.length } });
  const userHeaders = Object.fromEntries(assignmentColumns.map((column, index) => [column.header, mapping.userHeaders[index] ?? column.header]));
  return { ok: true, file: { csv, sheetRowNumbers, sheetValues, userHeaders, headerRowNumber: mapping.headerRowNumber, rowCount, problems, notices } };
}
