import { decodeText, sniffFormat, type TextEncodingName } from './decode';
import { parseDelimited, type RawTable } from './csv-reader';
import { fileIssue, type FileIssue, type FileNotice } from './issues';
import type { ImportLimits } from './limits';
import { mixedEncodingNotice } from './mixed-encoding-notice';
import type { SheetChoice } from './xlsx-reader';

/** A file to import: a browser `File` fits, and so does any object with these members. */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A sheet read from a file, or the file-level error that stops it. */
export type ReadTableResult =
  | {
      readonly ok: true;
      readonly table: RawTable;
      readonly format: 'csv' | 'xlsx';
      readonly encoding: TextEncodingName | null;
      /** What reading did that the user should know about (rows of a UTF-8 file read as Windows-1252). */
      readonly notices: readonly FileNotice[];
      /** The workbook's sheets in tab order (none for a CSV file), and the one read. */
      readonly sheets: readonly string[];
      readonly sheet: string | null;
    }
  | { readonly ok: false; readonly issue: FileIssue };

const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * Reads any supported file into a grid of strings, enforcing the limits as it goes: the size before a
 * byte is read, the row count while parsing, the inflated size while unzipping.
 */
export async function readTable(file: ImportFile, limits: ImportLimits, sheetChoice: SheetChoice = {}): Promise<ReadTableResult> {
  if (file.size === 0) return { ok: false, issue: fileIssue('empty') };
  if (file.size > limits.maxBytes) {
    return { ok: false, issue: fileIssue('tooBig', { maxMegabytes: megabytes(limits.maxBytes), sizeMegabytes: megabytes(file.size) }) };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The header, title lines above it, and one more row to know that the limit was passed.
  const maxRecords = limits.maxRows + limits.headerSearchRows + 1;
  const format = sniffFormat(bytes, file.name);
  switch (format.kind) {
    case 'unsupported':
      return { ok: false, issue: fileIssue('unsupportedFormat', { format: format.format }) };
    case 'binary':
      return { ok: false, issue: fileIssue('binary') };
    case 'zip': {
      const { readXlsx } = await import('./xlsx-reader');
      const result = await readXlsx(bytes, limits.maxInflatedBytes, maxRecords, sheetChoice);
      return result.ok ? { ok: true, table: result.table, format: 'xlsx', encoding: null, notices: [], sheets: result.sheets, sheet: result.sheet } : result;
    }
    case 'text': {
      const { text, encoding, foreignOffsets } = decodeText(bytes);
      if (text.trim() === '') return { ok: false, issue: fileIssue('empty') };
      // A NUL in UTF-16 text passes the byte sniffing (UTF-16 is full of zero bytes) but is no more
      // text than a NUL byte in UTF-8, which is refused as binary.
      if (text.includes('\0')) return { ok: false, issue: fileIssue('binary') };
      const notice = mixedEncodingNotice(text, foreignOffsets);
      return { ok: true, table: parseDelimited(text, maxRecords), format: 'csv', encoding, notices: notice === null ? [] : [notice], sheets: [], sheet: null };
    }
  }
}
