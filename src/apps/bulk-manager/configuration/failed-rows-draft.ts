import type { TemplateColumn } from '../../../contract/template';
import { accountIssuesFrom, buildAccountRequests, PreviewModel, rowsBatch, type FileNotice, type SeatValidator } from '../../../import';
import { nextDraftId, type PreviewDraft } from './preview-draft';

/** A row a bulk job could not create: the user's values as typed and the server's reason. */
export interface FailedRow {
  readonly userRow: number;
  readonly raw: readonly string[];
  readonly message: string;
}

/** What a draft of failed rows is made from. */
export interface FailedRowsInput {
  readonly columns: readonly TemplateColumn[];
  readonly accountId: string;
  readonly fileName: string;
  /** The user's headers of the original file, template column order. */
  readonly userHeaders: readonly string[];
  readonly rows: readonly FailedRow[];
  readonly validateAccount: SeatValidator;
}

/** Rows listed by number and reason in a notice; the others are counted. */
const listedRows = 5;

/**
 * A preview draft of the rows a bulk job could not create, so the user can fix and create them
 * again: checked like an uploaded file's rows (cells, duplicates, then the account, so a value
 * another user took is marked on its cell). A row whose refusal shows on no cell after that says
 * the server's reason in a notice; a failed account check leaves the rows unchecked, said in a
 * notice too, as for an upload.
 */
export async function failedRowsDraft(input: FailedRowsInput): Promise<PreviewDraft> {
  const { columns, rows } = input;
  const model = new PreviewModel(columns, input.userHeaders.length === columns.length ? input.userHeaders : undefined);
  const batch = rowsBatch(
    columns,
    rows.map((row) => ({ rowNumber: row.userRow, raw: row.raw })),
  );
  model.appendBatch(batch);
  let accountChecked = true;
  for (const request of buildAccountRequests(columns, batch.values)) {
    try {
      model.applyAccountIssues(accountIssuesFrom(columns, await input.validateAccount(request)));
    } catch {
      accountChecked = false;
      break;
    }
  }
  const notices: FileNotice[] = [{ messageKey: 'notice.failedRows', params: { count: rows.length } }];
  // Row ids are the rows' positions (the batch starts at 0).
  const unexplained = rows.filter((_, id) => model.issuesOf(id).length === 0);
  if (unexplained.length > 0) {
    const listed = unexplained
      .slice(0, listedRows)
      .map((row) => `${row.userRow} (${row.message})`)
      .join('; ');
    notices.push({
      messageKey: 'notice.refusedByServer',
      params: { count: unexplained.length, rows: unexplained.length > listedRows ? `${listed}…` : listed },
    });
  }
  if (!accountChecked) notices.push({ messageKey: 'notice.accountCheckFailed', params: {} });
  return { id: nextDraftId(), accountId: input.accountId, fileName: input.fileName, model, notices };
}
