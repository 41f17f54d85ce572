/**
 * The 32-bit hash that in-file uniqueness works on: FNV-1a over UTF-16 code units, ASCII letters
 * folded to lower case when asked, then mixed. The checkers of the unique rules (email, digits, phone,
 * MAC) compute it while they scan a cell anyway, from the normalised value's code units, so it always
 * equals `hashString(normalised, fold)`; uniqueness then never reads the strings again.
 */

/** The starting value of a hash. */
export const hashSeed = 0x811c9dc5 | 0;

/** Adds one UTF-16 code unit. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Spreads the low bits, which pick the slot of the table; never 0, which means "no value". */
export function hashFinish(hash: number): number {
  const mixed = hash ^ (hash >>> 16);
  return Math.imul(mixed, 0x45d9f3b) ^ (mixed >>> 13) || 1;
}

/** The hash of a whole string; `fold` lower-cases ASCII letters (A-Z only). */
export function hashString(value: string, fold: boolean): number {
  let hash = hashSeed;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    hash = hashStep(hash, fold && code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
  }
  return hashFinish(hash);
}
