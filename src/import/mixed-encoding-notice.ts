import type { FileNotice } from './issues';

/**
 * The notice for a UTF-8 file in which some rows were saved as Windows-1252 (decode.ts reads those
 * bytes as Windows-1252): the rows are named as the spreadsheet numbers them, so that the user can
 * check their accents. Nothing was replaced, but a guess was made, and the user should know where.
 */

/** How many row numbers the notice lists before it ends the list with "…". */
export const listedRows = 10;

/**
 * The 1-based record numbers of the text that hold the given offsets (ascending), each once. Records
 * are counted as the CSV reader counts them: a CRLF, LF or lone CR outside quotes ends one, and a
 * line break inside a quoted cell does not.
 */
export function recordNumbersAt(text: string, offsets: readonly number[]): number[] {
  const records: number[] = [];
  let record = 1;
  let inQuotes = false;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset && at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x22) inQuotes = !inQuotes;
      else if (!inQuotes && (code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a))) record++;
    }
    if (records[records.length - 1] !== record) records.push(record);
  }
  return records;
}

/** `notice.mixedEncoding`: which rows were read as Windows-1252 in a UTF-8 file; null when none. */
export function mixedEncodingNotice(text: string, foreignOffsets: readonly number[]): FileNotice | null {
  if (foreignOffsets.length === 0) return null;
  const rows = recordNumbersAt(text, foreignOffsets);
  const listed = rows.slice(0, listedRows).join(', ');
  return { messageKey: 'notice.mixedEncoding', params: { rows: rows.length > listedRows ? `${listed}, …` : listed, count: rows.length } };
}
