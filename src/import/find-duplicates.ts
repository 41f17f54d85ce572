import { hashString } from './value-hash';

/**
 * In-file uniqueness in one pass over a column, with typed arrays: open addressing on 32-bit hashes,
 * row ids in an Int32Array, strings compared only when two hashes agree. Four JS Maps of 100,000
 * string keys cost about 100 ms and much garbage collection; this costs a few milliseconds a column.
 */

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
 * Sets `marks[row] = 1` for every row whose value another row also has. `hashes[row]` is
 * `hashString(value, ignoreCase)` (value-hash.ts; never 0) or 0 for a row without a value; `valueOf`
 * gives the value, read only to confirm that two rows with the same hash share it. With `ignoreCase`
 * the values must be ASCII or already lower-cased (ASCII letters are folded when compared). Returns
 * how many rows this column marked that were not marked before.
 */
export function markDuplicateRows(hashes: Int32Array, valueOf: (row: number) => string, ignoreCase: boolean, marks: Uint8Array): number {
  const count = hashes.length;
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  // Slot -> row + 1 of the first row seen with that hash and value (0: free).
  const slots = new Int32Array(size);
  let marked = 0;
  for (let row = 0; row < count; row++) {
    const hash = hashes[row] ?? 0;
    if (hash === 0) continue;
    let slot = hash & mask;
    let key: string | null = null;
    for (;;) {
      const held = slots[slot] ?? 0;
      if (held === 0) {
        slots[slot] = row + 1;
        break;
      }
      const other = held - 1;
      if (hashes[other] === hash) {
        key ??= valueOf(row);
        const otherKey = valueOf(other);
        if (ignoreCase ? equalFolded(key, otherKey) : key === otherKey) {
          if (marks[other] !== 1) marked++;
          if (marks[row] !== 1) marked++;
          marks[other] = 1;
          marks[row] = 1;
          break;
        }
      }
      slot = (slot + 1) & mask;
    }
  }
  return marked;
}

/**
 * `markDuplicateRows` for a plain list of values ('' for none). With `ignoreCase`, values compare as
 * `toLowerCase()` does: ASCII values are folded as they are compared, the rare others lower-cased first.
 */
export function markDuplicateValues(values: readonly string[], ignoreCase: boolean, marks: Uint8Array): number {
  const keys = values.map((value) => (ignoreCase && !isAscii(value) ? value.toLowerCase() : value));
  const hashes = new Int32Array(keys.length);
  keys.forEach((key, row) => {
    if (key !== '') hashes[row] = hashString(key, ignoreCase);
  });
  return markDuplicateRows(hashes, (row) => keys[row] ?? '', ignoreCase, marks);
}
