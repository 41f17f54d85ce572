import { zipSync, type Zippable } from 'fflate';
import { isBlankRow, type RawTable } from './csv-reader';
import { fileIssue, type FileIssue } from './issues';
import type { NumberFormat } from './number-format';
import { readCellFormats, workbookSheets } from './xlsx-cell-formats';
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

/** The result of reading an .xlsx: the chosen sheet as a grid with the names of all sheets, or a file-level error. */
export type XlsxReadResult =
  | { readonly ok: true; readonly table: RawTable; readonly sheets: readonly string[]; readonly sheet: string | null }
  | { readonly ok: false; readonly issue: FileIssue };

/** How well a sheet's header row matches the template: every required column, some column, or none. */
export type SheetFit = 'all' | 'some' | 'none';

/**
 * Which sheet to read: the one named, else the first whose header row has every required column,
 * else the first with any known column, else the first.
 */
export interface SheetChoice {
  readonly sheet?: string;
  readonly fit?: (table: RawTable) => SheetFit;
}

const isXmlEntry = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');

/**
 * Reads a sheet of an .xlsx (see {@link SheetChoice}), cached formula values included, every cell as
 * the text a person sees. A named sheet the workbook does not have is the first sheet.
 */
export async function readXlsx(bytes: Uint8Array, maxInflatedBytes: number, maxRecords: number, choice: SheetChoice = {}): Promise<XlsxReadResult> {
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
  const sheets = workbookSheets(opened.entries);
  const formatsOf = (path: string | undefined) => readCellFormats(opened.entries, path);
  const read = async (at: number): Promise<RawTable | null> => {
    try {
      const sheet = await readSheet<NumericText>(archive.buffer, at + 1, { parseNumber: (text) => new NumericText(text), trim: false });
      return tableOf(sheet, formatsOf(sheets[at]?.path), maxRecords);
    } catch {
      return null;
    }
  };
  const sheetNames = sheets.map((sheet) => sheet.name);
  const named = choice.sheet === undefined ? -1 : sheetNames.indexOf(choice.sheet);
  const first = await read(named >= 0 ? named : 0);
  if (first === null) return { ok: false, issue: fileIssue('invalidXlsx') };
  const result = (table: RawTable, at: number): XlsxReadResult => ({ ok: true, table, sheets: sheetNames, sheet: sheetNames[at] ?? null });
  const { fit } = choice;
  if (named >= 0 || fit === undefined) return result(first, Math.max(named, 0));
  let best = { table: first, at: 0, fit: fit(first) };
  for (let at = 1; at < sheets.length && best.fit !== 'all'; at++) {
    const table = await read(at);
    if (table === null) continue;
    const found = fit(table);
    if (found === 'all' || (found === 'some' && best.fit === 'none')) best = { table, at, fit: found };
  }
  return result(best.table, best.at);
}

/** A sheet's rows as text, blank rows left out, with their row numbers; at most `maxRecords` rows (then `truncated`). */
function tableOf(sheet: unknown[][], formats: ReturnType<typeof readCellFormats>, maxRecords: number): RawTable {
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
  return { rows, rowNumbers, truncated };
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
