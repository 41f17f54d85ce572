/**
 * Seat files for tests and stories, generated: rows that the mock account accepts (extensions from
 * 5000, emails at example.org, the account's sites), and ways to spoil some of them.
 */

/** The template's headers, in order. */
export const seatHeaders = [
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
] as const;

/** One valid row, number `n` (0-based), in template order. */
export function seatRow(n: number): string[] {
  return [
    `First${n}`,
    `Last${n}`,
    `user${n}@example.org`,
    String(5000 + n),
    ['Headquarters', 'Branch Office', 'Remote'][n % 3] ?? 'Remote',
    '',
    '',
    n % 10 === 0 ? 'Admin' : 'User',
    'Softphone',
    '',
    '',
    'Yes',
  ];
}

/** `count` valid rows, with `spoil` applied to the rows it names (by 0-based index). */
export function seatRows(count: number, spoil: Record<number, (row: string[]) => string[]> = {}): string[][] {
  return Array.from({ length: count }, (_, n) => spoil[n]?.(seatRow(n)) ?? seatRow(n));
}

/** CSV text of a header and rows (values here never need quoting). */
export function seatCsv(rows: readonly (readonly string[])[], headers: readonly string[] = seatHeaders): string {
  return [headers.join(','), ...rows.map((row) => row.join(','))].join('\r\n') + '\r\n';
}

/** A File of CSV text. */
export function csvFile(text: string, name = 'seats.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

/** A row with an invalid email. */
export const badEmail = (row: string[]): string[] => row.map((value, index) => (index === 2 ? 'not-an-email' : value));
/** A row whose extension repeats row 0's. */
export const sameExtensionAsFirst = (row: string[]): string[] => row.map((value, index) => (index === 3 ? '5000' : value));
