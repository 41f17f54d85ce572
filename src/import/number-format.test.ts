import { describe, expect, it } from 'vitest';
import { parseNumberFormat } from './number-format';

const shown = (code: string, value: number): string | null => {
  const format = parseNumberFormat(code);
  return format === null ? 'General' : format.format(value);
};

describe('parseNumberFormat', () => {
  it('pads with zeros, as extensions and phone numbers formatted 00000 or 0000000000 show', () => {
    expect(shown('00000', 42)).toBe('00042');
    expect(shown('0000000000', 4155550100)).toBe('4155550100');
    expect(shown('0000', 123456)).toBe('123456');
  });

  it('places literal characters between the digits, quoted, escaped or bare', () => {
    expect(shown('000-000-0000', 4155550100)).toBe('415-555-0100');
    expect(shown('"("000") "000-0000', 4155550100)).toBe('(415) 555-0100');
    expect(shown('\\(000\\)\\ 000\\-0000', 2125550101)).toBe('(212) 555-0101');
    // A number with more digits than placeholders gives the extra ones to the first placeholder.
    expect(shown('000-000-0000', 14155550100)).toBe('1415-555-0100');
  });

  it('picks the section whose condition holds, as Excel’s Phone Number format does', () => {
    expect(shown('[<=9999999]###-####;(###) ###-####', 5550100)).toBe('555-0100');
    expect(shown('[<=9999999]###-####;(###) ###-####', 4155550100)).toBe('(415) 555-0100');
  });

  it('groups thousands, scales by trailing commas and fixes decimals, rounding as Excel does', () => {
    expect(shown('#,##0', 1234567)).toBe('1,234,567');
    expect(shown('#,##0', 999.5)).toBe('1,000');
    expect(shown('#,##0', 0)).toBe('0');
    expect(shown('0,000', 5)).toBe('0,005');
    expect(shown('#,##0,', 1234567)).toBe('1,235');
    expect(shown('0.00', 1.005)).toBe('1.01');
    expect(shown('#,##0.00', -1234.5)).toBe('-1,234.50');
    expect(shown('0.0#', 1.5)).toBe('1.5');
    expect(shown('0.0#', 1.25)).toBe('1.25');
    expect(shown('#.00', 0.5)).toBe('.50');
  });

  it('shows percentages without floating-point residue', () => {
    expect(shown('0%', 0.256)).toBe('26%');
    expect(shown('0.00%', 0.05)).toBe('5.00%');
    expect(shown('0.0%', 0.1 + 0.2)).toBe('30.0%');
  });

  it('uses the negative and zero sections, and lays out currency and accounting formats', () => {
    expect(shown('"$"#,##0.00_);[Red]\\("$"#,##0.00\\)', -1234.567)).toBe('($1,234.57)');
    expect(shown('"$"#,##0.00_);[Red]\\("$"#,##0.00\\)', 12)).toBe('$12.00 ');
    expect(shown('_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)', 1234.5)).toBe(' $1,234.50 ');
    expect(shown('[$€-407] #,##0.00', 5)).toBe('€ 5.00');
    expect(shown('0;-0;"zero"', 0)).toBeNull();
    expect(shown('[Blue]0;[Red]-0', -3)).toBe('-3');
  });

  it('leaves General, text, dates, times, scientific and fractions to General, so no digit is lost to a format', () => {
    for (const code of ['General', '@', 'yyyy-mm-dd', 'dd/mm/yyyy', 'h:mm AM/PM', '[h]:mm:ss', '0.00E+00', '##0.0E+0', '# ?/?', '', ';;;']) {
      expect(shown(code, 4155550100), code).toBe('General');
    }
  });

  it('shows the number rather than nothing when a format would hide it', () => {
    expect(shown('#', 0)).toBeNull();
    expect(shown('0;;', 0)).toBeNull();
  });
});
