/**
 * In-file uniqueness in one pass over a column, with typed arrays: open addressing on a string hash,
 * row ids in an Int32Array, strings compared only when hashes agree. Four JS Maps of 100,000 string
 * keys cost about 100 ms and a lot of garbage collection; this costs a few milliseconds per column.
 */

import { hashString } from './value-hash';

const isAscii = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
};

function equalFolded(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0x41 && x <= 0x5a) x += 0x20;
    if (y >= 0x41 && y <= 0x5a) y += 0x20;
    if (x !== y) return false;
  }
  return true;
}

/**
 * Sets `marks[row] = 1` for every row whose value (non-empty) another row of `values` also has.
 * With `ignoreCase`, values compare as `toLowerCase()` does: ASCII values are folded in place, the
 * rare others are lower-cased first. `hashes`, when given, holds `hashString(values[row], ignoreCase)`
 * for every non-empty value (the checkers computed them while scanning; with `ignoreCase` the values
 * must then be ASCII, as valid email addresses are), so no string is read again except to confirm a
 * match. Returns how many rows were marked by this column.
 */
export function markDuplicateRows(values: readonly string[], ignoreCase: boolean, marks: Uint8Array, hashes?: Int32Array): number {
  const count = values.length;
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  // Slot -> row + 1 of the first row with that value (0: empty); row -> its hash; row -> its key.
  const slots = new Int32Array(size);
  const hashOf = hashes ?? new Int32Array(count);
  let keys: (string | undefined)[] | null = null;
  let marked = 0;
  const mark = (row: number): void => {
    if (marks[row] !== 1) marked++;
    marks[row] = 1;
  };
  for (let row = 0; row < count; row++) {
    let key = values[row] ?? '';
    if (key === '') continue;
    let hash: number;
    if (hashes !== undefined) {
      hash = hashes[row] ?? 0;
    } else {
      if (ignoreCase && !isAscii(key)) {
        key = key.toLowerCase();
        (keys ??= new Array<string | undefined>(count))[row] = key;
      }
      hash = hashString(key, ignoreCase);
      hashOf[row] = hash;
    }
    let slot = hash & mask;
    for (;;) {
      const held = slots[slot] ?? 0;
      if (held === 0) {
        slots[slot] = row + 1;
        break;
      }
      const other = held - 1;
      if (hashOf[other] === hash) {
        const otherKey = keys?.[other] ?? values[other] ?? '';
        if (ignoreCase ? equalFolded(key, otherKey) : key === otherKey) {
          mark(other);
          mark(row);
          break;
        }
      }
      slot = (slot + 1) & mask;
    }
  }
  return marked;
}
