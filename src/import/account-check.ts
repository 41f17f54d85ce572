import type { SeatValidationRequest, SeatValidationResponse } from '../contract/seat-validation';
import type { TemplateColumn } from '../contract/template';

/**
 * The account check as the engine sees it: requests built from rows, responses mapped to issues. The
 * check itself is injected (the page calls the API through the bridge); nothing here knows HTTP.
 */

/** Account-level checks (uniqueness against existing seats, spare numbers), injected: no HTTP here. */
export type SeatValidator = (request: SeatValidationRequest) => Promise<SeatValidationResponse>;

/** An issue found by the account check. */
export interface AccountIssue {
  readonly rowId: number;
  readonly column: number;
  readonly messageKey: string;
}

/** Account-checked columns of the contract, by template key. */
const accountColumns = ['email', 'extension', 'directNumber', 'macAddress'] as const;
/** The contract's maximum rows per request. */
const accountBatchSize = 5000;

/** Builds account-check requests from the rows' valid values, in batches the contract allows. */
export function buildAccountRequests(columns: readonly TemplateColumn[], values: readonly (readonly string[] | undefined)[], rowIds?: readonly number[]): SeatValidationRequest[] {
  const positions = accountColumns.map((key) => columns.findIndex((column) => column.key === key));
  const requests: SeatValidationRequest[] = [];
  let rows: SeatValidationRequest['rows'] = [];
  const ids = rowIds ?? values.map((_, id) => id);
  for (const rowId of ids) {
    const row = values[rowId];
    if (row === undefined) continue;
    const entry: SeatValidationRequest['rows'][number] = { index: rowId };
    let any = false;
    accountColumns.forEach((key, slot) => {
      const value = row[positions[slot] ?? -1] ?? '';
      if (value !== '') {
        entry[key] = value;
        any = true;
      }
    });
    if (!any) continue;
    rows.push(entry);
    if (rows.length === accountBatchSize) {
      requests.push({ rows });
      rows = [];
    }
  }
  if (rows.length > 0) requests.push({ rows });
  return requests;
}

/** Maps an account-check response to issues on template columns. */
export function accountIssuesFrom(columns: readonly TemplateColumn[], response: SeatValidationResponse): AccountIssue[] {
  const issues: AccountIssue[] = [];
  for (const result of response.results) {
    for (const issue of result.issues) {
      const column = columns.findIndex((candidate) => candidate.key === issue.column);
      if (column < 0) continue;
      issues.push({ rowId: result.index, column, messageKey: issue.code === 'taken' ? 'cell.takenInAccount' : 'cell.notSpareNumber' });
    }
  }
  return issues;
}

