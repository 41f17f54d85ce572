import { describe, expect, it } from 'vitest';
import { defaultSeatTemplate } from '../../../../../mocks/data/seat-template';
import type { SeatJobRowRecord } from '../../../../contract';
import { parseDelimited } from '../../../../import';
import { jobSummaryCsv, summaryFileName, type SummaryTexts } from './job-summary-csv';

const texts: SummaryTexts = { created: 'Created', failed: 'Failed', failure: (code) => `=${code}` };
const headers: Record<string, string> = {
  'export.userIdColumn': 'User ID',
  'export.createdAtColumn': 'Created At',
  'export.resultColumn': 'Result',
  'export.errorColumn': 'Error',
};
const translate = (key: string) => headers[key] ?? key;
const { columns } = defaultSeatTemplate(['Headquarters', 'Remote'], ['Yealink T54W', 'Softphone'], ['Yealink T54W']);

const records: SeatJobRowRecord[] = [
  {
    rowNumber: 1,
    status: 'created',
    seatId: 'seat-9',
    createdAt: '2025-01-12T09:01:00.000Z',
    seat: {
      firstName: '=cmd',
      lastName: 'Zero',
      email: 'zero@example.com',
      extension: '0042',
      site: 'Headquarters',
      directNumber: '+14155550150',
      role: 'Admin',
      deviceModel: 'Yealink T54W',
      macAddress: '805EC0123456',
      callerIdName: 'Zero, "Z"',
      addressBook: false,
    },
  },
  {
    rowNumber: 2,
    status: 'failed',
    code: 'unknown-site',
    message: 'site: unknown-site',
    fieldErrors: { site: 'unknown-site' },
    seat: { firstName: 'Sam', lastName: 'Unknown', email: 'sam@example.com', extension: '007', site: 'Annex', role: 'User', addressBook: true },
  },
];

describe('the summary of a bulk job, downloaded again', () => {
  it("has the template's headers with each row's values, then User ID, Created At, Result and Error", () => {
    const csv = jobSummaryCsv(columns, records, texts, translate);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = parseDelimited(csv.slice(1), 10);
    expect(table.rows).toEqual([
      [
        'First Name',
        'Last Name',
        'Email',
        'Extension',
        'Site',
        'Direct Number',
        'Mobile Number',
        'Role',
        'Device Model',
        'MAC Address',
        'Caller ID Name',
        'Address Book',
        'User ID',
        'Created At',
        'Result',
        'Error',
      ],
      // The one CSV writer neutralises what a spreadsheet would run: the name, and the leading `+` of a number.
      [
        "'=cmd",
        'Zero',
        'zero@example.com',
        '0042',
        'Headquarters',
        "'+14155550150",
        '',
        'Admin',
        'Yealink T54W',
        '805EC0123456',
        'Zero, "Z"',
        'No',
        'seat-9',
        '2025-01-12T09:01:00.000Z',
        'Created',
        '',
      ],
      ['Sam', 'Unknown', 'sam@example.com', '007', 'Annex', '', '', 'User', '', '', '', 'Yes', '', '', 'Failed', "'=unknown-site"],
    ]);
  });

  it('leaves a template column empty when the seat has no value for it', () => {
    const extra = [
      ...columns,
      { key: 'costCenter', header: 'Cost Center', required: false, unique: false, synonyms: [], rule: { type: 'text' as const, minLength: 1, maxLength: 20 } },
    ];
    const [header, first] = parseDelimited(jobSummaryCsv(extra, records.slice(0, 1), texts, translate).slice(1), 10).rows;
    expect(header?.[12]).toBe('Cost Center');
    expect(first?.[12]).toBe('');
    expect(first?.[13]).toBe('seat-9');
  });

  it('names the file after the uploaded one', () => {
    expect(summaryFileName({ id: 'job-1', fileName: 'new hires.xlsx' })).toBe('new hires-summary.csv');
    expect(summaryFileName({ id: 'job-1', fileName: '.csv' })).toBe('job-1-summary.csv');
  });
});
