import { writeCsv } from './csv-writer';
import type { MessageParams } from './issues';
import type { PreviewModel } from './preview-model';

/** Turns an i18n key of the `import` namespace and its params into text (i18next's `t` fits). */
export type Translate = (messageKey: string, params: MessageParams) => string;

/**
 * The errors file: all the user's rows in their order, with their own headers, and an `Errors` column
 * listing each problem as "Column: message" (empty for a valid row). Fix it and import it again: the
 * extra column is ignored. `rows: 'errors'` keeps only the rows that have a problem.
 */
export function writeErrorsCsv(model: PreviewModel, translate: Translate, rows: 'errors' | 'all' = 'all'): string {
  const header = [...model.userHeaders, translate('export.errorsColumn', {})];
  const lines: string[][] = [];
  for (const id of model.rowIds(rows)) {
    const row = model.row(id);
    if (row === undefined) continue;
    const errors = row.issues.map((issue) => `${issue.column}: ${translate(issue.messageKey, issue.params)}`).join('; ');
    lines.push([...row.raw, errors]);
  }
  return writeCsv(header, lines);
}

/** The outcome of creating one row, for the summary file. */
export interface SummaryRow {
  /** The user's values in template column order. */
  readonly raw: readonly string[];
  readonly userId?: string;
  readonly createdAt?: Date;
  /** Already translated, for example "Created" or "Failed". */
  readonly result: string;
  readonly error?: string;
}

/** The summary file after a bulk creation: the rows plus `User ID`, `Created At` (ISO 8601), `Result`, `Error`. */
export function writeSummaryCsv(userHeaders: readonly string[], rows: Iterable<SummaryRow>, translate: Translate): string {
  const header = [
    ...userHeaders,
    translate('export.userIdColumn', {}),
    translate('export.createdAtColumn', {}),
    translate('export.resultColumn', {}),
    translate('export.errorColumn', {}),
  ];
  const lines: string[][] = [];
  for (const row of rows) lines.push([...row.raw, row.userId ?? '', row.createdAt?.toISOString() ?? '', row.result, row.error ?? '']);
  return writeCsv(header, lines);
}
