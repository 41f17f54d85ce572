import { parseNumberFormat, type NumberFormat } from './number-format';

/**
 * The number format of each numeric cell of an .xlsx's sheet, which read-excel-file does not
 * expose (it turns dates into dates and hands every other number over as bare text). Read from the
 * archive's entries that our zip guard already inflated: the styles give each style index its
 * format, and one scan of the sheet's cell tags gives each cell its style. A workbook whose styles
 * format no number (most of them) costs no scan at all.
 */

/** Columns in a sheet row (XFD), to key a cell by one number. */
const sheetColumns = 16384;

/** Formats by cell; `formatAt` takes 0-based row and column indexes. */
export interface CellFormats {
  formatAt(row: number, column: number): NumberFormat | undefined;
}

// Excel's built-in number formats that format numbers (ECMA-376 18.8.30; 5-8 and 41-44 as an en-US
// Excel writes them). The others are General, dates, times, scientific, fractions or text.
const builtInFormats: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"$"#,##0_);\\("$"#,##0\\)',
  6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
  7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
  9: '0%',
  10: '0.00%',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
  42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
  43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
  44: '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)',
};

const xmlEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity: string, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return xmlEntities[name] ?? entity;
  });
}

const attributePatterns = new Map<string, RegExp>();
/** An attribute's value in the inside of a start tag, unescaped. */
function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (match === null) return undefined;
  return unescapeXml(match[1] ?? match[2] ?? '');
}

/** Start tags named `name` (any namespace prefix), as the text of their attributes. */
function* startTags(xml: string, name: string): Generator<string> {
  for (const match of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s([^>]*))?>`, 'g'))) yield match[1] ?? '';
}

/** The format of each style index (cellXfs), or undefined where the style formats no number. */
export function formatsByStyle(stylesXml: string): (NumberFormat | undefined)[] {
  const codes = new Map<number, string>();
  for (const tag of startTags(stylesXml, 'numFmt')) {
    const id = attribute(tag, 'numFmtId');
    const code = attribute(tag, 'formatCode');
    if (id !== undefined && code !== undefined) codes.set(Number(id), code);
  }
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const parsed = new Map<number, NumberFormat | undefined>();
  const formats: (NumberFormat | undefined)[] = [];
  for (const tag of startTags(cellXfs, 'xf')) {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    if (!parsed.has(id)) {
      const code = codes.get(id) ?? builtInFormats[id];
      parsed.set(id, code === undefined ? undefined : (parseNumberFormat(code) ?? undefined));
    }
    formats.push(parsed.get(id));
  }
  return formats;
}

/** The entries' paths of the first sheet and of the styles, as the workbook and its relationships name them. */
function partPaths(text: (path: string) => string): { sheet: string; styles: string } {
  const relationships = relationshipsOf(text);
  const firstSheet = startTags(text('xl/workbook.xml'), 'sheet').next();
  const sheetId = firstSheet.done === true ? undefined : /(?:^|\s)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(firstSheet.value)?.[1];
  const styles = [...relationships.values()].find((relationship) => relationship.type.endsWith('/styles'));
  return {
    sheet: (sheetId === undefined ? undefined : relationships.get(sheetId)?.target) ?? 'xl/worksheets/sheet1.xml',
    styles: styles?.target ?? 'xl/styles.xml',
  };
}

/** The workbook's relationships by id: each part's type and entry path. */
function relationshipsOf(text: (path: string) => string): Map<string, { type: string; target: string }> {
  const relationships = new Map<string, { type: string; target: string }>();
  for (const tag of startTags(text('xl/_rels/workbook.xml.rels'), 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id === undefined || target === undefined) continue;
    relationships.set(id, { type: attribute(tag, 'Type') ?? '', target: target.startsWith('/') ? target.slice(1) : `xl/${target}` });
  }
  return relationships;
}

/** `A1`-style reference to 0-based row and column, or null. */
function cellAt(reference: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(reference);
  if (match === null) return null;
  let column = 0;
  for (const letter of (match[1] ?? '').toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

const styledCell = /<(?:[\w.-]+:)?c((?=\s)[^>]*?\ss\s*=\s*["'](\d+)["'][^>]*)>/g;

/** A sheet of a workbook: its name as its tab shows it, and the archive entry that holds its cells. */
export interface WorkbookSheet {
  readonly name: string;
  readonly path: string;
}

/** Reads an entry of the archive as text ('' when absent). */
function entryText(entries: ReadonlyMap<string, Uint8Array>): (path: string) => string {
  const decoder = new TextDecoder();
  return (path) => {
    const bytes = entries.get(path);
    return bytes === undefined ? '' : decoder.decode(bytes);
  };
}

/** The workbook's sheets in tab order, as xl/workbook.xml and its relationships name them. */
export function workbookSheets(entries: ReadonlyMap<string, Uint8Array>): WorkbookSheet[] {
  const text = entryText(entries);
  const relationships = relationshipsOf(text);
  const sheets: WorkbookSheet[] = [];
  for (const tag of startTags(text('xl/workbook.xml'), 'sheet')) {
    const name = attribute(tag, 'name');
    const id = /(?:^|\s)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    const path = id === undefined ? undefined : relationships.get(id)?.target;
    if (name !== undefined && path !== undefined) sheets.push({ name, path });
  }
  return sheets;
}

/**
 * The number formats of a sheet's cells (the first sheet unless its entry is given); null when no
 * style of the workbook formats a number.
 */
export function readCellFormats(entries: ReadonlyMap<string, Uint8Array>, sheetPath?: string): CellFormats | null {
  const text = entryText(entries);
  const found = partPaths(text);
  const paths = { ...found, sheet: sheetPath ?? found.sheet };
  const styles = formatsByStyle(text(paths.styles));
  if (styles.every((format) => format === undefined)) return null;
  const byCell = new Map<number, NumberFormat>();
  // Only cells with a style can have a format: the pattern skips the others without a second look.
  for (const match of text(paths.sheet).matchAll(styledCell)) {
    const tag = match[1] ?? '';
    const format = styles[Number(match[2])];
    if (format === undefined) continue;
    // Only numbers take a number format; text, booleans, errors and formulas' text results do not.
    const type = attribute(tag, 't');
    if (type !== undefined && type !== 'n') continue;
    const cell = cellAt(attribute(tag, 'r') ?? '');
    if (cell !== null) byCell.set(cell.row * sheetColumns + cell.column, format);
  }
  return { formatAt: (row, column) => byCell.get(row * sheetColumns + column) };
}
