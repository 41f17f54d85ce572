import { isValidPhoneNumber } from 'libphonenumber-js/min';
import type { ColumnRule, TemplateColumn } from '../contract/template';
import type { MessageParams } from './issues';
import { hashFinish, hashSeed, hashStep } from './value-hash';

/**
 * One checker per template rule: the single definition of what a valid cell is. The bulk validator
 * calls these directly (a zod schema per cell costs about twice a CSV parse on 100,000 rows); the zod
 * schema of a row (row-schema.ts) is built from these same checkers, so the rules are written once.
 */

/** Why a cell is wrong: an i18n key of the `import` namespace and its parameters. */
export interface CellFailure {
  readonly messageKey: string;
  readonly params: MessageParams;
}

/**
 * A cell's checked value (normalised: E.164, canonical choice, upper-case MAC) as a string, or why it is
 * wrong. A bare string rather than `{ ok, value }`: 1.2 million wrapper objects per 100,000-row file
 * cost more garbage collection than all the checks together.
 */
export type CellCheck = string | CellFailure;

/** Checks one trimmed, non-empty cell. */
export type CellChecker = (value: string) => CellCheck;

/**
 * A checker as the import loop calls it: given `hashes`, a valid cell also leaves
 * `hashes[at] = hashString(normalised, rule is email)` (value-hash.ts), computed during the scan the
 * check does anyway, for in-file uniqueness. Rules that do not scan (text, choice) leave it alone.
 */
export type HashingChecker = (value: string, hashes?: Int32Array, at?: number) => CellCheck;

const ok = (value: string): CellCheck => value;
const fail = (messageKey: string, params: MessageParams = {}): CellFailure => ({ messageKey, params });

// Excel shows long numbers in General format as 1.41556E+10 and saves that text into CSV: digits lost.
// Only ever tried on a value that already failed its rule, so it costs nothing on valid rows.
const scientific = /^[+-]?\d+(?:[.,]\d+)?E[+-]?\d+$/i;

// Character classes of the WHATWG "valid e-mail address" grammar, by ASCII code.
const emailLocal = 1;
const emailAlnum = 2;
const emailClasses = new Uint8Array(128);
for (const ch of ".!#$%&'*+/=?^_`{|}~-") emailClasses[ch.charCodeAt(0)] = emailLocal;
for (let code = 0; code < 128; code++) {
  const alnum = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (alnum) emailClasses[code] = emailLocal | emailAlnum;
}
const classOf = (code: number): number => (code < 128 ? (emailClasses[code] ?? 0) : 0);

/**
 * The WHATWG "valid e-mail address" grammar with a dot required in the domain, that is
 * `^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@label(\.label)+$` where a label is 1 to 63 letters, digits or
 * hyphens that starts and ends with a letter or digit. Scanned once, left to right: the regular
 * expression it replaces backtracked inside every label and ran on every row.
 */
export function isEmailAddress(value: string): boolean {
  return scanEmail(value) !== null;
}

const foldAscii = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

/** `isEmailAddress`, returning the case-folded hash of a valid address (value-hash.ts), else null. */
function scanEmail(value: string): number | null {
  const length = value.length;
  let hash = hashSeed;
  let i = 0;
  for (; i < length; i++) {
    const code = value.charCodeAt(i);
    if ((classOf(code) & emailLocal) === 0) break;
    hash = hashStep(hash, foldAscii(code));
  }
  if (i === 0 || i === length || value.charCodeAt(i) !== 0x40) return null;
  hash = hashStep(hash, 0x40);
  i++;
  let labels = 0;
  for (;;) {
    const start = i;
    if (i === length) return null;
    const first = value.charCodeAt(i);
    if ((classOf(first) & emailAlnum) === 0) return null;
    hash = hashStep(hash, foldAscii(first));
    i++;
    for (; i < length; i++) {
      const code = value.charCodeAt(i);
      if ((classOf(code) & emailAlnum) === 0 && code !== 0x2d) break;
      hash = hashStep(hash, foldAscii(code));
    }
    if (i - start > 63 || value.charCodeAt(i - 1) === 0x2d) return null;
    labels++;
    if (i === length) return labels >= 2 ? hashFinish(hash) : null;
    if (value.charCodeAt(i) !== 0x2e) return null;
    hash = hashStep(hash, 0x2e);
    i++;
  }
}

/** The hash of one or more ASCII digits (value-hash.ts), or null when the value is anything else. */
function scanDigits(value: string): number | null {
  if (value.length === 0) return null;
  let hash = hashSeed;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return null;
    hash = hashStep(hash, code);
  }
  return hashFinish(hash);
}

// libphonenumber-js costs tens of microseconds per number; its verdict for a NANP number depends only
// on the area code and exchange (its patterns never look past the 7th digit), so it is remembered per
// 7-digit prefix: one small table per area code seen (0 unknown, 1 valid, 2 invalid), no boxed keys.
const prefixVerdicts: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(1000);
function isValidNanp(national: number): boolean {
  // Both fit in 31 bits, so `| 0` floors them and they index the tables as small integers.
  const areaCode = (national / 1e7) | 0;
  const rest = ((national / 1000) | 0) % 10000;
  let verdicts = prefixVerdicts[areaCode];
  if (verdicts === undefined) {
    verdicts = new Uint8Array(10000);
    prefixVerdicts[areaCode] = verdicts;
  }
  let verdict = verdicts[rest] ?? 0;
  if (verdict === 0) {
    verdict = isValidPhoneNumber(`+1${national}`) ? 1 : 2;
    verdicts[rest] = verdict;
  }
  return verdict === 1;
}

/** True for the separators people put in phone numbers: space, NBSP, ( ) - . / */
function isPhoneSeparator(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x28 || code === 0x29 || code === 0x2d || code === 0x2e || code === 0x2f || code === 0x09;
}

// The digit codes of the number being checked (at most 15 are kept).
const phoneDigits = new Uint8Array(15);

/**
 * A NANP number in any common format to E.164, with the spreadsheet damage explained. Scanned by hand
 * rather than with regular expressions: it runs on two columns of every row of a 100,000-row file.
 */
export function checkNanpPhone(value: string, hashes?: Int32Array, at = 0): CellCheck {
  let digits = 0;
  let number = 0;
  let plus = false;
  let tooLong = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      // Past 15 digits it is no phone number; keep the text for the message only.
      if (digits < 15) {
        number = number * 10 + (code - 0x30);
        phoneDigits[digits] = code;
      } else {
        tooLong = value;
      }
      digits++;
    } else if (code === 0x2b && digits === 0 && !plus) {
      plus = true;
    } else if (!isPhoneSeparator(code)) {
      return scientific.test(value) ? fail('damage.scientificNotation', { value }) : fail('cell.invalidPhone');
    }
  }
  if (tooLong !== '' || digits < 10) return fail('cell.invalidPhone');
  let national: number;
  if (plus) {
    if (digits !== 11 || Math.floor(number / 1e10) !== 1)
      return digits >= 11 && Math.floor(number / 10 ** (digits - 1)) !== 1 ? fail('cell.phoneNotNanp') : fail('cell.invalidPhone');
    national = number - 1e10;
  } else if (digits === 11 && Math.floor(number / 1e10) === 1) {
    national = number - 1e10;
  } else if (digits >= 11) {
    return fail('damage.lostPlus', { value: `+${number}` });
  } else {
    national = number;
  }
  const areaCode = Math.floor(national / 1e7);
  const exchange = Math.floor(national / 1e4) % 1000;
  if (areaCode < 200 || exchange < 200) return fail('cell.invalidPhone');
  if (exchange % 100 === 11) return fail('cell.phoneN11Exchange', { exchange: String(exchange) });
  if (areaCode % 100 === 11 || !isValidNanp(national)) return fail('cell.invalidPhone');
  // The ten national digits are the last ten kept; E.164 is `+1` and them.
  const d = phoneDigits;
  const o = digits - 10;
  if (hashes !== undefined) {
    let hash = hashStep(hashStep(hashSeed, 0x2b), 0x31);
    for (let i = o; i < digits; i++) hash = hashStep(hash, d[i] ?? 0);
    hashes[at] = hashFinish(hash);
  }
  // Already E.164 (`+1` and ten digits, nothing else): the same string, no copy. Otherwise built from
  // the codes: cheaper than turning the number back into text.
  if (plus && value.length === 12) return ok(value);
  return ok(
    String.fromCharCode(
      0x2b,
      0x31,
      d[o] ?? 0,
      d[o + 1] ?? 0,
      d[o + 2] ?? 0,
      d[o + 3] ?? 0,
      d[o + 4] ?? 0,
      d[o + 5] ?? 0,
      d[o + 6] ?? 0,
      d[o + 7] ?? 0,
      d[o + 8] ?? 0,
      d[o + 9] ?? 0,
    ),
  );
}

const macDigits = new Uint8Array(12);
/** 12 hex digits with any of the usual separators, to upper case; scanned by hand for the same reason. */
function checkMac(value: string, hashes?: Int32Array, at = 0): CellCheck {
  let count = 0;
  let upper = true;
  let hash = hashSeed;
  for (let i = 0; i < value.length; i++) {
    let code = value.charCodeAt(i);
    if (code === 0x3a || code === 0x2d || code === 0x2e || code === 0x20) {
      upper = false;
      continue;
    }
    if (code >= 0x61 && code <= 0x66) {
      code -= 0x20;
      upper = false;
    } else if (!((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46))) {
      return fail('cell.invalidMac');
    }
    if (count === 12) return fail('cell.invalidMac');
    macDigits[count++] = code;
    hash = hashStep(hash, code);
  }
  if (count !== 12) return fail('cell.invalidMac');
  if (hashes !== undefined) hashes[at] = hashFinish(hash);
  if (upper) return ok(value);
  const d = macDigits;
  return ok(
    String.fromCharCode(d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, d[3] ?? 0, d[4] ?? 0, d[5] ?? 0, d[6] ?? 0, d[7] ?? 0, d[8] ?? 0, d[9] ?? 0, d[10] ?? 0, d[11] ?? 0),
  );
}

/** Compiles a descriptor rule into a checker. */
export function compileRule(rule: ColumnRule): CellChecker {
  return compileHashingRule(rule);
}

/** Compiles a descriptor rule into a checker that can also leave the uniqueness hash (see `HashingChecker`). */
export function compileHashingRule(rule: ColumnRule): HashingChecker {
  const plan = planRule(rule);
  return (value, hashes, at = 0) => checkPlanned(plan, value, hashes, at);
}

/**
 * A choice rule's matcher. Spellings already seen ('Remote', 'branch office') are compared with `===`
 * before anything else: a Map lookup would hash every cell (a fresh string each time), and
 * lower-casing would copy it. A file holds few spellings of a handful of choices; past
 * `fastSpellings` the Map of lower-cased values answers.
 */
class ChoiceMatcher {
  private readonly canonical: Map<string, string>;
  private readonly allowed: string;
  private readonly spellings: string[] = [];
  private readonly spelled: string[] = [];

  constructor(values: readonly string[]) {
    this.canonical = new Map(values.map((allowed) => [allowed.toLowerCase(), allowed]));
    this.allowed = values.join(', ');
    for (const value of values) this.remember(value, this.canonical.get(value.toLowerCase()) ?? value);
  }

  private remember(value: string, match: string): void {
    if (this.spellings.length < fastSpellings) {
      this.spellings.push(value);
      this.spelled.push(match);
    }
  }

  match(value: string): CellCheck {
    const { spellings } = this;
    for (let i = 0; i < spellings.length; i++) if (spellings[i] === value) return ok(this.spelled[i] ?? value);
    const match = this.canonical.get(value.toLowerCase());
    if (match === undefined) return fail('cell.notAllowed', { allowed: this.allowed });
    this.remember(value, match);
    return ok(match);
  }
}
const fastSpellings = 16;

/**
 * The characters a text cell may not hold: C0 controls but tab (line breaks included), DEL and C1
 * controls (U+0080-U+009F: invisible, and what stray bytes of a mis-saved file often become); the
 * zero-width space, the direction marks (U+200E, U+200F, U+061C), the word joiner and other invisible
 * operators (U+2060-U+206F) and U+FEFF; the line and paragraph separators; and the bidi embeddings,
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069), which can make a name read differently from
 * what it holds. Zero-width (non-)joiners stay: emoji sequences and Persian or Indic spellings need
 * them; right-to-left letters need no control at all.
 *
 * One character class tested on every text cell (measured faster than a hand-written loop over the
 * code units); it also matches tab, so only a cell that matches is looked at again.
 */
const hiddenCharacter = /[\p{Cc}\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff]/u;
const hiddenCharacters = new RegExp(hiddenCharacter.source, 'gu');

/** A UTF-16 code unit as people write it: `U+202E`. */
const codePointName = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** A piece of a value as it should be shown: text, or a hidden character named by its code point (`U+202E`). */
export type VisiblePiece = { readonly text: string } | { readonly hidden: string };

/**
 * A value cut into pieces for showing it: each hidden character (those a text cell may not hold, tab
 * aside) becomes a named piece, so that an invisible character is seen where it is, and a bidi override
 * cannot turn the text around on screen.
 */
export function visiblePieces(value: string): VisiblePiece[] {
  const pieces: VisiblePiece[] = [];
  let from = 0;
  for (const match of value.matchAll(hiddenCharacters)) {
    const code = value.charCodeAt(match.index);
    if (code === 0x09) continue;
    if (match.index > from) pieces.push({ text: value.slice(from, match.index) });
    pieces.push({ hidden: codePointName(code) });
    from = match.index + match[0].length;
  }
  if (from < value.length) pieces.push({ text: value.slice(from) });
  return pieces;
}

const isBidiControl = (code: number): boolean => (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/** A text cell that holds a hidden character or a tab: refused at its first hidden character, if any. */
function checkHiddenCharacters(value: string): CellCheck {
  for (const match of value.matchAll(hiddenCharacters)) {
    const code = value.charCodeAt(match.index);
    if (code === 0x09) continue;
    // Counted in characters as a person counts them, so an emoji before it counts once.
    const position = Array.from(value.slice(0, match.index)).length + 1;
    const character = codePointName(code);
    return fail(isLineBreak(code) ? 'cell.lineBreak' : isBidiControl(code) ? 'cell.bidiControl' : 'cell.hiddenCharacter', { character, position });
  }
  return ok(value);
}

// Rule kinds as small integers: the import loop switches on them and calls each check directly, so
// every call site sees one function (inlined) instead of twelve closures (never inlined).
const textKind = 0;
const emailKind = 1;
const digitsKind = 2;
const phoneKind = 3;
const choiceKind = 4;
const macKind = 5;

/** A rule prepared for checking many cells; every plan has the same shape whatever its rule. */
export interface RulePlan {
  readonly kind: number;
  readonly min: number;
  readonly max: number;
  readonly choice: ChoiceMatcher | null;
}

/** Prepares a descriptor rule for `checkPlanned`. */
export function planRule(rule: ColumnRule): RulePlan {
  switch (rule.type) {
    case 'text':
      return { kind: textKind, min: rule.minLength, max: rule.maxLength, choice: null };
    case 'email':
      return { kind: emailKind, min: 0, max: rule.maxLength, choice: null };
    case 'digits':
      return { kind: digitsKind, min: rule.minLength, max: rule.maxLength, choice: null };
    case 'phone':
      return { kind: phoneKind, min: 0, max: 0, choice: null };
    case 'choice':
      return { kind: choiceKind, min: 0, max: 0, choice: new ChoiceMatcher(rule.values) };
    case 'mac':
      return { kind: macKind, min: 0, max: 0, choice: null };
  }
}

/** Checks one trimmed, non-empty cell against a planned rule (see `HashingChecker` for `hashes`). */
export function checkPlanned(plan: RulePlan, value: string, hashes: Int32Array | undefined, at: number): CellCheck {
  switch (plan.kind) {
    case textKind: {
      if (value.length < plan.min) return fail('cell.tooShort', { count: plan.min });
      if (value.length > plan.max) return fail('cell.tooLong', { count: plan.max });
      return hiddenCharacter.test(value) ? checkHiddenCharacters(value) : ok(value);
    }
    case emailKind: {
      if (value.length > plan.max) return fail('cell.tooLong', { count: plan.max });
      const hash = scanEmail(value);
      if (hash === null) return fail('cell.invalidEmail');
      if (hashes !== undefined) hashes[at] = hash;
      return ok(value);
    }
    case digitsKind: {
      const hash = scanDigits(value);
      if (hash === null) return scientific.test(value) ? fail('damage.scientificNotation', { value }) : fail('cell.notDigits');
      if (value.length < plan.min || value.length > plan.max) return fail('cell.digitsLength', { min: plan.min, max: plan.max });
      if (hashes !== undefined) hashes[at] = hash;
      return ok(value);
    }
    case phoneKind:
      return checkNanpPhone(value, hashes, at);
    case choiceKind:
      return plan.choice === null ? ok(value) : plan.choice.match(value);
    default:
      return checkMac(value, hashes, at);
  }
}

/** True when the rule's checker leaves the uniqueness hash (see `HashingChecker`). */
export function planHashes(plan: RulePlan): boolean {
  return plan.kind === emailKind || plan.kind === digitsKind || plan.kind === phoneKind || plan.kind === macKind;
}

/** The value a blank cell takes: the choice default when there is one, else empty. */
export function defaultValue(column: TemplateColumn): string {
  return column.rule.type === 'choice' ? (column.rule.default ?? '') : '';
}

/** The key under which two values count as the same for uniqueness (emails ignore case). */
export function uniquenessKey(column: TemplateColumn, normalised: string): string {
  return column.rule.type === 'email' ? normalised.toLowerCase() : normalised;
}
