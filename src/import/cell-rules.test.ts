import { describe, expect, it } from 'vitest';
import { checkNanpPhone, compileRule, isEmailAddress, visiblePieces } from './cell-rules';

describe('checkNanpPhone', () => {
  it.each(['(415) 555-0100', '415.555.0100', '415 555 0100', '4155550100', '1-415-555-0100', '+1 415 555 0100', '+14155550100', '14155550100'])(
    'normalises %j to E.164',
    (input) => {
      expect(checkNanpPhone(input)).toEqual('+14155550100');
    },
  );

  it('refuses an N11 exchange and names it', () => {
    expect(checkNanpPhone('415-911-0100')).toEqual({ messageKey: 'cell.phoneN11Exchange', params: { exchange: '911' } });
  });

  it('explains scientific notation left by a spreadsheet', () => {
    expect(checkNanpPhone('1.41556E+10')).toEqual({ messageKey: 'damage.scientificNotation', params: { value: '1.41556E+10' } });
  });

  it('explains an international number that lost its plus sign', () => {
    expect(checkNanpPhone('33612345678')).toEqual({ messageKey: 'damage.lostPlus', params: { value: '+33612345678' } });
    expect(checkNanpPhone('+33 6 12 34 56 78')).toMatchObject({ messageKey: 'cell.phoneNotNanp' });
  });

  it('refuses numbers that are not NANP numbers', () => {
    for (const input of ['555-0100', '015-555-0100', '415-055-0100', 'call me', '+1 415 555 01000']) {
      expect(checkNanpPhone(input)).toMatchObject({ messageKey: 'cell.invalidPhone' });
    }
  });
});

describe('compileRule', () => {
  it('keeps the leading zeros of digits and checks their count', () => {
    const digits = compileRule({ type: 'digits', minLength: 2, maxLength: 6 });
    expect(digits('0042')).toEqual('0042');
    expect(digits('7')).toMatchObject({ messageKey: 'cell.digitsLength', params: { min: 2, max: 6 } });
    expect(digits('12a')).toMatchObject({ messageKey: 'cell.notDigits' });
    expect(digits('1.2E+5')).toMatchObject({ messageKey: 'damage.scientificNotation' });
  });

  it('writes choices back in canonical form, case-insensitively', () => {
    const choice = compileRule({ type: 'choice', values: ['Branch Office', 'Remote'] });
    expect(choice('branch OFFICE')).toEqual('Branch Office');
    expect(choice('Home')).toEqual({ messageKey: 'cell.notAllowed', params: { allowed: 'Branch Office, Remote' } });
  });

  it('normalises MAC addresses with any usual separator', () => {
    const mac = compileRule({ type: 'mac' });
    for (const input of ['00:1a:2b:3c:4d:5e', '00-1A-2B-3C-4D-5E', '001a.2b3c.4d5e', '001A2B3C4D5E']) {
      expect(mac(input)).toEqual('001A2B3C4D5E');
    }
    expect(mac('00:1A:2B:3C:4D')).toMatchObject({ messageKey: 'cell.invalidMac' });
  });

  it('checks emails and text lengths', () => {
    const email = compileRule({ type: 'email', maxLength: 254 });
    expect(email('Zoë@example.com')).toHaveProperty('messageKey');
    expect(email('ada.lovelace+seats@example.co.uk')).toEqual('ada.lovelace+seats@example.co.uk');
    expect(email('ada@localhost')).toMatchObject({ messageKey: 'cell.invalidEmail' });
    const text = compileRule({ type: 'text', minLength: 1, maxLength: 15 });
    expect(text('Émilie Müller-Ñ')).toEqual('Émilie Müller-Ñ');
    expect(text('A name far too long')).toEqual({ messageKey: 'cell.tooLong', params: { count: 15 } });
  });
});

describe('text cells with hidden characters', () => {
  const text = compileRule({ type: 'text', minLength: 1, maxLength: 64 });

  it('refuses C0 and C1 control characters, naming the character and its position', () => {
    expect(text('Ada\u0007Lovelace')).toEqual({ messageKey: 'cell.hiddenCharacter', params: { character: 'U+0007', position: 4 } });
    expect(text('Ren\u0085e')).toEqual({ messageKey: 'cell.hiddenCharacter', params: { character: 'U+0085', position: 4 } });
    expect(text('Ada\u007f')).toEqual({ messageKey: 'cell.hiddenCharacter', params: { character: 'U+007F', position: 4 } });
    expect(text('\u009dZoë')).toEqual({ messageKey: 'cell.hiddenCharacter', params: { character: 'U+009D', position: 1 } });
  });

  it('calls a line break a line break, Unicode separators included', () => {
    expect(text('Ada\nByron')).toEqual({ messageKey: 'cell.lineBreak', params: { character: 'U+000A', position: 4 } });
    expect(text('Ada\r\nByron')).toEqual({ messageKey: 'cell.lineBreak', params: { character: 'U+000D', position: 4 } });
    expect(text('Ada\u2028Byron')).toMatchObject({ messageKey: 'cell.lineBreak', params: { character: 'U+2028' } });
  });

  it('refuses bidi overrides and isolates, which can disguise a name', () => {
    expect(text('Ada\u202egnp.exe')).toEqual({ messageKey: 'cell.bidiControl', params: { character: 'U+202E', position: 4 } });
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(text(`L${String.fromCharCode(code)}`)).toMatchObject({ messageKey: 'cell.bidiControl' });
    }
  });

  it('refuses zero-width spaces, direction marks and other invisible format characters', () => {
    for (const code of [0x200b, 0x200e, 0x200f, 0x061c, 0x2060, 0x2063, 0xfeff]) {
      expect(text(`Ada${String.fromCharCode(code)}`), code.toString(16)).toMatchObject({ messageKey: 'cell.hiddenCharacter', params: { position: 4 } });
    }
  });

  it('counts the position in characters, an emoji counting once', () => {
    expect(text('👩🏽‍💻 Ada\u200b')).toEqual({ messageKey: 'cell.hiddenCharacter', params: { character: 'U+200B', position: 9 } });
  });

  it('accepts right-to-left names, emoji with joiners, combining marks, tabs and other spaces', () => {
    for (const name of [
      'עבד אל-כהן',
      'عبد الله الفارس',
      'مهدی\u200cزاده',
      '👩🏽‍💻 Zoë 🇻🇳',
      'Nguyê\u0303n',
      'Ada\tByron',
      'Jean\u202fPaul',
      'Ada\u00a0L',
      '“Bo” – Œuvre™',
    ]) {
      expect(text(name), name).toBe(name);
    }
  });

  it('checks the length first, so a huge cell is not scanned', () => {
    expect(text(`${'\u0007'.repeat(100)}`)).toEqual({ messageKey: 'cell.tooLong', params: { count: 64 } });
  });
});

describe('isEmailAddress', () => {
  // The regular expression the scanner replaced: the WHATWG grammar with a dot required in the domain.
  const grammar = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

  it('agrees with the grammar on edge cases', () => {
    const label63 = 'a'.repeat(63);
    const cases = [
      'a@b.c',
      'a@b',
      '@b.c',
      'a@.b',
      'a@b.',
      'a@b..c',
      'a@-b.c',
      'a@b-.c',
      'a@b-c.d',
      'a.b@c.d',
      'a@@b.c',
      'a b@c.d',
      `a@${label63}.com`,
      `a@${label63}a.com`,
      'é@b.c',
      'a@é.c',
      "o'brien+x@ex-ample.co.uk",
      'a@b.c ',
      '',
      'a@1.2',
      'a@b_c.d',
    ];
    for (const value of cases) expect(isEmailAddress(value), value).toBe(grammar.test(value));
  });

  it('agrees with the grammar on 20,000 random strings over its alphabet', () => {
    const alphabet = 'abcZ09abcZ09abcZ09.-_+@é ';
    // xorshift32: a fixed seed keeps failures reproducible.
    let seed = 2463534242;
    const next = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    let valid = 0;
    for (let n = 0; n < 20_000; n++) {
      const part = (): string => {
        let text = '';
        const length = 1 + (next() % 6);
        for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length] ?? '';
        return text;
      };
      // Half of them shaped like an address, so that both verdicts come up often.
      const value = next() % 2 === 0 ? `${part()}@${part()}.${part()}` : part() + part();
      const expected = grammar.test(value);
      if (expected) valid++;
      expect(isEmailAddress(value), value).toBe(expected);
    }
    // Both verdicts must be exercised, or the comparison proves little.
    expect(valid).toBeGreaterThan(500);
  });
});

describe('rule fast paths', () => {
  it('returns an E.164 number as given, and the same text for the same choice spelled twice', () => {
    expect(checkNanpPhone('+14155550100')).toBe('+14155550100');
    const choice = compileRule({ type: 'choice', values: ['Branch Office', 'Remote'] });
    expect(choice('branch office')).toBe('Branch Office');
    expect(choice('branch office')).toBe('Branch Office');
    expect(choice('Home')).toMatchObject({ messageKey: 'cell.notAllowed' });
  });

  it('remembers NANP verdicts per prefix without mixing area codes', () => {
    expect(checkNanpPhone('415-555-0100')).toBe('+14155550100');
    expect(checkNanpPhone('999-555-0100')).toMatchObject({ messageKey: 'cell.invalidPhone' });
    expect(checkNanpPhone('415-555-0199')).toBe('+14155550199');
  });
});

describe('visiblePieces', () => {
  it('names each hidden character by its code point, between the visible text, and leaves tabs, joiners and emoji alone', () => {
    expect(visiblePieces('Ro\u202Ey\u200Bz')).toEqual([{ text: 'Ro' }, { hidden: 'U+202E' }, { text: 'y' }, { hidden: 'U+200B' }, { text: 'z' }]);
    expect(visiblePieces('\u0000a\r\n')).toEqual([{ hidden: 'U+0000' }, { text: 'a' }, { hidden: 'U+000D' }, { hidden: 'U+000A' }]);
    expect(visiblePieces('a\tb 👩🏽‍💻 Zoë')).toEqual([{ text: 'a\tb 👩🏽‍💻 Zoë' }]);
    expect(visiblePieces('')).toEqual([]);
  });
});
