import { describe, expect, it } from 'vitest';
import { buildAccountRequests } from './account-check';
import { PreviewModel } from './preview-model';
import { rowsBatch } from './rows-batch';
import { seatTemplateFixture } from './testing/seat-template.fixture';

const columns = seatTemplateFixture.columns;

describe('rowsBatch', () => {
  it('keeps the given row numbers and the values as typed, trimmed, and normalises them as the import does', () => {
    const batch = rowsBatch(
      columns,
      [
        { rowNumber: 7, raw: ['Ann', 'Lee', ' ann@example.com ', '00042', 'Remote', '(415) 555-0101'] },
        { rowNumber: 12, raw: ['Bo', 'Ray', 'bo@example.com', '43', 'Headquarters', '', '', 'Admin'] },
      ],
      5,
    );
    expect(batch.startId).toBe(5);
    expect(batch.rowNumbers).toEqual([7, 12]);
    expect(batch.raw[0]).toEqual(['Ann', 'Lee', 'ann@example.com', '00042', 'Remote', '(415) 555-0101', '', '', '', '', '', '']);
    expect(batch.values[0]?.slice(0, 8)).toEqual(['Ann', 'Lee', 'ann@example.com', '00042', 'Remote', '+14155550101', '', 'User']);
    expect(batch.values[1]?.[7]).toBe('Admin');
    expect(batch.issues).toEqual([null, null]);
  });

  it('finds the cell issues of each row, by template column', () => {
    const batch = rowsBatch(columns, [{ rowNumber: 3, raw: ['Ann', '', 'not-an-email', '1', 'Moon'] }]);
    expect(batch.issues[0]?.map((issue) => [issue.column, issue.messageKey])).toEqual([
      [1, 'cell.required'],
      [2, 'cell.invalidEmail'],
      [3, 'cell.digitsLength'],
      [4, 'cell.notAllowed'],
    ]);
  });

  it('feeds a preview model that locates issues and duplicates on the user row numbers, and builds account requests by row id', () => {
    const batch = rowsBatch(columns, [
      { rowNumber: 4, raw: ['Ann', 'Lee', 'ann@example.com', '42', 'Remote'] },
      { rowNumber: 9, raw: ['Bo', 'Ray', 'bo@example.com', '42', 'Remote'] },
      { rowNumber: 10, raw: ['Cy', 'Day', 'cy@example.com', '44', 'Remote'] },
    ]);
    const model = new PreviewModel(columns);
    model.appendBatch(batch);
    expect(model.counts).toEqual({ total: 3, valid: 1, invalid: 2 });
    expect(model.issuesOf(0)).toEqual([{ row: 4, column: 'Extension', value: '42', messageKey: 'cell.duplicateInFile', params: { rows: '9', count: 1 } }]);
    // A row added afterwards is numbered after the last given row.
    expect(model.row(model.addRow())?.rowNumber).toBe(11);
    expect(buildAccountRequests(columns, batch.values)).toEqual([
      {
        rows: [
          { index: 0, email: 'ann@example.com', extension: '42' },
          { index: 1, email: 'bo@example.com', extension: '42' },
          { index: 2, email: 'cy@example.com', extension: '44' },
        ],
      },
    ]);
  });
});
