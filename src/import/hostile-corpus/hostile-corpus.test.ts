import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultSeatTemplate } from '../../../mocks/data/seat-template';
import { NORTHWIND_DEVICE_MODELS, NORTHWIND_SITES } from '../../../mocks/data/seed';
import type { SeatValidationResponse } from '../../contract/seat-validation';
import { writeErrorsCsv, writeSummaryCsv, type Translate } from '../export-files';
import { runImport, type ImportOutcome, type SeatValidator } from '../pipeline';
import { PreviewModel } from '../preview-model';
import { fileFrom } from '../testing/files.fixture';
import { hostileCases, notSpareNumber, takenEmail, type HostileCase } from './hostile-cases';

const columns = defaultSeatTemplate(
  NORTHWIND_SITES,
  NORTHWIND_DEVICE_MODELS.map((model) => model.name),
  NORTHWIND_DEVICE_MODELS.filter((model) => model.deskPhone).map((model) => model.name),
).columns;
const keyAt = new Map(columns.map((column, index) => [column.key, index]));

/** The account check stub: one email is taken, one direct number is not spare. */
const validateAccount: SeatValidator = async (request) => {
  const results: SeatValidationResponse['results'] = request.rows.map((row) => ({
    index: row.index,
    issues: [...(row.email === takenEmail ? [{ column: 'email' as const, code: 'taken' as const }] : []), ...(row.directNumber === notSpareNumber ? [{ column: 'directNumber' as const, code: 'not-spare' as const }] : [])],
  }));
  return { results };
};

async function importCase(hostile: HostileCase): Promise<{ outcome: ImportOutcome; model: PreviewModel }> {
  const model = new PreviewModel(columns);
  const outcome = await runImport(fileFrom(hostile.content, hostile.fileName ?? 'seats.csv'), columns, {
    limits: hostile.limits,
    validateAccount,
    batchSize: 2,
    onRows: (batch) => model.appendBatch(batch),
    onAccountIssues: (issues) => model.applyAccountIssues(issues),
  });
  if (outcome.ok) model.setUserHeaders(outcome.summary.userHeaders);
  return { outcome, model };
}

/** The cells of a template row by key, for the keys the expectation names. */
function pick(row: readonly string[] | undefined, keys: Readonly<Record<string, string>>): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(keys).map((key) => [key, row?.[keyAt.get(key) ?? -1]]));
}

const formulaStart = /^[=+\-@\t\r\n\0]/;
/** A translation that would itself start formulas, so the writer's neutralising is what keeps files safe. */
const hostileTranslate: Translate = (key, params) => `=${key}${JSON.stringify(params)}`;

function parseCsv(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('the hostile corpus', () => {
  it('has at least 50 files, each named once', () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(50);
    expect(new Set(hostileCases.map((hostile) => hostile.name)).size).toBe(hostileCases.length);
  });

  it.each(hostileCases.map((hostile) => [hostile.name, hostile] as const))('imports %s as expected', async (_, hostile) => {
    const { outcome, model } = await importCase(hostile);
    const { expect: expected } = hostile;
    if (expected.file !== undefined) {
      expect(outcome.ok ? 'read' : outcome.issue.code).toBe(expected.file);
      if (expected.params !== undefined && !outcome.ok) expect(outcome.issue.params).toEqual(expected.params);
      return;
    }
    if (!outcome.ok) throw new Error(`refused: ${outcome.issue.code}`);
    const { summary } = outcome;
    const ids = model.rowIds();
    expect(ids.map((id) => !model.hasErrors(id))).toEqual(expected.valid);
    expect(summary.invalidRows).toBe(expected.valid.filter((isValid) => !isValid).length);
    const issues = ids.flatMap((id) => model.issuesOf(id).map((issue) => [issue.row, issue.column, issue.messageKey] as const));
    expect(issues).toEqual(expected.issues);
    const rows = ids.map((id) => model.row(id));
    for (const [index, keys] of Object.entries(expected.raw ?? {})) expect(pick(rows[Number(index)]?.raw, keys)).toEqual(keys);
    for (const [index, keys] of Object.entries(expected.values ?? {})) expect(pick(rows[Number(index)]?.values, keys)).toEqual(keys);
    if (expected.rowNumbers !== undefined) expect(rows.map((row) => row?.rowNumber)).toEqual(expected.rowNumbers);
    if (expected.encoding !== undefined) expect(summary.encoding).toBe(expected.encoding);
    if (expected.headerRowNumber !== undefined) expect(summary.headerRowNumber).toBe(expected.headerRowNumber);
    for (const notice of expected.notices ?? []) expect(summary.notices.map((entry) => entry.messageKey)).toContain(notice);
    // Every file of the corpus that is read was valid in its own encoding: no replacement character.
    for (const row of rows) expect([...(row?.raw ?? []), ...(row?.values ?? []), ...summary.userHeaders].join('|')).not.toContain('\ufffd');
  });

  it('exports every row it read in errors and summary files that parse back with no cell starting a formula', async () => {
    let checked = 0;
    for (const hostile of hostileCases) {
      const { outcome, model } = await importCase(hostile);
      if (!outcome.ok) continue;
      const errorsFile = parseCsv(writeErrorsCsv(model, hostileTranslate));
      const summaryRows = model.rowIds().map((id, index) => ({
        raw: model.row(id)?.raw ?? [],
        userId: index % 2 === 0 ? `-${id}` : `@${id}`,
        createdAt: new Date(Date.UTC(2026, 0, 1)),
        result: '+Created',
        error: "=cmd|' /C calc'!A0",
      }));
      const summaryFile = parseCsv(writeSummaryCsv(model.userHeaders, summaryRows, hostileTranslate));
      for (const [file, width] of [
        [errorsFile, columns.length + 1],
        [summaryFile, columns.length + 4],
      ] as const) {
        expect(file).toHaveLength(model.rowIds().length + 1);
        for (const cells of file) {
          expect(cells).toHaveLength(width);
          for (const cell of cells) expect(cell).not.toMatch(formulaStart);
        }
      }
      // A value that looks like a formula (behind any apostrophes of the user's) comes back with exactly
      // one apostrophe more; every other value unchanged.
      model.rowIds().forEach((id, index) => {
        const raw = model.row(id)?.raw ?? [];
        const expectedCells = raw.map((value) => (/^'*[=+\-@\t\r\n\0]/.test(value) ? `'${value}` : value));
        expect(errorsFile[index + 1]?.slice(0, columns.length)).toEqual(expectedCells);
        expect(summaryFile[index + 1]?.slice(0, columns.length)).toEqual(expectedCells);
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('gives back the same rows when its own errors file is imported again', async () => {
    for (const hostile of hostileCases) {
      const first = await importCase(hostile);
      if (!first.outcome.ok) continue;
      const again = await importCase({ name: hostile.name, content: writeErrorsCsv(first.model, hostileTranslate), expect: { valid: [], issues: [] } });
      const rawOf = (model: PreviewModel): (readonly string[] | undefined)[] => model.rowIds().map((id) => model.row(id)?.raw);
      expect(again.outcome.ok, hostile.name).toBe(true);
      expect(rawOf(again.model), hostile.name).toEqual(rawOf(first.model));
    }
  });
});
