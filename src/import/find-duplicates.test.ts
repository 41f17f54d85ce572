import { describe, expect, it } from 'vitest';
import { markDuplicateValues } from './find-duplicates';

const marked = (values: string[], ignoreCase = false): number[] => {
  const marks = new Uint8Array(values.length);
  markDuplicateValues(values, ignoreCase, marks);
  return [...marks.keys()].filter((row) => marks[row] === 1);
};

describe('markDuplicateValues', () => {
  it('marks every row of a shared value, the first one included, and ignores blanks', () => {
    expect(marked(['1000', '', '1001', '1000', '', '1000', '1002'])).toEqual([0, 3, 5]);
  });

  it('compares exactly unless told to ignore case, as toLowerCase does', () => {
    expect(marked(['Ada@Example.com', 'ada@example.com', 'bob@example.com'])).toEqual([]);
    expect(marked(['Ada@Example.com', 'ada@example.com', 'bob@example.com'], true)).toEqual([0, 1]);
    expect(marked(['ZOË@example.com', 'zoë@example.com', 'zoe@example.com'], true)).toEqual([0, 1]);
  });

  it('keeps apart values whose hashes collide in the table', () => {
    // 50,000 distinct values fill a table of 131,072 slots: many probes, no false duplicates.
    const values = Array.from({ length: 50_000 }, (_, i) => String(i));
    expect(marked(values)).toEqual([]);
    values.push('49999', '0');
    expect(marked(values)).toEqual([0, 49_999, 50_000, 50_001]);
  });

  it('agrees with a Map on random values', () => {
    let seed = 88172645;
    const next = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    const values = Array.from({ length: 5000 }, () => (next() % 7 === 0 ? '' : `V${next() % 3000}`.replace('V1', 'v1')));
    const byKey = new Map<string, number[]>();
    values.forEach((value, row) => {
      if (value === '') return;
      const key = value.toLowerCase();
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    });
    const expected = [...byKey.values()]
      .filter((rows) => rows.length > 1)
      .flat()
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(100);
    expect(marked(values, true)).toEqual(expected);
  });
});
