import type { SeatTemplate } from '../../contract/template';

/**
 * The default seat template, for tests and the benchmark. The app reads the
 * real one from the API; this copy only has to be a realistic descriptor.
 */
export const seatTemplateFixture: SeatTemplate = {
  version: '1',
  columns: [
    {
      key: 'firstName',
      header: 'First Name',
      required: true,
      synonyms: ['Given Name', 'first_name', 'Prénom'],
      rule: { type: 'text', minLength: 1, maxLength: 64 },
      unique: false,
    },
    {
      key: 'lastName',
      header: 'Last Name',
      required: true,
      synonyms: ['Surname', 'Family Name', 'last_name'],
      rule: { type: 'text', minLength: 1, maxLength: 64 },
      unique: false,
    },
    { key: 'email', header: 'Email', required: true, synonyms: ['E-mail', 'Email Address', 'Mail'], rule: { type: 'email', maxLength: 254 }, unique: true },
    { key: 'extension', header: 'Extension', required: true, synonyms: ['Ext', 'Ext.'], rule: { type: 'digits', minLength: 2, maxLength: 6 }, unique: true },
    {
      key: 'site',
      header: 'Site',
      required: true,
      synonyms: ['Location'],
      rule: { type: 'choice', values: ['Headquarters', 'Branch Office', 'Remote'] },
      unique: false,
    },
    { key: 'directNumber', header: 'Direct Number', required: false, synonyms: ['DID', 'Phone Number'], rule: { type: 'phone', region: 'NANP' }, unique: true },
    { key: 'mobileNumber', header: 'Mobile Number', required: false, synonyms: ['Mobile', 'Cell'], rule: { type: 'phone', region: 'NANP' }, unique: false },
    { key: 'role', header: 'Role', required: false, synonyms: [], rule: { type: 'choice', values: ['User', 'Admin'], default: 'User' }, unique: false },
    {
      key: 'deviceModel',
      header: 'Device Model',
      required: false,
      synonyms: ['Device', 'Phone Model'],
      rule: { type: 'choice', values: ['Yealink T54W', 'Yealink T46U', 'Poly VVX 450', 'Softphone'] },
      unique: false,
    },
    {
      key: 'macAddress',
      header: 'MAC Address',
      required: false,
      synonyms: ['MAC'],
      rule: { type: 'mac' },
      unique: true,
      requiredWhen: { column: 'deviceModel', values: ['Yealink T54W', 'Yealink T46U', 'Poly VVX 450'] },
    },
    {
      key: 'callerIdName',
      header: 'Caller ID Name',
      required: false,
      synonyms: ['Caller ID'],
      rule: { type: 'text', minLength: 0, maxLength: 15 },
      unique: false,
    },
    {
      key: 'addressBook',
      header: 'Address Book',
      required: false,
      synonyms: [],
      rule: { type: 'choice', values: ['Yes', 'No'], default: 'Yes' },
      unique: false,
    },
  ],
};

/** The header line of the default template, as the template CSV has it. */
export const seatHeaderLine = seatTemplateFixture.columns.map((column) => column.header).join(',');

/** A valid seat row for row `i` (distinct email, extension, direct number and MAC). */
export function seatRow(i: number): string[] {
  const hex = (n: number): string => n.toString(16).padStart(2, '0').toUpperCase();
  return [
    `Émilie${i}`,
    `O'Brien-${i}`,
    `emilie.${i}@example.org`,
    String(100000 + i),
    i % 3 === 0 ? 'Headquarters' : i % 3 === 1 ? 'branch office' : 'Remote',
    `(415) 555-${String(i % 10000).padStart(4, '0')}`.replace('555-', i < 10000 ? '555-' : `${200 + Math.floor(i / 10000)}-`),
    `+1 212 555 ${String(i % 10000).padStart(4, '0')}`,
    i % 10 === 0 ? 'Admin' : 'User',
    'Yealink T54W',
    `00:1A:${hex((i >> 16) & 255)}:${hex((i >> 8) & 255)}:${hex(i & 255)}:7F`,
    `Emilie ${i % 1000}`,
    i % 2 === 0 ? 'Yes' : 'no',
  ];
}
