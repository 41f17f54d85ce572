import { assignmentCsvHeaders } from '../../../contract';
import { parseDelimited, writeCsv } from '../../../import';

// A cell the server already neutralised with one apostrophe (as our writer does); it is written again below.
const neutralised = /^'+[=+\-@\t\r\n\0]/;
const MAX_RECORDS = 1_000_000;

/**
 * The server's assignments CSV, rewritten by the one CSV writer: whatever the host's server did,
 * the file the admin opens has a BOM, and no cell a spreadsheet would run as a formula (a display name
 * such as `=HYPERLINK(…)`), nor a `+` number a spreadsheet would turn into 1.41556E+10. Loaded on
 * demand with the reader.
 */
export function toSafeAssignmentsCsv(serverCsv: string): string {
  const table = parseDelimited(serverCsv.replace(/^\uFEFF/, ''), MAX_RECORDS);
  const [header, ...rows] = table.rows;
  const unescape = (row: readonly string[]) => row.map((cell) => (neutralised.test(cell) ? cell.slice(1) : cell));
  return writeCsv(header === undefined ? [...assignmentCsvHeaders] : unescape(header), rows.map(unescape));
}
