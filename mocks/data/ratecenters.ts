import type { Ratecenter } from '../../src/contract';

/** The mock ratecenter table, by area code and exchange (the first three local digits). */
export const ratecenters: ReadonlyArray<{ areaCode: string; exchange: string; ratecenter: Ratecenter }> = [
  { areaCode: '415', exchange: '555', ratecenter: { name: 'San Francisco', state: 'CA' } },
  { areaCode: '212', exchange: '555', ratecenter: { name: 'New York City', state: 'NY' } },
  { areaCode: '312', exchange: '555', ratecenter: { name: 'Chicago', state: 'IL' } },
  { areaCode: '206', exchange: '555', ratecenter: { name: 'Seattle', state: 'WA' } },
  { areaCode: '617', exchange: '555', ratecenter: { name: 'Boston', state: 'MA' } },
];

/** The ratecenter of a NANP number in E.164, or null when the table does not know it. */
export function ratecenterOf(e164: string): Ratecenter | null {
  const match = /^\+1(\d{3})(\d{3})\d{4}$/.exec(e164);
  if (!match) return null;
  const entry = ratecenters.find((item) => item.areaCode === match[1] && item.exchange === match[2]);
  return entry ? entry.ratecenter : null;
}

/** The numbers +1 AAA 555-0100 to +1 AAA 555-01xx of an area code (the block reserved for fiction). */
export function fictionalNumbers(areaCode: string, from: number, to: number): string[] {
  const numbers: string[] = [];
  for (let line = from; line <= to; line += 1) numbers.push(`+1${areaCode}555${String(line).padStart(4, '0')}`);
  return numbers;
}
