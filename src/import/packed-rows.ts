import type { ImportRowsBatch } from './pipeline';
import type { ColumnIssue } from './validate-rows';

/**
 * A batch of rows packed for the trip from the import worker to the page and for keeping there: each
 * row's cells are runs of two long strings, found by end offsets in typed arrays. A batch of 1,000
 * rows is then two strings and three typed arrays instead of 2,000 arrays and 24,000 strings: the
 * page copies it in one go, and 100,000 rows held for the preview are a few hundred objects that the
 * garbage collector walks in no time, instead of 2.6 million that it stopped the page to walk.
 */
export interface PackedRows {
  readonly packed: true;
  readonly startId: number;
  /** Cells per row (the template's columns). */
  readonly width: number;
  /** Row numbers as the user sees them in their spreadsheet. */
  readonly rowNumbers: Int32Array;
  /** The user's values, row after row, cell after cell; cell `k` (row `k / width`) ends at `rawEnds[k]`. */
  readonly rawText: string;
  readonly rawEnds: Uint32Array;
  /**
   * The normalised values that differ from the user's (a phone number in E.164, a choice in its
   * canonical spelling), laid out the same way; a cell whose value is the user's (1 in `sameAsRaw`)
   * adds nothing to the text and its end is the previous cell's. Most cells are the user's as typed.
   */
  readonly valuesText: string;
  readonly valueEnds: Uint32Array;
  readonly sameAsRaw: Uint8Array;
  /** Cell-level issues per row (null when none). */
  readonly issues: readonly (ColumnIssue[] | null)[];
}

/** True when the batch is packed already. */
export function isPacked(batch: ImportRowsBatch | PackedRows): batch is PackedRows {
  return 'packed' in batch;
}

/** Packs rows of `width` cells; with `same`, a cell equal to the same cell of `same` is marked there instead. */
function pack(
  rows: readonly (readonly string[])[],
  width: number,
  same?: { readonly rows: readonly (readonly string[])[]; readonly marks: Uint8Array },
): { text: string; ends: Uint32Array } {
  const cells: string[] = [];
  const ends = new Uint32Array(rows.length * width);
  let end = 0;
  let k = 0;
  for (let row = 0; row < rows.length; row++) {
    const values = rows[row] ?? [];
    const others = same?.rows[row];
    for (let column = 0; column < width; column++) {
      const cell = values[column] ?? '';
      if (same !== undefined && cell === (others?.[column] ?? '')) {
        same.marks[k] = 1;
      } else {
        cells.push(cell);
        end += cell.length;
      }
      ends[k] = end;
      k++;
    }
  }
  return { text: cells.join(''), ends };
}

/** Packs a batch whose rows have `width` cells (cells past it are dropped, missing ones are empty). */
export function packRows(batch: ImportRowsBatch, width: number): PackedRows {
  const raw = pack(batch.raw, width);
  const sameAsRaw = new Uint8Array(batch.raw.length * width);
  const values = pack(batch.values, width, { rows: batch.raw, marks: sameAsRaw });
  return {
    packed: true,
    startId: batch.startId,
    width,
    rowNumbers: Int32Array.from(batch.rowNumbers),
    rawText: raw.text,
    rawEnds: raw.ends,
    valuesText: values.text,
    valueEnds: values.ends,
    sameAsRaw,
    issues: batch.issues,
  };
}

/** Rows in a packed batch. */
export const packedCount = (batch: PackedRows): number => batch.rowNumbers.length;

/** Cell `column` of the batch's `row`-th row (0 is its first): raw, or normalised with `normalised`. */
export function packedCell(batch: PackedRows, row: number, column: number, normalised: boolean): string {
  const k = row * batch.width + column;
  if (column < 0 || column >= batch.width || k >= batch.rawEnds.length) return '';
  const user = !normalised || batch.sameAsRaw[k] === 1;
  const ends = user ? batch.rawEnds : batch.valueEnds;
  return (user ? batch.rawText : batch.valuesText).slice(k === 0 ? 0 : (ends[k - 1] ?? 0), ends[k]);
}

/** A whole row of the batch as an array of cells. */
export function packedRow(batch: PackedRows, row: number, normalised: boolean): string[] {
  const cells = new Array<string>(batch.width);
  for (let column = 0; column < batch.width; column++) cells[column] = packedCell(batch, row, column, normalised);
  return cells;
}
