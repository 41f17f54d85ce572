import { describe, expect, it } from 'vitest';
import { runImport } from './pipeline';
import { PreviewModel } from './preview-model';
import { fileFrom } from './testing/files.fixture';
import { seatTemplateFixture } from './testing/seat-template.fixture';

const columns = seatTemplateFixture.columns;
const header = 'First Name,Last Name,E-mail,Extension,Site';
const email = 2;
const extension = 3;
const site = 4;

async function modelOf(lines: string[]): Promise<PreviewModel> {
  const model = new PreviewModel(columns);
  const outcome = await runImport(fileFrom(lines.join('\n')), columns, { onRows: (batch) => model.appendBatch(batch) });
  if (!outcome.ok) throw new Error(outcome.issue.messageKey);
  model.setUserHeaders(outcome.summary.userHeaders);
  return model;
}

/** Everything a user sees of the model: rows in order with their values and issues, and the counts. */
function seen(model: PreviewModel) {
  return { counts: model.counts, rows: model.rowIds().map((id) => model.row(id)), pending: model.rowsPendingAccountCheck };
}

describe('PreviewModel bulk fixes', () => {
  it('groups errors by column and message with their row counts, and lists the rows of a group', async () => {
    const model = await modelOf([header, 'A,B,not-an-email,10,Remote', 'C,D,also-bad,11,HQ', 'E,F,e@example.com,11,Remote', 'G,,g@example.com,13,Remote']);
    expect(model.errorGroups()).toEqual([
      { column: 1, messageKey: 'cell.required', params: {}, rows: 1 },
      { column: email, messageKey: 'cell.invalidEmail', params: {}, rows: 2 },
      { column: extension, messageKey: 'cell.duplicateInFile', params: {}, rows: 2 },
      { column: site, messageKey: 'cell.notAllowed', params: expect.objectContaining({ allowed: expect.any(String) }), rows: 1 },
    ]);
    expect(model.rowIds({ column: email, messageKey: 'cell.invalidEmail' })).toEqual([0, 1]);
    expect(model.rowIds({ column: extension, messageKey: 'cell.duplicateInFile' })).toEqual([1, 2]);
    model.applyAccountIssues([{ rowId: 3, column: email, messageKey: 'cell.takenInAccount' }]);
    expect(model.errorGroups()).toContainEqual({ column: email, messageKey: 'cell.takenInAccount', params: {}, rows: 1 });
  });

  it('tells apart values whose uniqueness hashes are the same in the summary and its filter', async () => {
    // 107330 and 266602 share a 32-bit hash (value-hash.ts).
    const model = await modelOf([header, 'A,B,a@example.org,107330,Remote', 'C,D,c@example.org,266602,Remote', 'E,F,e@example.com,107330,Remote']);
    expect(model.errorGroups()).toEqual([{ column: extension, messageKey: 'cell.duplicateInFile', params: {}, rows: 2 }]);
    expect(model.rowIds({ column: extension, messageKey: 'cell.duplicateInFile' })).toEqual([0, 2]);
  });

  it('counts before it replaces, in whole cells or parts, with or without case', async () => {
    const model = await modelOf([header, 'A,B,a@Example.com,10,Remote', 'C,D,c@example.com,11,Remote', 'E,F,e@example.org,12,Remote']);
    expect(model.countMatches(email, 'example.com', { wholeCell: false, matchCase: false })).toBe(2);
    expect(model.countMatches(email, 'example.com', { wholeCell: false, matchCase: true })).toBe(1);
    expect(model.countMatches(email, 'c@example.com', { wholeCell: true, matchCase: false })).toBe(1);
    expect(model.countMatches(email, 'example', { wholeCell: true, matchCase: false })).toBe(0);
    // Text that means something in a regular expression is matched as it is written.
    expect(model.countMatches(email, '.', { wholeCell: false, matchCase: false })).toBe(3);
    expect(model.countMatches(email, '(', { wholeCell: false, matchCase: false })).toBe(0);
    expect(await model.replaceInColumn(email, 'EXAMPLE.COM', 'corp.example', { wholeCell: false, matchCase: false })).toBe(2);
    expect(model.rowIds().map((id) => model.row(id)?.raw[email])).toEqual(['a@corp.example', 'c@corp.example', 'e@example.org']);
    expect(await model.replaceInColumn(email, '', 'x', { wholeCell: true, matchCase: false })).toBe(0);
  });

  it('fills only the empty cells of a column and checks those rows again', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,', 'C,D,c@example.com,11,Remote', 'E,F,e@example.com,12,']);
    expect(model.countEmpty(site)).toBe(2);
    expect(await model.fillEmpty(site, ' HQ ')).toBe(2);
    expect(model.rowIds().map((id) => model.row(id)?.raw[site])).toEqual(['HQ', 'Remote', 'HQ']);
    expect(model.errorGroups().map((group) => [group.column, group.messageKey, group.rows])).toEqual([[site, 'cell.notAllowed', 2]]);
    expect(await model.fillEmpty(site, '  ')).toBe(0);
  });

  it('removes the rows with errors and keeps the rest', async () => {
    const model = await modelOf([header, 'A,B,bad,10,Remote', 'C,D,c@example.com,11,Remote', 'E,F,e@example.com,11,Remote', 'G,H,g@example.com,13,Remote']);
    expect(await model.removeRowsWithErrors()).toBe(3);
    expect(model.counts).toEqual({ total: 1, valid: 1, invalid: 0 });
    expect(await model.removeRowsWithErrors()).toBe(0);
    expect(model.undoKind).toBe('removeErrors');
  });

  it('undoes and redoes each kind of change exactly, counts, duplicates, account findings and order included', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,Remote', 'C,D,c@example.com,11,HQ', 'E,F,e@example.com,12,', 'G,H,bad,13,']);
    model.applyAccountIssues([{ rowId: 0, column: email, messageKey: 'cell.takenInAccount' }]);
    const changes: [string, () => unknown][] = [
      ['edit', () => model.editCell(0, email, 'z@example.com')],
      ['edit', () => model.editCell(1, extension, '12')],
      ['add', () => void model.addRow(['N', 'M', 'n@example.com', '10', 'Remote'])],
      ['delete', () => model.deleteRows([2])],
      ['values', () => model.replaceValues(site, new Map([['HQ', 'Headquarters']]))],
      ['replace', () => model.replaceInColumn(email, 'example.com', 'example.org', { wholeCell: false, matchCase: false })],
      ['fill', () => model.fillEmpty(site, 'Remote')],
      ['removeErrors', () => model.removeRowsWithErrors()],
    ];
    const states = [seen(model)];
    for (const [kind, change] of changes) {
      await change();
      expect(model.undoKind).toBe(kind);
      states.push(seen(model));
    }
    for (let at = changes.length - 1; at >= 0; at--) {
      expect(await model.undo()).toBe(changes[at]?.[0]);
      expect(seen(model)).toEqual(states[at]);
    }
    expect(await model.undo()).toBeNull();
    expect(model.issuesOf(0).map((issue) => issue.messageKey)).toEqual(['cell.takenInAccount']);
    for (let at = 0; at < changes.length; at++) {
      expect(await model.redo()).toBe(changes[at]?.[0]);
      expect(seen(model)).toEqual(states[at + 1]);
    }
    expect(await model.redo()).toBeNull();
  });

  it('drops what was undone when a new change is made, and a change that changes nothing is not recorded', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,Remote']);
    model.editCell(0, extension, '11');
    await model.undo();
    model.editCell(0, extension, '12');
    expect(model.redoKind).toBeNull();
    expect(await model.replaceInColumn(email, 'nothing', 'x', { wholeCell: false, matchCase: false })).toBe(0);
    model.deleteRows([42]);
    expect(model.undoKind).toBe('edit');
    await model.undo();
    expect(model.row(0)?.raw[extension]).toBe('10');
  });

  it('forgets the history when rows arrive from the file', async () => {
    const model = await modelOf([header, 'A,B,a@example.com,10,Remote']);
    model.editCell(0, extension, '11');
    model.appendBatch({
      startId: 1,
      rowNumbers: [3],
      raw: [['C', 'D', 'c@example.com', '12', 'Remote']],
      values: [['C', 'D', 'c@example.com', '12', 'Remote']],
      issues: [null],
    });
    expect(model.undoKind).toBeNull();
  });

  it('makes a long change in slices, and an edit made meanwhile waits for it instead of being lost', async () => {
    const model = new PreviewModel(columns);
    const count = 20_000;
    const raw = Array.from({ length: count }, (_, i) => ['A', 'B', `u${i}@example.com`, String(10000 + i), 'HQ', '', '', 'User', '', '', '', 'Yes']);
    model.appendBatch({ startId: 0, rowNumbers: raw.map((_, i) => i + 2), raw, values: raw.map((row) => [...row]), issues: raw.map(() => null) });
    const replacing = model.replaceValues(site, new Map([['HQ', 'Headquarters']]));
    expect(model.working).toBe(true);
    model.editCell(0, site, 'Remote');
    // Other tasks run while it works: the change yields to the event loop.
    let otherTasks = 0;
    const tick = setInterval(() => (otherTasks += 1), 0);
    expect(await replacing).toBe(count);
    clearInterval(tick);
    expect(otherTasks).toBeGreaterThan(0);
    expect(model.working).toBe(false);
    expect(model.row(0)?.raw[site]).toBe('Remote');
    expect(model.row(1)?.raw[site]).toBe('Headquarters');
    expect(model.undoKind).toBe('edit');
  });
});
