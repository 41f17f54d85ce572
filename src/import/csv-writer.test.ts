import { describe, expect, it } from 'vitest';
import { csvField, safeCell, writeCsv } from './csv-writer';
import { writeErrorsCsv, writeSummaryCsv } from './export-files';
import { runImport, type ImportRowsBatch } from './pipeline';
import { PreviewModel } from './preview-model';
import { fileFrom } from './testing/files.fixture';
import { seatTemplateFixture } from './testing/seat-template.fixture';

const columns = seatTemplateFixture.columns;
const translate = (key: string, params: Readonly<Record<string, string | number>>): string =>
  `${key}${Object.keys(params).length > 0 ? JSON.stringify(params) : ''}`;

describe('writeCsv', () => {
  it('writes a BOM, CRLF line endings and RFC 4180 quoting', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', ' padded '],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak"," padded "\r\n');
  });

  it.each(['=1+1', '+14155550100', '-2', '@SUM(A1)', '\tx', '\rx', '\nx', '\0x'])('neutralises %j against formula injection', (value) => {
    expect(safeCell(value)).toBe(`'${value}`);
    expect(csvField(value).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('leaves ordinary cells alone', () => {
    expect(csvField('Zoë Muñoz')).toBe('Zoë Muñoz');
    expect(csvField('0042')).toBe('0042');
  });
});

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const alphabet = ['a', 'Z', '0', '7', ' ', ',', ';', '"', "'", '=', '+', '-', '@', '\t', '\n', '\r\n', 'é', 'ß', '€', '😀', '|', '\u00a0'];

function randomValue(next: () => number): string {
  const length = Math.floor(next() * 8);
  let value = '';
  for (let i = 0; i < length; i++) value += alphabet[Math.floor(next() * alphabet.length)] ?? '';
  // The reader trims cells (that is the documented behaviour), so compare trimmed values.
  return value.trim();
}

describe('re-importing our own exports', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives back the same values (seed %i)', async (seed) => {
    const next = random(seed);
    const header = columns.map((column) => column.header);
    const rows = Array.from({ length: 30 }, () => columns.map(() => randomValue(next)));
    // A row that is blank everywhere is dropped on import by design; give each row a first name.
    rows.forEach((row, index) => (row[0] = `n${index}${row[0] ?? ''}`));
    const batches: ImportRowsBatch[] = [];
    const outcome = await runImport(fileFrom(writeCsv(header, rows)), columns, { onRows: (batch) => batches.push(batch) });
    expect(outcome.ok).toBe(true);
    expect(batches.flatMap((batch) => batch.raw)).toEqual(rows);
  });

  it('the errors file holds every row in order by default, with an empty Errors cell for valid rows', () => {
    const model = new PreviewModel(columns);
    model.addRow(['Ada', 'Lovelace', 'ada@example.com', '10', 'Remote']);
    model.addRow(['Bob', 'Lee', 'bad', '11', 'Remote']);
    model.addRow(['Cy', 'Young', 'cy@example.com', '12', 'Remote']);
    const lines = writeErrorsCsv(model, translate).split('\r\n');
    expect(lines.slice(1, 4).map((line) => line.split(',')[0])).toEqual(['Ada', 'Bob', 'Cy']);
    expect(lines[1]?.endsWith(',')).toBe(true);
    expect(lines[2]).toContain('Email: cell.invalidEmail');
    expect(
      writeErrorsCsv(model, translate, 'errors')
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['Bob']);
  });

  it('the errors file re-imports to the same rows, its Errors column ignored', async () => {
    const model = new PreviewModel(columns);
    model.addRow(['=cmd', '-Lovelace', 'bad', '0042', 'Moon']);
    model.addRow(['Ada', 'Lovelace', 'ada@example.com', '10', 'Remote']);
    const csv = writeErrorsCsv(model, translate, 'errors');
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${columns.map((column) => column.header).join(',')},export.errorsColumn`);
    expect(csv).toContain('Email: cell.invalidEmail; Site: cell.notAllowed{""allowed"":""Headquarters, Branch Office, Remote""}');
    const batches: ImportRowsBatch[] = [];
    const outcome = await runImport(fileFrom(csv), columns, { onRows: (batch) => batches.push(batch) });
    expect(outcome.ok && outcome.summary.unknownHeaders).toEqual(['export.errorsColumn']);
    expect(batches[0]?.raw).toEqual([model.row(0)?.raw]);
  });

  it('the summary file carries the result columns with ISO 8601 dates', () => {
    const csv = writeSummaryCsv(
      ['Email'],
      [
        { raw: ['a@example.com'], userId: 'u-1', createdAt: new Date(Date.UTC(2024, 2, 1, 9, 30)), result: 'Created' },
        { raw: ['b@example.com'], result: 'Failed', error: '=oops' },
      ],
      translate,
    );
    expect(csv).toBe(
      "\uFEFFEmail,export.userIdColumn,export.createdAtColumn,export.resultColumn,export.errorColumn\r\na@example.com,u-1,2024-03-01T09:30:00.000Z,Created,\r\nb@example.com,,,Failed,'=oops\r\n",
    );
  });
});
