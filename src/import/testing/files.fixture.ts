import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ImportFile } from '../read-table';

/** A file for the engine from bytes or text (text is encoded as UTF-8). */
export function fileFrom(content: Uint8Array | string, name = 'seats.csv'): ImportFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A cell of a generated sheet: text (shared string), a number (with the number format of its style:
 * a format code, or the id of one of Excel's built-in formats), or a formula with its cached value.
 */
export type XlsxCell = string | { readonly number: string; readonly format?: string | number } | { readonly formula: string; readonly cached: string } | null;

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet of a generated workbook: the name on its tab and its rows. */
export interface XlsxSheet {
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
}

/** The XML entries of a minimal .xlsx with one sheet, as Excel lays them out. */
export function xlsxEntries(rows: readonly (readonly XlsxCell[])[]): Zippable {
  return workbookEntries([{ name: 'Seats', rows }]);
}

/** The XML entries of a minimal .xlsx with these sheets in tab order, sharing their strings and styles as Excel does. */
export function workbookEntries(sheets: readonly XlsxSheet[]): Zippable {
  const shared: string[] = [];
  // Style 0 is the default (General); each distinct format gets the next style, and each format code
  // a custom number format id from 164 on, as Excel numbers them.
  const styles: (string | number)[] = [];
  const styleOf = (format: string | number | undefined): string => {
    if (format === undefined) return '';
    if (!styles.includes(format)) styles.push(format);
    return ` s="${styles.indexOf(format) + 1}"`;
  };
  const sheetXml = (rows: readonly (readonly XlsxCell[])[]): string =>
    rows
      .map((cells, rowIndex) => {
        const xml = cells
          .map((cell, columnIndex) => {
            const ref = `${columnName(columnIndex)}${rowIndex + 1}`;
            if (cell === null) return '';
            if (typeof cell === 'string') {
              shared.push(cell);
              return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
            }
            if ('number' in cell) return `<c r="${ref}"${styleOf(cell.format)}><v>${cell.number}</v></c>`;
            return `<c r="${ref}" t="str"><f>${escapeXml(cell.formula)}</f><v>${escapeXml(cell.cached)}</v></c>`;
          })
          .join('');
        return `<row r="${rowIndex + 1}">${xml}</row>`;
      })
      .join('');
  const sheetRows = sheets.map((sheet) => sheetXml(sheet.rows));
  const customCodes = styles.filter((format) => typeof format === 'string');
  const numFmtId = (format: string | number): number => (typeof format === 'number' ? format : 164 + customCodes.indexOf(format));
  const stylesXml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<numFmts count="${customCodes.length}">${customCodes.map((code) => `<numFmt numFmtId="${numFmtId(code)}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${styles.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${styles
      .map((format) => `<xf numFmtId="${numFmtId(format)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
      .join('')}</cellXfs></styleSheet>`;
  return {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (_, at) =>
              `<Override PartName="/xl/worksheets/sheet${at + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheets.map((sheet, at) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${at + 1}" r:id="rSheet${at + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, at) =>
              `<Relationship Id="rSheet${at + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${at + 1}.xml"/>`,
          )
          .join('') +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('')}</sst>`,
    ),
    'xl/styles.xml': strToU8(stylesXml),
    ...Object.fromEntries(
      sheetRows.map((rows, at) => [
        `xl/worksheets/sheet${at + 1}.xml`,
        strToU8(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
        ),
      ]),
    ),
  };
}

/** A generated .xlsx file. */
export function xlsxBytes(rows: readonly (readonly XlsxCell[])[]): Uint8Array {
  return zipSync(xlsxEntries(rows));
}

/** A generated .xlsx file of several sheets (its own buffer, so it can be a `File`'s part). */
export function workbookBytes(sheets: readonly XlsxSheet[]): Uint8Array<ArrayBuffer> {
  return new Uint8Array(zipSync(workbookEntries(sheets)));
}
