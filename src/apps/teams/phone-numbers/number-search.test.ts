import { describe, expect, it } from 'vitest';
import { checkNumberSearch } from './number-search';

describe('checkNumberSearch', () => {
  it('accepts a three-digit area code with or without a prefix, ignoring surrounding spaces', () => {
    expect(checkNumberSearch(' 212 ', '')).toEqual({ ok: true, search: { areaCode: '212', prefix: undefined } });
    expect(checkNumberSearch('212', '5550')).toEqual({ ok: true, search: { areaCode: '212', prefix: '5550' } });
  });

  it('asks for an area code when there is none', () => {
    expect(checkNumberSearch('  ', '')).toEqual({ ok: false, areaCode: 'required', prefix: null });
  });

  it('refuses anything but exactly three digits instead of rewriting it', () => {
    for (const text of ['21', '2125', '(212)', '21a', '２１２']) expect(checkNumberSearch(text, '')).toMatchObject({ ok: false, areaCode: 'area-code-digits' });
  });

  it('refuses an area code that starts with 0 or 1', () => {
    expect(checkNumberSearch('012', '')).toMatchObject({ ok: false, areaCode: 'area-code-first-digit' });
    expect(checkNumberSearch('112', '')).toMatchObject({ ok: false, areaCode: 'area-code-first-digit' });
  });

  it('refuses a prefix that is not one to seven digits, and reports both fields at once', () => {
    expect(checkNumberSearch('2', '55-5')).toEqual({ ok: false, areaCode: 'area-code-digits', prefix: 'prefix-digits' });
    expect(checkNumberSearch('212', '12345678')).toMatchObject({ ok: false, areaCode: null, prefix: 'prefix-digits' });
  });
});
