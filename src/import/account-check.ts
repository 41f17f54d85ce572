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
export function buildAccountRequests(
  columns: readonly TemplateColumn[],
  values: readonly (readonly string[] | undefined)[],
  rowIds?: readonly number[],
): SeatValidationRequest[] {
  return [...accountRequests(columns, values, rowIds)];
}

/**
 * `buildAccountRequests` one request at a time: the import builds each batch when it sends it, so
 * 100,000 request rows never live at once (they would outlive several garbage collections).
 */
export function* accountRequests(
  columns: readonly TemplateColumn[],
  values: readonly (readonly string[] | undefined)[],
  rowIds?: readonly number[],
): Generator<SeatValidationRequest, void, undefined> {
  const positions = accountColumns.map((key) => columns.findIndex((column) => column.key === key));
  const [emailAt = -1, extensionAt = -1, directNumberAt = -1, macAddressAt = -1] = positions;
  let rows: SeatValidationRequest['rows'] = [];
  const count = rowIds?.length ?? values.length;
  // Plain loops and one object per row: this runs over every row of a 100,000-row import.
  for (let at = 0; at < count; at++) {
    const rowId = rowIds === undefined ? at : (rowIds[at] ?? -1);
    const row = values[rowId];
    if (row === undefined) continue;
    const email = row[emailAt] ?? '';
    const extension = row[extensionAt] ?? '';
    const directNumber = row[directNumberAt] ?? '';
    const macAddress = row[macAddressAt] ?? '';
    if (email === '' && extension === '' && directNumber === '' && macAddress === '') continue;
    const entry: SeatValidationRequest['rows'][number] = { index: rowId };
    if (email !== '') entry.email = email;
    if (extension !== '') entry.extension = extension;
    if (directNumber !== '') entry.directNumber = directNumber;
    if (macAddress !== '') entry.macAddress = macAddress;
    rows.push(entry);
    if (rows.length === accountBatchSize) {
      yield { rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { rows };
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
