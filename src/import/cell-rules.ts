import { isValidPhoneNumber } from 'libphonenumber-js/min';
import type { ColumnRule, TemplateColumn } from '../contract/template';
import type { MessageParams } from './issues';

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

const ok = (value: string): CellCheck => value;
const fail = (messageKey: string, params: MessageParams = {}): CellFailure => ({ messageKey, params });

// Excel shows long numbers in General format as 1.41556E+10 and saves that text into CSV: digits lost.
const scientific = /^[+-]?\d+(?:[.,]\d+)?E[+-]?\d+$/i;
// The WHATWG "valid e-mail address" grammar, with a dot required in the domain.
const emailPattern =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const digitsPattern = /^\d+$/;

// libphonenumber-js costs tens of microseconds per number; its verdict for a NANP number depends only
// on the area code and exchange (its patterns never look past the 7th digit), so it is remembered per
// 7-digit prefix. The cache is bounded: a file has few distinct exchanges.
const validPrefixes = new Map<number, boolean>();
function isValidNanp(national: number): boolean {
  const prefix = Math.floor(national / 1000);
  let verdict = validPrefixes.get(prefix);
  if (verdict === undefined) {
    verdict = isValidPhoneNumber(`+1${national}`);
    if (validPrefixes.size > 100_000) validPrefixes.clear();
    validPrefixes.set(prefix, verdict);
  }
  return verdict;
}

/** True for the separators people put in phone numbers: space, NBSP, ( ) - . / */
function isPhoneSeparator(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x28 || code === 0x29 || code === 0x2d || code === 0x2e || code === 0x2f || code === 0x09;
}

/**
 * A NANP number in any common format to E.164, with the spreadsheet damage explained. Scanned by hand
 * rather than with regular expressions: it runs on two columns of every row of a 100,000-row file.
 */
export function checkNanpPhone(value: string): CellCheck {
  let digits = 0;
  let number = 0;
  let plus = false;
  let tooLong = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      digits++;
      // Past 15 digits it is no phone number; keep the text for the message only.
      if (digits <= 15) number = number * 10 + (code - 0x30);
      else tooLong = value;
    } else if (code === 0x2b && digits === 0 && !plus) {
      plus = true;
    } else if (!isPhoneSeparator(code)) {
      return scientific.test(value) ? fail('damage.scientificNotation', { value }) : fail('cell.invalidPhone');
    }
  }
  if (tooLong !== '' || digits < 10) return fail('cell.invalidPhone');
  let national: number;
  if (plus) {
    if (digits !== 11 || Math.floor(number / 1e10) !== 1) return digits >= 11 && Math.floor(number / 10 ** (digits - 1)) !== 1 ? fail('cell.phoneNotNanp') : fail('cell.invalidPhone');
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
  return ok(`+1${national}`);
}

const macDigits = new Array<number>(12);
/** 12 hex digits with any of the usual separators, to upper case; scanned by hand for the same reason. */
function checkMac(value: string): CellCheck {
  let count = 0;
  let upper = true;
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
  }
  if (count !== 12) return fail('cell.invalidMac');
  return ok(upper ? value : String.fromCharCode(...macDigits));
}

/** Compiles a descriptor rule into a checker. */
export function compileRule(rule: ColumnRule): CellChecker {
  switch (rule.type) {
    case 'text':
      return (value) =>
        value.length < rule.minLength
          ? fail('cell.tooShort', { min: rule.minLength })
          : value.length > rule.maxLength
            ? fail('cell.tooLong', { max: rule.maxLength })
            : ok(value);
    case 'email':
      return (value) =>
        value.length > rule.maxLength
          ? fail('cell.tooLong', { max: rule.maxLength })
          : emailPattern.test(value)
            ? ok(value)
            : fail('cell.invalidEmail');
    case 'digits':
      return (value) => {
        if (scientific.test(value)) return fail('damage.scientificNotation', { value });
        if (!digitsPattern.test(value)) return fail('cell.notDigits');
        if (value.length < rule.minLength || value.length > rule.maxLength) {
          return fail('cell.digitsLength', { min: rule.minLength, max: rule.maxLength });
        }
        return ok(value);
      };
    case 'phone':
      return checkNanpPhone;
    case 'choice': {
      const canonical = new Map(rule.values.map((allowed) => [allowed.toLowerCase(), allowed]));
      const allowed = rule.values.join(', ');
      return (value) => {
        const match = canonical.get(value.toLowerCase());
        return match === undefined ? fail('cell.notAllowed', { allowed }) : ok(match);
      };
    }
    case 'mac':
      return checkMac;
  }
}

/** The value a blank cell takes: the choice default when there is one, else empty. */
export function defaultValue(column: TemplateColumn): string {
  return column.rule.type === 'choice' ? (column.rule.default ?? '') : '';
}

/** The key under which two values count as the same for uniqueness (emails ignore case). */
export function uniquenessKey(column: TemplateColumn, normalised: string): string {
  return column.rule.type === 'email' ? normalised.toLowerCase() : normalised;
}
