import { describe, expect, it, vi } from 'vitest';
import type { SeatValidationRequest } from '../contract/seat-validation';
import type { TemplateColumn } from '../contract/template';
import { runImport, type ImportRowsBatch, type SeatValidator } from './pipeline';
import { PreviewModel } from './preview-model';
import { fileFrom } from './testing/files.fixture';
import { seatHeaderLine, seatRow, seatTemplateFixture } from './testing/seat-template.fixture';

const columns = seatTemplateFixture.columns;

async function importText(text: string, options: Parameters<typeof runImport>[2] = {}) {
  const batches: ImportRowsBatch[] = [];
  const outcome = await runImport(fileFrom(text), columns, { ...options, onRows: (batch) => batches.push(batch) });
  return { outcome, rows: batches.flatMap((batch) => batch.raw), values: batches.flatMap((batch) => batch.values), batches };
}

describe('runImport file-level errors', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['a file of blank lines', '\r\n  \r\n', 'empty'],
    ['a header-only file', `${seatHeaderLine}\r\n\r\n`, 'headerOnly'],
  ])('refuses %s', async (_, text, code) => {
    const { outcome } = await importText(text);
    expect(outcome.ok === false && outcome.issue.code).toBe(code);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const outcome = await runImport({ name: 'big.csv', size: 10 * 1024 * 1024, arrayBuffer }, columns, { limits: { maxBytes: 1024 * 1024 } });
    expect(outcome).toEqual({ ok: false, issue: { code: 'tooBig', messageKey: 'file.tooBig', params: { maxMegabytes: 1, sizeMegabytes: 10 } } });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('refuses more rows than the limit', async () => {
    const text = [seatHeaderLine, ...Array.from({ length: 21 }, (_, i) => seatRow(i).join(','))].join('\n');
    expect((await importText(text, { limits: { maxRows: 20 } })).outcome).toMatchObject({ ok: false, issue: { code: 'tooManyRows', params: { maxRows: 20 } } });
    expect((await importText(text, { limits: { maxRows: 21 } })).outcome.ok).toBe(true);
  });

  it('refuses binary and legacy spreadsheet files with their own messages', async () => {
    const binary = await runImport(fileFrom(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1])), columns);
    expect(binary.ok === false && binary.issue.code).toBe('binary');
    const xls = await runImport(fileFrom('whatever', 'seats.xls'), columns);
    expect(xls).toEqual({ ok: false, issue: { code: 'unsupportedFormat', messageKey: 'file.unsupportedFormat', params: { format: '.xls' } } });
  });
});

describe('runImport rows', () => {
  it('locates every error by the row the user sees, the header as written and the value', async () => {
    const text = [
      'Seats for March',
      '',
      'first name;last name;e-mail;ext;site;direct number',
      'Ada;Lovelace;ada@example.com;0042;remote;415-555-0100',
      'Grace;Hopper;not-an-email;7;Moon;1.41556E+10',
    ].join('\r\n');
    const { outcome, batches } = await importText(text);
    expect(outcome.ok && outcome.summary).toMatchObject({ headerRowNumber: 3, totalRows: 2, invalidRows: 1 });
    const batch = batches[0];
    expect(batch?.rowNumbers).toEqual([4, 5]);
    expect(batch?.values[0]?.slice(0, 6)).toEqual(['Ada', 'Lovelace', 'ada@example.com', '0042', 'Remote', '+14155550100']);
    expect(batch?.issues[0]).toBeNull();
    expect(batch?.issues[1]?.map((issue) => [issue.column, issue.messageKey])).toEqual([
      [2, 'cell.invalidEmail'],
      [3, 'cell.digitsLength'],
      [4, 'cell.notAllowed'],
      [5, 'damage.scientificNotation'],
    ]);
  });

  it('keeps values as the user wrote them: accents, leading zeros, plus signs; trims non-breaking spaces', async () => {
    const { rows } = await importText(
      `First Name,Last Name,Email,Extension,Site,Mobile Number\n\u00a0Zoë\u00a0,Muñoz-Ñúñez,zoe@example.com,007,Remote,+1 212 555 0101`,
    );
    expect(rows[0]?.slice(0, 7)).toEqual(['Zoë', 'Muñoz-Ñúñez', 'zoe@example.com', '007', 'Remote', '', '+1 212 555 0101']);
  });

  it('requires a MAC address for desk phones only', async () => {
    const text = [
      'First Name,Last Name,Email,Extension,Site,Device Model,MAC Address',
      'A,B,a@example.com,10,Remote,yealink t54w,',
      'C,D,c@example.com,11,Remote,Softphone,',
    ].join('\n');
    const { batches } = await importText(text);
    expect(batches[0]?.issues[0]).toEqual([{ column: 9, messageKey: 'cell.requiredWhen', params: { value: 'Yealink T54W' } }]);
    expect(batches[0]?.issues[1]).toBeNull();
  });

  it('counts rows that share a unique value in the file (emails ignore case)', async () => {
    const text = [
      'First Name,Last Name,Email,Extension,Site',
      'A,B,Ada@Example.com,10,Remote',
      'C,D,ada@example.COM,11,Remote',
      'E,F,e@example.com,11,Remote',
      'G,H,g@example.com,12,Remote',
    ].join('\n');
    const { outcome } = await importText(text);
    expect(outcome.ok && outcome.summary.invalidRows).toBe(3);
  });

  it('finds a shared number or MAC address whatever its format', async () => {
    const text = [
      'First Name,Last Name,Email,Extension,Site,Direct Number,MAC Address',
      'A,B,a@example.com,10,Remote,(415) 555-0100,00:1a:2b:3c:4d:5e',
      'C,D,c@example.com,11,Remote,+1 415 555 0100,',
      'E,F,e@example.com,12,Remote,415.555.0101,001A.2B3C.4D5E',
      'G,H,g@example.com,13,Remote,+14155550102,001A2B3C4D5F',
    ].join('\n');
    const { outcome } = await importText(text);
    expect(outcome.ok && outcome.summary.invalidRows).toBe(3);
  });

  it('counts the same rows invalid as the preview model, unique text columns included', async () => {
    // A descriptor with a unique text column too: its hashes are computed by the pipeline, not a checker.
    const withBadge: TemplateColumn[] = [
      ...columns,
      { key: 'badge', header: 'Badge', required: false, synonyms: [], rule: { type: 'text', minLength: 0, maxLength: 20 }, unique: true },
    ];
    // xorshift32 with a fixed seed: reproducible, and every choice comes up.
    let seed = 2463534242;
    const pick = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const lines = [`${seatHeaderLine},Badge`];
    for (let i = 0; i < 400; i++) {
      const row = seatRow(i);
      const other = seatRow(pick(400));
      // Copy one unique value from another row now and then, in another spelling.
      const choice = pick(6);
      if (choice === 0) row[2] = (other[2] ?? '').toUpperCase();
      if (choice === 1) row[3] = other[3] ?? '';
      if (choice === 2) row[5] = (other[5] ?? '').replace(/[() -]/g, '');
      if (choice === 3) row[9] = (other[9] ?? '').replace(/:/g, '-').toLowerCase();
      lines.push([...row, choice === 4 ? 'B1' : `B${i + 100}`].join(','));
    }
    const model = new PreviewModel(withBadge);
    const outcome = await runImport(fileFrom(lines.join('\n')), withBadge, { onRows: (batch) => model.appendBatch(batch) });
    expect(outcome.ok && outcome.summary.invalidRows).toBe(model.counts.invalid);
    expect(model.counts.invalid).toBeGreaterThan(50);
  });

  it('removes the apostrophe our own export adds, and says so', async () => {
    const { rows, outcome } = await importText(`First Name,Last Name,Email,Extension,Site\n'=Ada,'-Lovelace,a@example.com,10,Remote`);
    expect(rows[0]?.slice(0, 2)).toEqual(['=Ada', '-Lovelace']);
    expect(outcome.ok && outcome.summary.notices).toContainEqual({ messageKey: 'notice.apostropheRemoved', params: { count: 2 } });
  });

  it('passes on what reading noticed: rows of a UTF-8 file that were saved as Windows-1252', async () => {
    const utf8 = new TextEncoder().encode(`First Name,Last Name,Email,Extension,Site\r\nÉmilie,Roy,e@example.com,10,Remote\r\nRen`);
    // "René" saved by a Windows program: é is the single byte 0xE9, not UTF-8.
    const latin = Uint8Array.from([0xe9, ...new TextEncoder().encode(',Roy,r@example.com,11,Remote\r\n')]);
    const bytes = new Uint8Array([...utf8, ...latin]);
    const batches: ImportRowsBatch[] = [];
    const outcome = await runImport(fileFrom(bytes), columns, { onRows: (batch) => batches.push(batch) });
    expect(batches.flatMap((batch) => batch.raw).map((row) => row[0])).toEqual(['Émilie', 'René']);
    expect(outcome.ok && outcome.summary.notices).toContainEqual({ messageKey: 'notice.mixedEncoding', params: { rows: '3', count: 1 } });
  });

  it('checks the account in batches the contract allows, with only valid values, and counts what it finds', async () => {
    const lines = [seatHeaderLine, ...Array.from({ length: 12 }, (_, i) => seatRow(i).join(','))];
    lines.push('X,Y,bad-email,99,Remote,,,,,,,');
    const requests: SeatValidationRequest[] = [];
    const validate: SeatValidator = async (request) => {
      requests.push(request);
      return {
        results: request.rows.map((row) => ({
          index: row.index,
          issues: row.index === 3 ? [{ column: 'directNumber' as const, code: 'not-spare' as const }] : [],
        })),
      };
    };
    const accountIssues: unknown[] = [];
    const batches: ImportRowsBatch[] = [];
    const outcome = await runImport(fileFrom(lines.join('\n')), columns, {
      validateAccount: validate,
      onAccountIssues: (issues) => accountIssues.push(...issues),
      onRows: (batch) => batches.push(batch),
      batchSize: 5,
    });
    expect(batches.map((batch) => batch.startId)).toEqual([0, 5, 10]);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.rows[12]).toEqual({ index: 12, extension: '99' });
    expect(requests[0]?.rows[0]).toEqual({
      index: 0,
      email: 'emilie.0@example.org',
      extension: '100000',
      directNumber: '+14155550000',
      macAddress: '001A0000007F',
    });
    expect(accountIssues).toEqual([{ rowId: 3, column: 5, messageKey: 'cell.notSpareNumber' }]);
    expect(outcome.ok && outcome.summary).toMatchObject({ invalidRows: 2, accountChecked: true });
  });

  it('goes on without the account check when it fails, and says so', async () => {
    const { outcome } = await importText(`${seatHeaderLine}\n${seatRow(1).join(',')}`, { validateAccount: () => Promise.reject(new Error('offline')) });
    expect(outcome.ok && outcome.summary.accountChecked).toBe(false);
    expect(outcome.ok && outcome.summary.notices).toContainEqual({ messageKey: 'notice.accountCheckFailed', params: {} });
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const text = [seatHeaderLine, ...Array.from({ length: 30 }, (_, i) => seatRow(i).join(','))].join('\n');
    const run = importText(text, { batchSize: 10, signal: controller.signal, pause: async () => controller.abort() });
    await expect(run).rejects.toThrow();
  });
});

describe('runImport with a mapping of columns', () => {
  const text = 'Last,First,Mail,Ext,Where,Team\nLovelace,Ada,ada@example.com,100,Remote,Sales\nHopper,Grace,grace@example.com,101,Remote,';

  it('stops at missing required columns with the columns found and samples of their values', async () => {
    const { outcome, rows } = await importText(text);
    expect(rows).toEqual([]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issue.code).toBe('missingColumns');
    expect(outcome.columns?.fileHeaders).toEqual(['Last', 'First', 'Mail', 'Ext', 'Where', 'Team']);
    expect(outcome.columns?.samples[0]).toEqual(['Lovelace', 'Hopper']);
    expect(outcome.columns?.samples[5]).toEqual(['Sales']);
  });

  it('reads the rows with the admin’s mapping', async () => {
    const columnChoice = columns.map(() => -1);
    [1, 0, 2, 3, 4].forEach((source, column) => (columnChoice[column] = source));
    const { outcome, rows } = await importText(text, { columnChoice });
    expect(outcome.ok).toBe(true);
    expect(rows[0]?.slice(0, 5)).toEqual(['Ada', 'Lovelace', 'ada@example.com', '100', 'Remote']);
    expect(outcome.ok && outcome.summary.columns.matches[0]).toEqual({ source: 1, kind: 'chosen' });
    expect(outcome.ok && outcome.summary.unknownHeaders).toEqual(['Team']);
  });
});
