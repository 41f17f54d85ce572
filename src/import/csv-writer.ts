/**
 * The one CSV writer for every file we produce: UTF-8 with a BOM (so spreadsheet programs show
 * accents), CRLF line endings, RFC 4180 quoting, and every cell a spreadsheet could run as a formula
 * neutralised with a leading apostrophe. The reader removes that apostrophe again on import.
 */

const byteOrderMark = '\uFEFF';
// A spreadsheet treats a cell starting with these as a formula (or strips them and then does).
// Apostrophes already in front are counted too, so that the reader, which removes exactly one, gives
// back a value that itself started with an apostrophe and a dangerous character.
const dangerousStart = /^'*[=+\-@\t\r\n\0]/;
const needsQuotes = /[",\r\n]|^\s|\s$/;

/** Neutralises a cell against formula injection (CSV injection). */
export function safeCell(value: string): string {
  return dangerousStart.test(value) ? `'${value}` : value;
}

/** One field, neutralised and quoted when it must be. */
export function csvField(value: string): string {
  const safe = safeCell(value);
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document as text (BOM first). */
export function writeCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines: string[] = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}

/** The CSV document as a Blob to download (`text/csv;charset=utf-8`). */
export function csvBlob(header: readonly string[], rows: Iterable<readonly string[]>): Blob {
  return new Blob([writeCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
}
