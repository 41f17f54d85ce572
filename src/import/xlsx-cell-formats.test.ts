import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCellFormats } from './xlsx-cell-formats';

const relationships = (targets: Readonly<Record<string, [string, string]>>): Uint8Array =>
  strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Object.entries(targets)
      .map(
        ([id, [type, target]]) =>
          `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`,
      )
      .join('')}</Relationships>`,
  );

describe('readCellFormats', () => {
  it('finds the first sheet and the styles through the workbook’s relationships, whatever the namespace prefix', () => {
    const entries = new Map<string, Uint8Array>([
      [
        'xl/workbook.xml',
        strToU8(
          '<x:workbook xmlns:x="main" xmlns:r="rels"><x:sheets><x:sheet name="Seats" sheetId="7" r:id="rId9"/><x:sheet name="Other" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
        ),
      ],
      [
        'xl/_rels/workbook.xml.rels',
        relationships({ rId1: ['worksheet', 'worksheets/sheet1.xml'], rId9: ['worksheet', '/xl/worksheets/seats.xml'], rId4: ['styles', 'theme/styles2.xml'] }),
      ],
      [
        'xl/theme/styles2.xml',
        strToU8(
          `<x:styleSheet xmlns:x="main"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="&quot;(&quot;000&quot;) &quot;000-0000"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId='170' applyNumberFormat='1'><x:alignment/></x:xf><x:xf numFmtId="3"/></x:cellXfs></x:styleSheet>`,
        ),
      ],
      [
        'xl/worksheets/seats.xml',
        strToU8(
          `<x:worksheet xmlns:x="main"><x:cols><x:col min="1" max="2" style="1"/></x:cols><x:sheetData><x:row r="2"><x:c r="A2" s="1"><x:v>4155550100</x:v></x:c><x:c r="B2" s="1" t="str"><x:f>A2</x:f><x:v>4155550100</x:v></x:c><x:c r='AA2' t="n" s='2'><x:v>1234</x:v></x:c><x:c r="C2"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        ),
      ],
      ['xl/worksheets/sheet1.xml', strToU8('<worksheet><sheetData><row r="2"><c r="C2" s="2"><v>1</v></c></row></sheetData></worksheet>')],
    ]);
    const formats = readCellFormats(entries);
    expect(formats?.formatAt(1, 0)?.format(4155550100)).toBe('(415) 555-0100');
    // A formula's text result keeps its own text; a cell without a style is General.
    expect(formats?.formatAt(1, 1)).toBeUndefined();
    expect(formats?.formatAt(1, 26)?.format(1234)).toBe('1,234');
    expect(formats?.formatAt(1, 2)).toBeUndefined();
  });

  it('does not scan the sheet when no style formats a number', () => {
    const entries = new Map<string, Uint8Array>([
      [
        'xl/styles.xml',
        strToU8(
          '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="49"/><xf numFmtId="14"/></cellXfs></styleSheet>',
        ),
      ],
      ['xl/worksheets/sheet1.xml', strToU8('<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>45352</v></c></row></sheetData></worksheet>')],
    ]);
    expect(readCellFormats(entries)).toBeNull();
  });
});
