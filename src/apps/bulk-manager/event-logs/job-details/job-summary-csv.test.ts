import { describe, expect, it } from 'vitest';
import { jobSummaryCsv, summaryFileName, type SummaryTexts } from './job-summary-csv';

const texts: SummaryTexts = { rowColumn: 'Row', created: 'Created', failed: 'Failed', failure: (code) => `=${code}` };
const headers: Record<string, string> = { 'export.userIdColumn': 'User ID', 'export.createdAtColumn': 'Created At', 'export.resultColumn': 'Result', 'export.errorColumn': 'Error' };

describe('the summary of a bulk job', () => {
  it('writes one line per row, through the one CSV writer (formula-like text neutralised)', () => {
    const csv = jobSummaryCsv(
      [
        { rowNumber: 1, status: 'created', seatId: 'seat-9', createdAt: '2025-01-12T09:01:00.000Z' },
        { rowNumber: 2, status: 'failed', code: 'taken', message: 'email: taken', fieldErrors: { email: 'taken' } },
      ],
      texts,
      (key) => headers[key] ?? key,
    );
    expect(csv).toBe('\uFEFFRow,User ID,Created At,Result,Error\r\n1,seat-9,2025-01-12T09:01:00.000Z,Created,\r\n2,,,Failed,\'=taken\r\n');
  });

  it('names the file after the uploaded one', () => {
    expect(summaryFileName({ id: 'job-1', fileName: 'new hires.xlsx' })).toBe('new hires-summary.csv');
    expect(summaryFileName({ id: 'job-1', fileName: '.csv' })).toBe('job-1-summary.csv');
  });
});
