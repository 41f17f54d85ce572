import { isValidPhoneNumber } from 'libphonenumber-js/min';
import type { ColumnRule, TemplateColumn } from '../contract/template';
import type { MessageParams } from './issues';

/**
 * One checker per template rule: the single definition of what a valid cell is. The bulk validator
 * calls these directly (a zod schema per cell costs about twice a CSV parse on 100,000 rows); the zod
 * schema of a row (row-schema.ts) is built from these same checkers, so the rules are written once.
 */

/** A cell's checked value (normalised: E.164, canonical choice, upper-case MAC) or why it is wrong. */
export type CellCheck =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly messageKey: string; readonly params: MessageParams };

/** Checks one trimmed, non-empty cell. */
export type CellChecker = (value: string) => CellCheck;

const ok = (value: string): CellCheck => ({ ok: true, value });
const fail = (messageKey: string, params: MessageParams = {}): CellCheck => ({ ok: false, messageKey, params });

// Excel shows long numbers in General format as 1.41556E+10 and saves that text into CSV: digits lost.
const scientific = /^[+-]?\d+(?:[.,]\d+)?E[+-]?\d+$/i;
// The WHATWG "valid e-mail address" grammar, with a dot required in the domain.
const emailPattern =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const digitsPattern = /^\d+$/;
const phoneSeparators = /[\s().\-\u00a0/]/g;
const macSeparators = /[\s:.-]/g;
const macPattern = /^[0-9A-Fa-f]{12}$/;

// libphonenumber-js costs tens of microseconds per number; its verdict for a NANP number depends only
// on the area code and exchange (its patterns never look past the 7th digit), so it is remembered per
// 7-digit prefix. The cache is bounded: a file has few distinct exchanges.
const validPrefixes = new Map<string, boolean>();
function isValidNanp(national: string): boolean {
  const prefix = national.slice(0, 7);
  let verdict = validPrefixes.get(prefix);
  if (verdict === undefined) {
    verdict = isValidPhoneNumber(`+1${national}`);
    if (validPrefixes.size > 100_000) validPrefixes.clear();
    validPrefixes.set(prefix, verdict);
  }
  return verdict;
}

/** A NANP number in any common format to E.164, with the spreadsheet damage explained. */
export function checkNanpPhone(value: string): CellCheck {
  if (scientific.test(value)) return fail('damage.scientificNotation', { value });
  const compact = value.replace(phoneSeparators, '');
  let national: string;
  if (compact.startsWith('+')) {
    if (!digitsPattern.test(compact.slice(1))) return fail('cell.invalidPhone');
    if (!compact.startsWith('+1')) return fail('cell.phoneNotNanp');
    national = compact.slice(2);
  } else {
    if (!digitsPattern.test(compact)) return fail('cell.invalidPhone');
    if (compact.length === 11 && compact.startsWith('1')) national = compact.slice(1);
    else if (compact.length >= 11 && compact.length <= 15) return fail('damage.lostPlus', { value: `+${compact}` });
    else national = compact;
  }
  if (national.length !== 10) return fail('cell.invalidPhone');
  const areaCode = national.slice(0, 3);
  const exchange = national.slice(3, 6);
  if (exchange[0] === '0' || exchange[0] === '1' || areaCode[0] === '0' || areaCode[0] === '1') return fail('cell.invalidPhone');
  if (exchange.endsWith('11')) return fail('cell.phoneN11Exchange', { exchange });
  if (areaCode.endsWith('11') || !isValidNanp(national)) return fail('cell.invalidPhone');
  return ok(`+1${national}`);
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
      return (value) => {
        const compact = value.replace(macSeparators, '');
        return macPattern.test(compact) ? ok(compact.toUpperCase()) : fail('cell.invalidMac');
      };
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
