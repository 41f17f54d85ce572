import { zipSync, type Zippable } from 'fflate';
import { isBlankRow, type RawTable } from './csv-reader';
import { fileIssue, type FileIssue } from './issues';
import type { NumberFormat } from './number-format';
import { readCellFormats } from './xlsx-cell-formats';
import { openZipWithinBudget } from './zip-guard';

/**
 * .xlsx to a grid of strings. The archive is opened by our zip guard under a byte budget; the
 * spreadsheet reader (read-excel-file, maintained, MIT, no eval) then only ever sees an archive we
 * rebuilt from the entries that passed, stored uncompressed, so the guard holds whatever the reader
 * does inside. The reader is imported dynamically: its code loads only when an .xlsx is chosen.
 * Numbers are shown in their cell's number format (number-format.ts), which the reader does not
 * apply: an extension formatted 00000 reads 00042, a phone number formatted 000-000-0000 reads
 * 415-555-0100, as the person saw them in Excel.
 */

/** Numeric cells keep the text the reader saw, tagged so they can be told from text cells. */
class NumericText {
  constructor(readonly text: string) {}
}

/** The result of reading an .xlsx: its first sheet as a grid, or a file-level error. */
export type XlsxReadResult = { readonly ok: true; readonly table: RawTable } | { readonly ok: false; readonly issue: FileIssue };

const isXmlEntry = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');

/** Reads the first sheet of an .xlsx, cached formula values included, every cell as the text a person sees. */
export async function readXlsx(bytes: Uint8Array, maxInflatedBytes: number, maxRecords: number): Promise<XlsxReadResult> {
  const opened = openZipWithinBudget(bytes, maxInflatedBytes, isXmlEntry);
  if (!opened.ok) return { ok: false, issue: fileIssue(opened.reason === 'zipBomb' ? 'zipBomb' : 'invalidXlsx') };
  const names = [...opened.entries.keys()];
  if (!names.includes('xl/workbook.xml')) {
    const allNames = listNames(bytes);
    const format = allNames.some((name) => name === 'mimetype' || name === 'content.xml')
      ? '.ods'
      : allNames.some((name) => name.startsWith('Index/'))
        ? '.numbers'
        : '.zip';
    return { ok: false, issue: fileIssue('unsupportedFormat', { format }) };
  }
  const rebuilt: Zippable = {};
  for (const [name, data] of opened.entries) rebuilt[name] = [data, { level: 0 }];
  const archive = zipSync(rebuilt, { level: 0 });

  const { readSheet } = await import('read-excel-file/universal');
  let sheet: unknown[][];
  try {
    sheet = await readSheet<NumericText>(archive.buffer, 1, { parseNumber: (text) => new NumericText(text), trim: false });
  } catch {
    return { ok: false, issue: fileIssue('invalidXlsx') };
  }
  const formats = readCellFormats(opened.entries);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let truncated = false;
  for (let index = 0; index < sheet.length; index++) {
    const cells = sheet[index];
    if (cells === undefined) continue;
    const row = formats === null ? cells.map((cell) => cellText(cell)) : cells.map((cell, column) => cellText(cell, formats.formatAt(index, column)));
    if (isBlankRow(row)) continue;
    if (rows.length >= maxRecords) {
      truncated = true;
      break;
    }
    rows.push(row);
    rowNumbers.push(index + 1);
  }
  return { ok: true, table: { rows, rowNumbers, truncated } };
}

/** Entry names from the central directory headers, to tell an .ods or .numbers from an .xlsx. */
function listNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50 || i + 46 > bytes.length) continue;
    const length = view.getUint16(i + 28, true);
    names.push(decoder.decode(bytes.subarray(i + 46, i + 46 + length)));
  }
  return names;
}

/**
 * The text a person sees in the cell. Numbers come back in the cell's number format when it has one
 * that formats numbers, else the way a spreadsheet shows them in General format with 15 significant
 * digits (so 0.1+0.2 reads 0.3 and 14155550100 keeps every digit); booleans read TRUE/FALSE; dates
 * read as ISO 8601 dates.
 */
export function cellText(value: unknown, format?: NumberFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof NumericText) return (format === undefined ? null : format.format(Number(value.text))) ?? numberText(value.text);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof value === 'number') return numberText(String(value));
  return String(value);
}

function numberText(text: string): string {
  const number = Number(text);
  if (!Number.isFinite(number)) return text;
  if (Number.isInteger(number) && Math.abs(number) < 1e21) return number.toFixed(0);
  return String(Number.parseFloat(number.toPrecision(15)));
}
