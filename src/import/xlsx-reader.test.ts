import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultImportLimits } from './limits';
import { runImport, type ImportRowsBatch } from './pipeline';
import { readTable } from './read-table';
import { fileFrom, workbookBytes, xlsxBytes, xlsxEntries } from './testing/files.fixture';
import { seatTemplateFixture } from './testing/seat-template.fixture';
import { cellText } from './xlsx-reader';
import { openZipWithinBudget } from './zip-guard';

const columns = seatTemplateFixture.columns;
const header = ['First Name', 'Last Name', 'Email', 'Extension', 'Site', 'Direct Number'];

async function importXlsx(bytes: Uint8Array, limits = {}) {
  const batches: ImportRowsBatch[] = [];
  const outcome = await runImport(fileFrom(bytes, 'seats.xlsx'), columns, { limits, onRows: (batch) => batches.push(batch) });
  return { outcome, batches };
}

describe('reading a workbook of several sheets', () => {
  const instructions = { name: 'Read me', rows: [['How to fill this workbook'], ['One user per row, on the sheet Users.']] };
  const users = { name: 'Users & <staff>', rows: [header, ['Zoë', 'Muñoz', 'zoe@example.com', { number: '1042', format: '0000' }, 'Remote']] };
  const others = {
    name: 'Contractors',
    rows: [header, ['Ada', 'Lovelace', 'ada@example.com', '2001', 'Remote'], ['Bo', 'Di', 'bo@example.com', '2002', 'Remote']],
  };

  it('reads by default the first sheet whose header row has the required columns, and names every sheet', async () => {
    const { outcome, batches } = await importXlsx(workbookBytes([instructions, users, others]));
    expect(outcome.ok && outcome.summary.columns).toMatchObject({ sheets: ['Read me', 'Users & <staff>', 'Contractors'], sheet: 'Users & <staff>' });
    expect(batches[0]?.raw[0]?.slice(0, 4)).toEqual(['Zoë', 'Muñoz', 'zoe@example.com', '1042']);
  });

  it('reads the sheet asked for by name, with its own cells’ number formats', async () => {
    const batches: ImportRowsBatch[] = [];
    const outcome = await runImport(fileFrom(workbookBytes([instructions, users, others]), 'seats.xlsx'), columns, {
      sheet: 'Contractors',
      onRows: (batch) => batches.push(batch),
    });
    expect(outcome.ok && outcome.summary).toMatchObject({ totalRows: 2, columns: { sheet: 'Contractors' } });
    expect(batches[0]?.raw.map((row) => row[0])).toEqual(['Ada', 'Bo']);
  });

  it('reads the first sheet with a known column when no sheet has them all, with what it found for the Columns step', async () => {
    const outcome = await runImport(
      fileFrom(
        workbookBytes([
          instructions,
          {
            name: 'Notes',
            rows: [
              ['First Name', 'Email', 'Notes'],
              ['A', 'a@example.com', 'x'],
            ],
          },
        ]),
        'seats.xlsx',
      ),
      columns,
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issue.messageKey).toBe('file.missingColumns');
    expect(!outcome.ok && outcome.columns).toMatchObject({ sheets: ['Read me', 'Notes'], sheet: 'Notes' });
  });

  it('has no sheets for a CSV file', async () => {
    const outcome = await runImport(fileFrom(`${header.join(',')}\nA,B,a@example.com,10,Remote\n`), columns);
    expect(outcome.ok && outcome.summary.columns).toMatchObject({ sheets: [], sheet: null });
  });
});

describe('reading .xlsx', () => {
  it('reads the first sheet: title line, shared strings, numbers as a person sees them, cached formula values', async () => {
    const bytes = xlsxBytes([
      ['Seat import'],
      [],
      header,
      ['Zoë', 'Muñoz', 'zoe@example.com', '0042', 'Remote', { number: '4155550100' }],
      ['Ada', { formula: 'UPPER("lovelace")', cached: 'LOVELACE' }, 'ada@example.com', { number: '1043' }, 'Headquarters', { number: '14155550101' }],
    ]);
    const { outcome, batches } = await importXlsx(bytes);
    expect(outcome.ok && outcome.summary).toMatchObject({ format: 'xlsx', headerRowNumber: 3, totalRows: 2, invalidRows: 0 });
    expect(batches[0]?.rowNumbers).toEqual([4, 5]);
    expect(batches[0]?.raw[0]?.slice(0, 6)).toEqual(['Zoë', 'Muñoz', 'zoe@example.com', '0042', 'Remote', '4155550100']);
    expect(batches[0]?.raw[1]?.slice(1, 6)).toEqual(['LOVELACE', 'ada@example.com', '1043', 'Headquarters', '14155550101']);
  });

  it('reads numbers in their cells’ number formats, as a person sees them in Excel', async () => {
    const bytes = xlsxBytes([
      ['Seat import', null, null, { number: '7', format: '00000' }],
      [],
      header,
      ['Zoë', 'Muñoz', 'zoe@example.com', { number: '42', format: '00000' }, 'Remote', { number: '4155550100', format: '000-000-0000' }],
      ['Ada', 'Lovelace', 'ada@example.com', { number: '7', format: '0000' }, 'Remote', { number: '4155550101', format: '"("000") "000-0000' }],
      ['Bo', 'Di', 'bo@example.com', { number: '1043', format: '@' }, 'Remote', { number: '4155550102', format: '0000000000' }],
      ['Cy', 'Ek', 'cy@example.com', { number: '1044', format: 1 }, 'Remote', { number: '4155550103', format: '[<=9999999]###-####;(###) ###-####' }],
    ]);
    const { outcome, batches } = await importXlsx(bytes);
    expect(outcome.ok && outcome.summary).toMatchObject({ totalRows: 4, invalidRows: 0 });
    expect(batches[0]?.raw.map((row) => [row[3], row[5]])).toEqual([
      ['00042', '415-555-0100'],
      ['0007', '(415) 555-0101'],
      ['1043', '4155550102'],
      ['1044', '(415) 555-0103'],
    ]);
    expect(batches[0]?.values.map((row) => [row[3], row[5]])).toEqual([
      ['00042', '+14155550100'],
      ['0007', '+14155550101'],
      ['1043', '+14155550102'],
      ['1044', '+14155550103'],
    ]);
  });

  it('shows thousands separators, fixed decimals, percent and dates, and keeps text typed into a formatted cell', async () => {
    const bytes = xlsxBytes([
      ['#,##0', 'built-in #,##0.00', '0.0%', 'built-in date', 'dd/mm/yyyy', 'text', 'built-in scientific', 'negative'],
      [
        { number: '1234567', format: '#,##0' },
        { number: '1234.5', format: 4 },
        { number: '0.256', format: '0.0%' },
        { number: '45352', format: 14 },
        { number: '45352', format: 'dd/mm/yyyy' },
        '00042',
        { number: '4155550100', format: 11 },
        { number: '-5', format: '0;\\(0\\)' },
      ],
    ]);
    const read = await readTable(fileFrom(bytes, 'seats.xlsx'), defaultImportLimits);
    expect(read.ok && read.table.rows[1]).toEqual(['1,234,567', '1,234.50', '25.6%', '2024-03-01', '2024-03-01', '00042', '4155550100', '(5)']);
  });

  it('shows numbers the way a spreadsheet does', () => {
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
    expect(cellText(null)).toBe('');
  });

  it('refuses a zip bomb: small archive, huge inflated entry', async () => {
    const entries = xlsxEntries([header]);
    entries['xl/worksheets/sheet1.xml'] = new Uint8Array(4 * 1024 * 1024);
    const bytes = zipSync(entries, { level: 9 });
    expect(bytes.length).toBeLessThan(64 * 1024);
    const { outcome } = await importXlsx(bytes, { maxInflatedBytes: 1024 * 1024 });
    expect(outcome).toEqual({ ok: false, issue: { code: 'zipBomb', messageKey: 'file.zipBomb', params: {} } });
  });

  it('refuses a zip bomb whose headers lie about the inflated size', () => {
    const bytes = zipSync({ 'a.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    // Rewrite the declared size (central directory, offset 24) to 10 bytes.
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 10, true);
        break;
      }
    }
    expect(openZipWithinBudget(bytes, 1024 * 1024, () => true)).toEqual({ ok: false, reason: 'zipBomb' });
    expect(openZipWithinBudget(bytes, 8 * 1024 * 1024, () => true).ok).toBe(true);
  });

  it('refuses entries that share compressed bytes (overlapping-file bomb)', () => {
    const bytes = zipSync({ 'a.xml': strToU8('<a/>'), 'b.xml': strToU8('<b/>') }, { level: 0 });
    const view = new DataView(bytes.buffer);
    const headers: number[] = [];
    for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) headers.push(i);
    const second = headers[1];
    if (second === undefined) throw new Error('fixture has two entries');
    // Point the second entry at the first entry's local header.
    view.setUint32(second + 42, 0, true);
    expect(openZipWithinBudget(bytes, 1024 * 1024, () => true)).toEqual({ ok: false, reason: 'zipBomb' });
  });

  it('names .ods and other archives instead of calling them broken', async () => {
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') });
    expect((await importXlsx(ods)).outcome).toMatchObject({ ok: false, issue: { code: 'unsupportedFormat', params: { format: '.ods' } } });
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect((await importXlsx(broken)).outcome).toMatchObject({ ok: false, issue: { code: 'invalidXlsx' } });
  });
});
