import {
  assignmentCsvHeaders,
  type AssignmentChange,
  type AssignmentProblemCode,
  type AssignmentsApplyResponse,
  type AssignmentsPreview,
} from '../../../contract';
import type { AssignmentsFile, Message } from './read-assignments-file';

/**
 * The server numbers the rows of the CSV it was sent (1 = first data row); people think in the rows
 * of their spreadsheet. These turn the server's answers into the user's row numbers and columns, and
 * merge the rows refused before sending.
 */

/** A change the upload would make, located in the user's sheet. */
export interface PreviewChange extends Omit<AssignmentChange, 'rowNumber'> {
  rowNumber: number;
}

/** A row that will not be applied, and why. */
export interface PreviewProblem {
  rowNumber: number;
  column: string | null;
  value: string | null;
  message: Message;
}

/** What the admin confirms. */
export interface UploadPreview {
  rowCount: number;
  changes: PreviewChange[];
  problems: PreviewProblem[];
  /** Rows that change nothing. */
  unchangedCount: number;
  notices: Message[];
}

/** One row's outcome after Apply. */
export interface RowOutcome {
  rowNumber: number;
  status: 'applied' | 'unchanged' | 'failed';
  /** The user of the row, when known. */
  userPrincipalName: string | null;
  /** Why it failed. */
  message: Message | null;
}

const knownCodes: ReadonlySet<string> = new Set<AssignmentProblemCode>([
  'unknown-user',
  'number-not-owned',
  'duplicate-number',
  'invalid-number',
  'missing-columns',
]);

function problemMessage(code: string, value: string | null): Message {
  return { key: `teams:assignments.problems.${knownCodes.has(code) ? code : 'other'}`, params: { value: value ?? '' } };
}

const byRow = <T extends { rowNumber: number }>(a: T, b: T): number => a.rowNumber - b.rowNumber;

function sheetRow(file: AssignmentsFile, serverRow: number): number {
  return serverRow === 0 ? file.headerRowNumber : (file.sheetRowNumbers[serverRow - 1] ?? serverRow);
}

/** The preview in the user's terms. */
export function toPreview(file: AssignmentsFile, server: AssignmentsPreview): UploadPreview {
  const changes = server.changes.map((change) => ({ ...change, rowNumber: sheetRow(file, change.rowNumber) }));
  const problems: PreviewProblem[] = [
    ...file.problems.map((problem) => ({ rowNumber: problem.rowNumber, column: problem.column, value: problem.value, message: problem.message })),
    ...server.problems.map((problem) => ({
      rowNumber: sheetRow(file, problem.rowNumber),
      column: problem.column === null ? null : (file.userHeaders[problem.column] ?? problem.column),
      // What the user wrote, rather than the normalised value that was sent.
      value: (problem.column === null ? undefined : file.sheetValues[problem.rowNumber - 1]?.[problem.column]) ?? problem.value,
      message: problemMessage(problem.code, problem.value),
    })),
  ];
  return {
    rowCount: file.rowCount,
    changes: changes.sort(byRow),
    problems: problems.sort(byRow),
    unchangedCount: server.unchangedCount,
    notices: file.notices,
  };
}

/** Every row's outcome, in sheet order: the server's results and the rows refused before sending. */
export function toOutcomes(file: AssignmentsFile, preview: UploadPreview, response: AssignmentsApplyResponse): RowOutcome[] {
  const users = new Map(preview.changes.map((change) => [change.rowNumber, change.userPrincipalName]));
  const outcomes: RowOutcome[] = response.results.map((result) => {
    const rowNumber = sheetRow(file, result.rowNumber);
    const userPrincipalName = users.get(rowNumber) ?? (file.sheetValues[result.rowNumber - 1]?.[assignmentCsvHeaders[0]] || null);
    return result.status === 'failed'
      ? { rowNumber, status: 'failed', userPrincipalName, message: problemMessage(result.code, null) }
      : { rowNumber, status: result.status, userPrincipalName, message: null };
  });
  const refused = new Map<number, RowOutcome>();
  for (const problem of file.problems) {
    if (!refused.has(problem.rowNumber))
      refused.set(problem.rowNumber, {
        rowNumber: problem.rowNumber,
        status: 'failed',
        userPrincipalName: problem.userPrincipalName || null,
        message: problem.message,
      });
  }
  return [...outcomes, ...refused.values()].sort(byRow);
}
