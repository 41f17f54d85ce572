/**
 * Excel number format codes applied to a number, so that a numeric cell of an .xlsx reads as the text
 * a person sees in it: zero padding (`00000`), literal characters (`000-000-0000`,
 * `"("000") "000-0000`, `\-`), thousands separators (`#,##0`), fixed decimals (`0.00`), percent,
 * sections for negative numbers and zero, conditions (`[<=9999999]###-####;(###) ###-####`), currency
 * and accounting layouts (`_(`, `* `, `[$€-407]`) and colours. Codes are read as Excel stores them
 * (en-US: `.` decimal point, `,` thousands), and written the same way.
 *
 * Dates are the spreadsheet reader's. Scientific and fraction formats, `@`, `General`, date and time
 * tokens, and sections that hide the number give null: the caller then shows the number in full, so
 * a format never costs a digit (an .xlsx keeps the whole number even when Excel shows 4.16E+09).
 */

type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'digit'; readonly placeholder: '0' | '#' | '?' }
  | { readonly kind: 'point' }
  | { readonly kind: 'comma' }
  | { readonly kind: 'percent' };

interface Condition {
  readonly operator: string;
  readonly operand: number;
}

interface Section {
  readonly tokens: readonly Token[];
  readonly condition: Condition | null;
  readonly integerDigits: number;
  readonly fractionDigits: number;
  /** Indexes in `tokens` of the commas that group thousands or scale by 1000 (not shown as commas). */
  readonly silentCommas: ReadonlySet<number>;
  readonly thousands: boolean;
  /** Powers of ten the value is multiplied by: 2 per `%`, -3 per scaling comma. */
  readonly shift: number;
}

/** A parsed number format code. */
export interface NumberFormat {
  /** The text of `value` in this format, or null when the number should be shown in full instead. */
  format(value: number): string | null;
}

/** Splits a code into its `;` sections, leaving `;` inside quotes, brackets and after `\` alone. */
function splitSections(code: string): string[] {
  const sections: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (char === '\\' || char === '_' || char === '*') i++;
    else if (char === '"') i = endOf(code, '"', i);
    else if (char === '[') i = endOf(code, ']', i);
    else if (char === ';') {
      sections.push(code.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(code.slice(start));
  return sections;
}

/** The index of the `close` character after `open`, or the last index when it never comes. */
function endOf(code: string, close: string, open: number): number {
  const end = code.indexOf(close, open + 1);
  return end < 0 ? code.length - 1 : end;
}

const conditionPattern = /^(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)$/;

/** Tokens of one section, or null when it holds something this formatter leaves to General. */
function tokenize(section: string): { tokens: Token[]; condition: Condition | null } | null {
  const tokens: Token[] = [];
  let condition: Condition | null = null;
  let sawPoint = false;
  const literal = (text: string): void => {
    if (text !== '') tokens.push({ kind: 'literal', text });
  };
  for (let i = 0; i < section.length; i++) {
    const char = section[i] ?? '';
    switch (char) {
      case '"': {
        const end = endOf(section, '"', i);
        literal(section.slice(i + 1, section[end] === '"' ? end : end + 1));
        i = end;
        break;
      }
      case '\\':
        literal(section[i + 1] ?? '');
        i++;
        break;
      case '_':
        // Space as wide as the next character: a space in text.
        literal(' ');
        i++;
        break;
      case '*':
        // Repeats the next character to fill the column: nothing in text.
        i++;
        break;
      case '[': {
        const end = endOf(section, ']', i);
        const inside = section.slice(i + 1, end);
        const comparison = conditionPattern.exec(inside);
        if (comparison !== null) condition = { operator: comparison[1] ?? '=', operand: Number(comparison[2]) };
        // [$€-407] shows its symbol; [$-409] only names a locale.
        else if (inside.startsWith('$')) literal(inside.slice(1).split('-')[0] ?? '');
        // Elapsed time ([h]:mm) is a date format; colours and the rest change nothing in text.
        else if (/^[hms]+$/i.test(inside)) return null;
        i = end;
        break;
      }
      case '0':
      case '#':
      case '?':
        tokens.push({ kind: 'digit', placeholder: char });
        break;
      case '.':
        if (sawPoint) literal('.');
        else tokens.push({ kind: 'point' });
        sawPoint = true;
        break;
      case ',':
        tokens.push({ kind: 'comma' });
        break;
      case '%':
        tokens.push({ kind: 'percent' });
        break;
      case '/':
        // A fraction (# ?/?) rather than a slash between literals.
        if (/[0-9#?]/.test(section[i + 1] ?? '') || tokens[tokens.length - 1]?.kind === 'digit') return null;
        literal('/');
        break;
      case '@':
        return null;
      default:
        // Letters are date and time tokens (y m d h s AM/PM), E+ of scientific formats or General;
        // Excel quotes or escapes every letter meant as text when it saves a code.
        if (/[A-Za-z]/.test(char)) return null;
        literal(char);
    }
  }
  return { tokens, condition };
}

function analyse(tokens: Token[], condition: Condition | null): Section {
  let integerDigits = 0;
  let fractionDigits = 0;
  let percents = 0;
  let pointAt = tokens.length;
  let lastDigit = -1;
  let firstDigit = -1;
  tokens.forEach((token, index) => {
    if (token.kind === 'point' && pointAt === tokens.length) pointAt = index;
    if (token.kind === 'percent') percents++;
    if (token.kind !== 'digit') return;
    if (firstDigit < 0) firstDigit = index;
    lastDigit = index;
    if (index < pointAt) integerDigits++;
    else fractionDigits++;
  });
  const silentCommas = new Set<number>();
  // Commas right after the last digit placeholder scale by 1000 each (`#,##0,` shows 1234567 as 1,235).
  let scaling = 0;
  for (let index = lastDigit + 1; tokens[index]?.kind === 'comma'; index++) {
    silentCommas.add(index);
    scaling++;
  }
  let lastIntegerDigit = -1;
  for (let index = 0; index < pointAt; index++) if (tokens[index]?.kind === 'digit') lastIntegerDigit = index;
  let thousands = false;
  for (let index = firstDigit + 1; index < lastIntegerDigit; index++) {
    if (tokens[index]?.kind === 'comma') {
      silentCommas.add(index);
      thousands = true;
    }
  }
  return { tokens, condition, integerDigits, fractionDigits, silentCommas, thousands, shift: 2 * percents - 3 * scaling };
}

/** Parses a number format code; null when the number should be shown in full (see the file comment). */
export function parseNumberFormat(code: string): NumberFormat | null {
  // The fourth section is for text cells, which keep their own text.
  const parsed = splitSections(code).slice(0, 3).map(tokenize);
  const sections: Section[] = [];
  for (const section of parsed) {
    if (section === null) return null;
    sections.push(analyse(section.tokens, section.condition));
  }
  if (sections.every((section) => section.integerDigits + section.fractionDigits === 0)) return null;
  return { format: (value) => (Number.isFinite(value) ? formatWith(sections, value) : null) };
}

function holds(condition: Condition, value: number): boolean {
  switch (condition.operator) {
    case '<':
      return value < condition.operand;
    case '>':
      return value > condition.operand;
    case '<=':
      return value <= condition.operand;
    case '>=':
      return value >= condition.operand;
    case '<>':
      return value !== condition.operand;
    default:
      return value === condition.operand;
  }
}

/** Picks the section for the value, and whether a minus sign goes in front (it does not when the negative section is used). */
function sectionFor(sections: readonly Section[], value: number): { section: Section | undefined; minus: boolean } {
  const [first, second, third] = sections;
  if (sections.some((section) => section.condition !== null)) {
    const section =
      first !== undefined && first.condition !== null && holds(first.condition, value)
        ? first
        : second !== undefined && (second.condition === null || holds(second.condition, value))
          ? second
          : third;
    return { section, minus: value < 0 };
  }
  if (value < 0 && second !== undefined) return { section: second, minus: false };
  if (value === 0 && third !== undefined) return { section: third, minus: false };
  return { section: first, minus: value < 0 };
}

function formatWith(sections: readonly Section[], value: number): string | null {
  const { section, minus } = sectionFor(sections, value);
  // A section without digits (;;; or "-" for zero) hides the number; it is shown in full instead.
  if (section === undefined || section.integerDigits + section.fractionDigits === 0) return null;
  const { integer, fraction } = roundedDigits(Math.abs(value), section.shift, section.fractionDigits);
  const out: string[] = minus ? ['-'] : [];
  let digitsShown = 0;
  const emitDigit = (digit: string, place: number): void => {
    out.push(digit);
    digitsShown++;
    if (section.thousands && place > 0 && place % 3 === 0) out.push(',');
  };
  let integerSeen = 0;
  let fractionSeen = 0;
  let inFraction = false;
  // Trailing zeros of the fraction are dropped where the placeholder is # or ?.
  let lastShown = fraction.length - 1;
  while (lastShown >= 0 && fraction[lastShown] === '0') lastShown--;
  section.tokens.forEach((token, index) => {
    switch (token.kind) {
      case 'literal':
        out.push(token.text);
        return;
      case 'percent':
        out.push('%');
        return;
      case 'comma':
        if (!section.silentCommas.has(index)) out.push(',');
        return;
      case 'point':
        out.push('.');
        inFraction = true;
        return;
      case 'digit':
        if (inFraction) {
          const digit = fraction[fractionSeen] ?? '0';
          if (fractionSeen <= lastShown || token.placeholder === '0') {
            out.push(digit);
            digitsShown++;
          } else if (token.placeholder === '?') out.push(' ');
          fractionSeen++;
          return;
        }
        {
          // Placeholders take digits from the right; the first one also takes every digit beyond them.
          const place = section.integerDigits - 1 - integerSeen;
          if (integerSeen === 0) for (let extra = integer.length - 1; extra > place; extra--) emitDigit(integer[integer.length - 1 - extra] ?? '', extra);
          if (place < integer.length) emitDigit(integer[integer.length - 1 - place] ?? '', place);
          else if (token.placeholder === '0') emitDigit('0', place);
          else if (token.placeholder === '?') out.push(' ');
          integerSeen++;
        }
    }
  });
  // No digit at all (# for zero): the cell looks empty, but its number is shown rather than lost.
  return digitsShown === 0 ? null : out.join('');
}

/**
 * The digits of `value * 10^shift` rounded half away from zero to `decimals` places, from the 15
 * significant digits Excel works with (so 1.005 rounds to 1.01 as Excel shows it, not 1.00), without
 * leading zeros in the integer part.
 */
function roundedDigits(value: number, shift: number, decimals: number): { integer: string; fraction: string } {
  const [mantissa = '0', exponent = '0'] = value.toExponential(14).split('e');
  let digits = value === 0 ? '' : mantissa.replace('.', '');
  let point = value === 0 ? 0 : Number(exponent) + 1 + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const keep = point + decimals;
  if (digits.length > keep) {
    const roundUp = digits.charCodeAt(keep) >= 0x35;
    digits = digits.slice(0, keep);
    if (roundUp) {
      digits = increment(digits);
      if (digits.length > keep) point++;
    }
  }
  digits = digits.padEnd(point + decimals, '0');
  return { integer: digits.slice(0, point).replace(/^0+/, ''), fraction: digits.slice(point) };
}

/** A string of decimal digits plus one. */
function increment(digits: string): string {
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== '9') return `${digits.slice(0, i)}${String(Number(digits[i]) + 1)}${'0'.repeat(digits.length - 1 - i)}`;
  }
  return `1${'0'.repeat(digits.length)}`;
}
