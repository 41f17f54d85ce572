/** CSV writing for the files the mock serves. */

const PHONE_LIKE = /^\+\d[\d\s().-]*$/;

/**
 * One cell, quoted when needed and neutralised against formula injection: a cell starting with
 * `=`, `@`, `-`, `+`, tab or carriage return is opened as a formula by spreadsheets, so it gets a
 * leading apostrophe, except E.164-like phone numbers, which must keep their `+`.
 */
export function csvCell(value: string): string {
  const safe = /^[=@+\-\t\r]/.test(value) && !PHONE_LIKE.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: CRLF line ends (what spreadsheets expect) and a final line end. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
