import { describe, expect, it } from 'vitest';
import { concat, cp1252, utf8 } from './hostile-corpus/bytes';
import { defaultImportLimits } from './limits';
import { recordNumbersAt } from './mixed-encoding-notice';
import { readTable } from './read-table';
import { fileFrom } from './testing/files.fixture';

describe('recordNumbersAt', () => {
  it('counts CRLF, LF and lone CR endings as one row each, and a line break inside quotes as none', () => {
    const text = 'a\r\n"b\nc"\rd\ne';
    expect(recordNumbersAt(text, [0, text.indexOf('c'), text.indexOf('d'), text.indexOf('e')])).toEqual([1, 2, 3, 4]);
  });

  it('names a row once however many of its characters are given', () => {
    expect(recordNumbersAt('ab\ncd', [0, 1, 3, 4])).toEqual([1, 2]);
  });
});

describe('reading a UTF-8 file with rows saved as Windows-1252', () => {
  const header = 'First Name,Last Name,Email\r\n';

  it('reads every row right and names the rows read as Windows-1252 as the spreadsheet numbers them', async () => {
    const bytes = concat(
      utf8(`Seats\r\n\r\n${header}Émilie,"Dupont\r\nJr",emilie@example.com\r\n`),
      cp1252('René,Brontë,rene@example.com\r\n'),
      utf8('Zoë,Muñoz,zoe@example.com\r\n'),
      cp1252('Chloé,Noël,chloe@example.com\r\n'),
    );
    const read = await readTable(fileFrom(bytes), defaultImportLimits);
    if (!read.ok) throw new Error(read.issue.code);
    expect(read.encoding).toBe('utf-8');
    expect(read.table.rows.map((row) => row.slice(0, 2))).toEqual([
      ['Seats'],
      ['First Name', 'Last Name'],
      ['Émilie', 'Dupont\r\nJr'],
      ['René', 'Brontë'],
      ['Zoë', 'Muñoz'],
      ['Chloé', 'Noël'],
    ]);
    expect(read.table.rowNumbers).toEqual([1, 3, 4, 5, 6, 7]);
    expect(read.notices).toEqual([{ messageKey: 'notice.mixedEncoding', params: { rows: '5, 7', count: 2 } }]);
  });

  it('lists ten rows and says that more follow', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => cp1252(`René${i},B,r${i}@example.com\r\n`));
    const read = await readTable(fileFrom(concat(utf8(`${header}Zoë,M,zoe@example.com\r\n`), ...rows)), defaultImportLimits);
    expect(read.ok && read.notices).toEqual([{ messageKey: 'notice.mixedEncoding', params: { rows: '3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …', count: 12 } }]);
  });

  it('gives no notice for a file wholly in UTF-8 or wholly in Windows-1252', async () => {
    for (const bytes of [utf8(`${header}Zoë,Muñoz,zoe@example.com`), cp1252(`${header}René,Brontë,rene@example.com`)]) {
      const read = await readTable(fileFrom(bytes), defaultImportLimits);
      expect(read.ok && read.notices).toEqual([]);
    }
  });
});
