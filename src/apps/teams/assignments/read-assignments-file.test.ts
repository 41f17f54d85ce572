import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fileFrom, xlsxBytes } from '../../../import/testing/files.fixture';
import { readAssignmentsFile, type AssignmentsFile } from './read-assignments-file';
import { toSafeAssignmentsCsv } from './safe-assignments-csv';

const header = 'User Principal Name,Display Name,Phone Number,Failover Number,Ratecenter';

async function read(text: string | Uint8Array, name = 'assignments.csv'): Promise<AssignmentsFile> {
  const result = await readAssignmentsFile(fileFrom(text, name));
  if (!result.ok) throw new Error(`Not read: ${result.error.key}`);
  return result.file;
}

const wireRows = (file: AssignmentsFile): string[][] => Papa.parse<string[]>(file.csv, { skipEmptyLines: true }).data;

describe('reading an assignments file', () => {
  it('sends canonical columns with numbers in E.164, whatever their format', async () => {
    const file = await read(`${header}\r\nada@x.example.com,Ada,(212) 555-0100,212.555.0101,New York\r\n,,+1 312 555 0100,,Chicago\r\n`);
    expect(wireRows(file)).toEqual([
      ['User Principal Name', 'Display Name', 'Phone Number', 'Failover Number', 'Ratecenter'],
      ['ada@x.example.com', 'Ada', '+12125550100', '+12125550101', ''],
      ['', '', '+13125550100', '', ''],
    ]);
    expect(file.sheetRowNumbers).toEqual([2, 3]);
    expect(file.problems).toEqual([]);
  });

  it('recognises spreadsheet damage to numbers, locates it, and does not send the row', async () => {
    const file = await read(
      `${header}\nada@x.example.com,Ada,2.12556E+09,,\nbob@x.example.com,Bob,12125550101,442079460000,\ncy@x.example.com,Cy,(212) 555-0102,,\n`,
    );
    expect(file.problems).toEqual([
      {
        rowNumber: 2,
        column: 'Phone Number',
        value: '2.12556E+09',
        message: { key: 'import:damage.scientificNotation', params: { value: '2.12556E+09' } },
        userPrincipalName: 'ada@x.example.com',
      },
      {
        rowNumber: 3,
        column: 'Failover Number',
        value: '442079460000',
        message: { key: 'import:damage.lostPlus', params: { value: '+442079460000' } },
        userPrincipalName: 'bob@x.example.com',
      },
    ]);
    expect(wireRows(file).slice(1)).toEqual([['cy@x.example.com', 'Cy', '+12125550102', '', '']]);
    expect(file.sheetRowNumbers).toEqual([4]);
    expect(file.rowCount).toBe(3);
  });

  it('accepts a failover number abroad, but only North American phone numbers', async () => {
    const file = await read(`${header}\nada@x.example.com,Ada,(212) 555-0100,+44 20 7946 0000,\nbob@x.example.com,Bob,+44 20 7946 0001,,\n`);
    expect(wireRows(file)[1]).toEqual(['ada@x.example.com', 'Ada', '+12125550100', '+442079460000', '']);
    expect(file.problems).toEqual([
      {
        rowNumber: 3,
        column: 'Phone Number',
        value: '+44 20 7946 0001',
        message: { key: 'import:cell.phoneNotNanp', params: {} },
        userPrincipalName: 'bob@x.example.com',
      },
    ]);
  });

  it('reads our own download back: the protective apostrophes go, and it says so', async () => {
    const download = toSafeAssignmentsCsv(`${header}\r\nada@x.example.com,Ada,+12125550100,+12125550101,New York\r\n`);
    const file = await read(download);
    expect(wireRows(file)[1]).toEqual(['ada@x.example.com', 'Ada', '+12125550100', '+12125550101', '']);
    expect(file.notices).toEqual([{ key: 'import:notice.apostropheRemoved', params: { count: 2 } }]);
  });

  it('says which rows of a UTF-8 file were saved as Windows-1252, and reads both kinds right', async () => {
    const utf8 = new TextEncoder().encode(`${header}\r\nzoe@x.example.com,Zoë,(212) 555-0100,,\r\n`);
    // "René" from a Windows program: é is the single byte 0xE9.
    const latin = Uint8Array.from([...new TextEncoder().encode('rene@x.example.com,Ren'), 0xe9, ...new TextEncoder().encode(',(212) 555-0102,,\r\n')]);
    const file = await read(new Uint8Array([...utf8, ...latin]));
    expect(file.sheetValues.map((row) => row['Display Name'])).toEqual(['Zoë', 'René']);
    expect(file.notices).toEqual([{ key: 'import:notice.mixedEncoding', params: { rows: '3', count: 1 } }]);
  });

  it('finds the header below a title line, in any order and wording, with semicolons', async () => {
    const file = await read('Northwind assignments;;\nDID;UPN;Failover\n(212) 555-0100;ada@x.example.com;\n');
    expect(file.headerRowNumber).toBe(2);
    expect(wireRows(file)[1]).toEqual(['ada@x.example.com', '', '+12125550100', '', '']);
    expect(file.sheetRowNumbers).toEqual([3]);
    expect(file.userHeaders['Phone Number']).toBe('DID');
  });

  it('reads an Excel workbook, numbers typed as numbers included', async () => {
    const bytes = xlsxBytes([
      ['User Principal Name', 'Phone Number', 'Failover Number'],
      ['ada@x.example.com', { number: '2125550100' }, ''],
    ]);
    const file = await read(bytes, 'assignments.xlsx');
    expect(wireRows(file)[1]).toEqual(['ada@x.example.com', '', '+12125550100', '', '']);
  });

  it('names a missing required column', async () => {
    const result = await readAssignmentsFile(fileFrom('User Principal Name,Phone Number\nada@x.example.com,(212) 555-0100\n'));
    expect(result).toEqual({ ok: false, error: { key: 'import:file.missingColumns', params: { columns: 'Failover Number', count: 1 } } });
  });

  it('refuses an empty file and a file with only its header, each with its own message', async () => {
    expect(await readAssignmentsFile(fileFrom(''))).toEqual({ ok: false, error: { key: 'import:file.empty', params: {} } });
    expect(await readAssignmentsFile(fileFrom(`${header}\n`))).toEqual({ ok: false, error: { key: 'import:file.headerOnly', params: {} } });
  });
});

describe('the downloaded assignments file', () => {
  it('neutralises cells a spreadsheet would run, keeps the values readable back, and starts with a BOM', async () => {
    const server = `${header}\r\n"=HYPERLINK(""http://evil.example"")",Eve,+12125550100,,New York\r\n'@sum@x.example.com,Sam,,,\r\n`;
    const safe = toSafeAssignmentsCsv(server);
    expect(safe.startsWith('\uFEFF')).toBe(true);
    expect(safe).toContain(`"'=HYPERLINK(""http://evil.example"")",Eve,'+12125550100,,New York`);
    expect(safe).toContain(`'@sum@x.example.com,Sam`);
    const rows = Papa.parse<string[]>(safe.slice(1), { skipEmptyLines: true }).data;
    expect(rows.every((row) => row.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });
});
