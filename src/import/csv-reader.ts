import Papa from 'papaparse';

/**
 * Delimited text to a grid of strings. papaparse does the quoting; we choose the delimiter and the
 * line ending ourselves because its guesser is fooled by two-column files, title lines and files that
 * end in blank lines.
 */

/** The delimiters a spreadsheet program may write. */
export type Delimiter = ',' | ';' | '\t' | '|';
const candidates: readonly Delimiter[] = [',', ';', '\t', '|'];

/** The grid of a sheet: non-blank rows only, each with the row number the user sees. */
export interface RawTable {
  readonly rows: string[][];
  /** 1-based row number in the user's spreadsheet, blank rows and title lines counted. */
  readonly rowNumbers: number[];
  /** True when reading stopped at the row limit and more rows followed. */
  readonly truncated: boolean;
}

/** Splits the start of the text into records, honouring quotes, to look at their shape. */
function sampleRecords(text: string, maxRecords: number): string[] {
  const records: string[] = [];
  let start = 0;
  let inQuotes = false;
  const end = Math.min(text.length, 256 * 1024);
  for (let i = 0; i < end && records.length < maxRecords; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && (ch === 0x0a || ch === 0x0d)) {
      records.push(text.slice(start, i));
      if (ch === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  if (records.length < maxRecords && start < end) records.push(text.slice(start, end));
  return records.filter((record) => record.trim() !== '');
}

function countFields(record: string, delimiter: string): number {
  let count = 1;
  let inQuotes = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === delimiter) count++;
  }
  return count;
}

/**
 * Picks the delimiter whose field count is the same on the most sampled records (and is above one);
 * ties go to the larger field count, then to the usual order `,` `;` tab `|`.
 */
export function detectDelimiter(text: string): Delimiter {
  const records = sampleRecords(text, 50);
  let best: { delimiter: Delimiter; agreeing: number; fields: number } = { delimiter: ',', agreeing: 0, fields: 1 };
  for (const delimiter of candidates) {
    const frequencies = new Map<number, number>();
    for (const record of records) {
      const fields = countFields(record, delimiter);
      if (fields > 1) frequencies.set(fields, (frequencies.get(fields) ?? 0) + 1);
    }
    for (const [fields, agreeing] of frequencies) {
      if (agreeing > best.agreeing || (agreeing === best.agreeing && fields > best.fields)) {
        best = { delimiter, agreeing, fields };
      }
    }
  }
  return best.delimiter;
}

/** The first line ending outside quotes: CRLF, LF, or a lone CR (old Mac exports). */
export function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && ch === 0x0a) return '\n';
    else if (!inQuotes && ch === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? '\r\n' : '\r';
  }
  return '\n';
}

/**
 * Rewrites line endings outside quotes to `newline` when the file mixes them (a file edited in more
 * than one program): papaparse splits on one ending only and would glue the other rows together.
 * Line breaks inside quoted cells are the user's and stay. Files with one kind of ending (nearly all)
 * cost one regular-expression scan.
 */
export function unifyNewlines(text: string, newline: '\r\n' | '\n' | '\r'): string {
  const mixed = newline === '\r\n' ? hasLoneCrOrLf(text) : text.includes(newline === '\n' ? '\r' : '\n');
  if (!mixed) return text;
  const parts: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && (ch === 0x0a || ch === 0x0d)) {
      const end = ch === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      if (end - i !== newline.length || text.charCodeAt(i) !== newline.charCodeAt(0)) {
        parts.push(text.slice(start, i), newline);
        start = end;
      }
      i = end - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.join('');
}

/**
 * True when a CR or an LF stands alone in the text. Jumping from one line feed to the next with
 * `indexOf` is several times faster than a regular expression with a look-behind on a 15 MB file.
 */
function hasLoneCrOrLf(text: string): boolean {
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (i === 0 || text.charCodeAt(i - 1) !== 0x0d) return true;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) return true;
  return false;
}

/** True when every cell is empty or whitespace (including non-breaking spaces). */
export function isBlankRow(row: readonly string[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i] ?? '';
    if (cell === '') continue;
    // A first character between space and U+1680 (the first white space past Latin-1) other than
    // NBSP is visible: no `trim` needed, which is nearly every row of a real file.
    const first = cell.charCodeAt(0);
    if ((first > 0x20 && first < 0xa0) || (first > 0xa0 && first < 0x1680)) return false;
    if (cell.trim() !== '') return false;
  }
  return true;
}

/**
 * Parses delimited text. Reading stops after `maxRecords` records, so a huge file never becomes a
 * huge array; `truncated` then says that more followed.
 */
export function parseDelimited(source: string, maxRecords: number): RawTable {
  const delimiter = detectDelimiter(source);
  const newline = detectNewline(source);
  const text = unifyNewlines(source, newline);
  // Values stay strings: no dynamicTyping, no header mode (we find the header row ourselves).
  const result = Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"', preview: maxRecords, skipEmptyLines: false });
  const rows = result.data;
  const records = rows.length;
  // preview stops at maxRecords; whether anything followed is only known from a non-blank rest.
  const truncated = records >= maxRecords && hasContentAfter(text, result.meta.cursor);
  // Blank rows are dropped by compacting papaparse's array in place (it is ours): no copy of 100,000 rows.
  const rowNumbers = new Array<number>(records);
  let kept = 0;
  for (let index = 0; index < records; index++) {
    const row = rows[index];
    if (row === undefined || isBlankRow(row)) continue;
    rows[kept] = row;
    rowNumbers[kept] = index + 1;
    kept++;
  }
  rows.length = kept;
  rowNumbers.length = kept;
  return { rows, rowNumbers, truncated };
}

function hasContentAfter(text: string, cursor: number): boolean {
  return text.slice(cursor, cursor + 65536).trim() !== '' || text.length > cursor + 65536;
}
