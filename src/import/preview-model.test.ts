import { describe, expect, it, vi } from 'vitest';
import { runImport } from './pipeline';
import { PreviewModel } from './preview-model';
import { fileFrom } from './testing/files.fixture';
import { seatTemplateFixture } from './testing/seat-template.fixture';

const columns = seatTemplateFixture.columns;

async function modelOf(lines: string[]): Promise<PreviewModel> {
  const model = new PreviewModel(columns);
  const outcome = await runImport(fileFrom(lines.join('\n')), columns, { onRows: (batch) => model.appendBatch(batch) });
  if (!outcome.ok) throw new Error(outcome.issue.messageKey);
  model.setUserHeaders(outcome.summary.userHeaders);
  return model;
}

const header = 'First Name,Last Name,E-mail,Extension,Site';

describe('PreviewModel', () => {
  it('locates duplicates with the other rows and keeps counts', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,Remote', 'C,D,c@example.com,10,Remote', 'E,F,e@example.com,12,Remote']);
    expect(model.counts).toEqual({ total: 3, valid: 1, invalid: 2 });
    expect(model.rowIds('errors')).toEqual([0, 1]);
    expect(model.issuesOf(0)).toEqual([{ row: 2, column: 'Extension', value: '10', messageKey: 'cell.duplicateInFile', params: { rows: '3', count: 1 } }]);
  });

  it('re-validates the edited row and the rows that shared its old value', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,Remote', 'C,D,c@example.com,10,Remote', 'E,F,e@example.com,12,Remote']);
    const listener = vi.fn();
    model.subscribe(listener);
    model.editCell(1, 3, ' 11 ');
    expect(model.counts).toEqual({ total: 3, valid: 3, invalid: 0 });
    expect(model.row(1)?.raw[3]).toBe('11');
    expect(listener).toHaveBeenCalledTimes(1);
    // Editing into a clash marks both rows.
    model.editCell(2, 3, '10');
    expect(model.rowIds('errors')).toEqual([0, 2]);
  });

  it('shows cell errors with the header as the user wrote it, and clears them when fixed', async () => {
    const model = await modelOf([header, 'A,B,not-an-email,10,Remote']);
    expect(model.issuesOf(0)).toEqual([{ row: 2, column: 'E-mail', value: 'not-an-email', messageKey: 'cell.invalidEmail', params: {} }]);
    const blank = new PreviewModel(columns);
    blank.addRow(['A', 'B', 'x', '10', 'Remote']);
    expect(blank.issuesOf(0)[0]?.column).toBe('Email');
    model.editCell(0, 2, 'a@example.com');
    expect(model.counts.invalid).toBe(0);
  });

  it('adds rows after the last row number and deletes rows, freeing their values', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,Remote']);
    const id = model.addRow(['C', 'D', 'A@example.com', '11', 'remote']);
    expect(model.row(id)).toMatchObject({ rowNumber: 3, values: expect.arrayContaining(['Remote']) });
    expect(model.counts).toEqual({ total: 2, valid: 0, invalid: 2 });
    model.deleteRows([0]);
    expect(model.counts).toEqual({ total: 1, valid: 1, invalid: 0 });
    expect(model.row(0)).toBeUndefined();
    expect(model.rowIds()).toEqual([id]);
  });

  it('checks edited rows against the account and drops findings on values that changed', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,Remote']);
    model.applyAccountIssues([{ rowId: 0, column: 2, messageKey: 'cell.takenInAccount' }]);
    expect(model.counts.invalid).toBe(1);
    model.editCell(0, 2, 'b@example.com');
    expect(model.counts.invalid).toBe(0);
    expect(model.rowsPendingAccountCheck).toBe(1);
    const validate = vi.fn(async () => ({ results: [{ index: 0, issues: [{ column: 'email' as const, code: 'taken' as const }] }] }));
    await model.checkAccount(validate);
    expect(validate).toHaveBeenCalledWith({ rows: [{ index: 0, email: 'b@example.com', extension: '10' }] });
    expect(model.issuesOf(0).map((issue) => issue.messageKey)).toEqual(['cell.takenInAccount']);
  });

  it('keeps rows pending when the account check fails, so the next check asks for them again', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,Remote']);
    model.editCell(0, 2, 'b@example.com');
    await expect(model.checkAccount(async () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    expect(model.rowsPendingAccountCheck).toBe(1);
    const validate = vi.fn(async () => ({ results: [] }));
    await model.checkAccount(validate);
    expect(validate).toHaveBeenCalledTimes(1);
    expect(model.rowsPendingAccountCheck).toBe(0);
  });

  it('tells apart different values whose uniqueness hashes are the same', async () => {
    // 107330 and 266602 share a 32-bit hash (value-hash.ts), as u44225@ and u101209@example.org do.
    const model = await modelOf([header, 'A,B,u44225@example.org,107330,Remote', 'C,D,U101209@example.org,266602,Remote', 'E,F,e@example.com,107330,Remote']);
    expect(model.rowIds('errors')).toEqual([0, 2]);
    expect(model.issuesOf(0).map((issue) => [issue.column, issue.params])).toEqual([['Extension', { rows: '4', count: 1 }]]);
    expect(model.issuesOf(1)).toEqual([]);
    // Leaving the clash clears both rows; joining the colliding value makes no clash.
    model.editCell(2, 3, '266603');
    expect(model.counts.invalid).toBe(0);
    model.editCell(2, 2, 'u101209@EXAMPLE.org');
    expect(model.rowIds('errors')).toEqual([1, 2]);
    model.deleteRows([1]);
    expect(model.counts.invalid).toBe(0);
  });

  it('keeps imported rows packed and gives each row back cell by cell', async () => {
    const model = await modelOf([header, 'Zoë 👩🏽‍💻,"O\'Brien, Jr",a@example.com,10,remote', 'B,,b@example.com,11,Remote']);
    expect(model.row(0)).toMatchObject({ rowNumber: 2, raw: ['Zoë 👩🏽‍💻', "O'Brien, Jr", 'a@example.com', '10', 'remote', '', '', '', '', '', '', ''] });
    expect(model.row(0)?.values[4]).toBe('Remote');
    expect(model.issuesOf(1)).toMatchObject([{ row: 3, column: 'Last Name', value: '', messageKey: 'cell.required' }]);
    expect(model.validRows()).toEqual([{ id: 0, rowNumber: 2, values: expect.objectContaining({ firstName: 'Zoë 👩🏽‍💻', site: 'Remote', role: 'User' }) }]);
  });

  it('edits one row of 100,000 without revisiting the others', async () => {
    const model = new PreviewModel(columns);
    const count = 100_000;
    const raw = Array.from({ length: count }, (_, i) => ['A', 'B', `u${i}@example.com`, String(10000 + i), 'Remote', '', '', 'User', '', '', '', 'Yes']);
    model.appendBatch({ startId: 0, rowNumbers: raw.map((_, i) => i + 2), raw, values: raw.map((row) => [...row]), issues: raw.map(() => null) });
    const started = performance.now();
    for (let i = 0; i < 1000; i++) model.editCell(i, 3, String(900000 + (i % 2)));
    const perEdit = (performance.now() - started) / 1000;
    expect(model.counts.invalid).toBe(1000);
    // Linear work per edit would be tens of milliseconds here.
    expect(perEdit).toBeLessThan(1);
  });

  it('lists each value a choice column does not allow once, with its rows and a suggestion, and one replacement fixes them all', async () => {
    const choiceHeader = 'First Name,Last Name,E-mail,Extension,Site,Address Book';
    const lines = [choiceHeader];
    for (let n = 0; n < 30; n++) lines.push(`A${n},B,a${n}@example.com,${100 + n},${n % 3 === 0 ? 'Remote' : 'HQ'},${n % 2 === 0 ? 'Oui' : 'Yes'}`);
    lines.push('Z,Z,z@example.com,999,Paris,Non');
    const model = await modelOf(lines);
    expect(model.choiceProblems()).toEqual([
      { column: 4, value: 'HQ', rows: 20, suggestion: 'Headquarters' },
      { column: 4, value: 'Paris', rows: 1, suggestion: null },
      { column: 11, value: 'Oui', rows: 15, suggestion: 'Yes' },
      { column: 11, value: 'Non', rows: 1, suggestion: 'No' },
    ]);
    const listener = vi.fn();
    model.subscribe(listener);
    expect(await model.replaceValues(4, new Map([['HQ', 'Headquarters']]))).toBe(20);
    expect(
      await model.replaceValues(
        11,
        new Map([
          ['Oui', 'Yes'],
          ['Non', 'No'],
        ]),
      ),
    ).toBe(16);
    // Each long change is heard when it starts, when its rows changed and when it ends.
    expect(listener).toHaveBeenCalledTimes(6);
    expect(model.choiceProblems()).toEqual([{ column: 4, value: 'Paris', rows: 1, suggestion: null }]);
    expect(model.counts).toEqual({ total: 31, valid: 30, invalid: 1 });
    expect(model.row(1)?.raw[4]).toBe('Headquarters');
    expect(model.row(30)?.values[11]).toBe('No');
  });

  it('checks uniqueness again for the rows a replacement touched', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,Remote', 'C,D,c@example.com,11,Remote']);
    await model.replaceValues(3, new Map([['11', '10']]));
    expect(model.counts).toEqual({ total: 2, valid: 0, invalid: 2 });
  });
});
