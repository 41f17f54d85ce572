import type { TemplateColumn } from '../contract/template';
import type { ImportRowsBatch } from './pipeline';
import { checkRow, compileTemplate } from './validate-rows';

/** A row as the user typed it, in template column order, with the row number of their spreadsheet. */
export interface TypedRow {
  readonly rowNumber: number;
  readonly raw: readonly string[];
}

/**
 * Checks rows that do not come from a file (rows taken back from a bulk job, say) the way the import
 * checks a file's rows, into a batch for `PreviewModel.appendBatch`: trimmed values, normalised
 * values and cell issues; row ids from `startId` in the given order. In-file duplicates and the
 * account check stay the model's and the caller's, as for an import.
 */
export function rowsBatch(columns: readonly TemplateColumn[], rows: readonly TypedRow[], startId = 0): ImportRowsBatch {
  const template = compileTemplate(columns);
  const batch: ImportRowsBatch = { startId, rowNumbers: [], raw: [], values: [], issues: [] };
  for (const row of rows) {
    const raw = columns.map((_, index) => (row.raw[index] ?? '').trim());
    const checked = checkRow(template, raw);
    batch.rowNumbers.push(row.rowNumber);
    batch.raw.push(raw);
    batch.values.push(checked.values);
    batch.issues.push(checked.issues);
  }
  return batch;
}
