import { describe, expect, it } from 'vitest';
import { dayFormat } from './day-format';

describe('days as a language writes them', () => {
  it.each([
    ['en', '01/31/2025', '1/31/2025', 'mm/dd/yyyy'],
    ['fr', '31/01/2025', '31.1.2025', 'dd/mm/yyyy'],
    ['es', '31/01/2025', '31-1-2025', 'dd/mm/yyyy'],
  ])('%s writes 2025-01-31 as %s and reads %s back', (locale, written, typed, pattern) => {
    const days = dayFormat(locale);
    expect(days.format('2025-01-31')).toBe(written);
    expect(days.parse(written)).toBe('2025-01-31');
    expect(days.parse(typed)).toBe('2025-01-31');
    expect(days.pattern({ day: 'd', month: 'm', year: 'y' })).toBe(pattern);
  });

  it('reads a pasted YYYY-MM-DD day in any language, and no day that the calendar does not have', () => {
    const french = dayFormat('fr');
    expect(french.parse(' 2024-02-29 ')).toBe('2024-02-29');
    expect(french.parse('29/02/2024')).toBe('2024-02-29');
    for (const text of ['29/02/2025', '31/04/2025', '2025-13-01', '01/31/2025', '31/01/25', '31/01', 'demain', '']) expect(french.parse(text), text).toBeNull();
    expect(dayFormat('en').parse('31/01/2025')).toBeNull();
  });
});
