import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, looksBinary, sniffFormat } from './decode';

const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const utf16be = (text: string): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) >> 8;
    bytes[3 + i * 2] = text.charCodeAt(i) & 0xff;
  }
  return bytes;
};

describe('decodeText', () => {
  it('reads UTF-8 without a BOM, accents intact', () => {
    expect(decodeText(new TextEncoder().encode('Prénom,Nom\nZoë,Muñoz'))).toEqual({ text: 'Prénom,Nom\nZoë,Muñoz', encoding: 'utf-8', foreignOffsets: [] });
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Email')]);
    expect(decodeText(bytes)).toEqual({ text: 'Email', encoding: 'utf-8', foreignOffsets: [] });
  });

  it('reads UTF-16 little-endian and big-endian files by their BOM', () => {
    expect(decodeText(utf16le('Prénom\tNom'))).toEqual({ text: 'Prénom\tNom', encoding: 'utf-16le', foreignOffsets: [] });
    expect(decodeText(utf16be('Prénom\tNom'))).toEqual({ text: 'Prénom\tNom', encoding: 'utf-16be', foreignOffsets: [] });
  });

  it('reads bytes that are not valid UTF-8 as Windows-1252, without replacement characters', () => {
    // "Hélène;Straße;€" as saved by Excel on Windows.
    const bytes = new Uint8Array([0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x3b, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x3b, 0x80]);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ text: 'Hélène;Straße;€', encoding: 'windows-1252', foreignOffsets: [] });
    expect(decoded.text).not.toContain('\uFFFD');
    expect(detectEncoding(bytes)).toBe('windows-1252');
  });
});

describe('decodeText after a UTF-8 BOM', () => {
  it('reads rows appended in Windows-1252 as Windows-1252 and the UTF-8 rows as UTF-8, with no U+FFFD', () => {
    // "Zoë\n" in UTF-8 after a BOM, then "Renée€" and a lone continuation byte in Windows-1252.
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xc3, 0xab, 0x0a, 0x52, 0x65, 0x6e, 0xe9, 0x65, 0x80, 0xa9]);
    expect(decodeText(bytes)).toEqual({ text: 'Zoë\nRenée€©', encoding: 'utf-8', foreignOffsets: [7, 9, 10] });
  });

  it('does not take an overlong or surrogate sequence for UTF-8', () => {
    // C0 AF is an overlong "/", ED A0 80 a surrogate: both are bytes of Windows-1252 here.
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xe2, 0x82, 0xac]);
    expect(decodeText(bytes).text).toBe('À¯í\u00a0€€');
  });
});

describe('decodeText without a BOM, when only some rows are not UTF-8', () => {
  const cp1252 = (text: string): number[] => Array.from(text, (char) => (char === '€' ? 0x80 : char.charCodeAt(0)));

  it('reads the UTF-8 rows as UTF-8 and only the other bytes as Windows-1252, saying where those are', () => {
    // "Émilie" in UTF-8 (C3 89), then "René€" saved by a program that writes Windows-1252 (E9 80).
    const bytes = new Uint8Array([...new TextEncoder().encode('Émilie\n'), ...cp1252('René€\n')]);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ text: 'Émilie\nRené€\n', encoding: 'utf-8', foreignOffsets: [10, 11] });
    expect(decoded.text).not.toContain('Ã');
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('reads a file with no multi-byte UTF-8 sequence at all as Windows-1252, every character in place', () => {
    const bytes = new Uint8Array(cp1252('Émilie;René€\nZoë'));
    expect(decodeText(bytes)).toEqual({ text: 'Émilie;René€\nZoë', encoding: 'windows-1252', foreignOffsets: [] });
  });
});

describe('sniffFormat', () => {
  it('refuses legacy and other spreadsheet formats by name and by content', () => {
    expect(sniffFormat(new Uint8Array([1]), 'seats.xls')).toEqual({ kind: 'unsupported', format: '.xls' });
    expect(sniffFormat(new Uint8Array([1]), 'seats.ODS')).toEqual({ kind: 'unsupported', format: '.ods' });
    expect(sniffFormat(new Uint8Array([1]), 'seats.numbers')).toEqual({ kind: 'unsupported', format: '.numbers' });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(sniffFormat(ole, 'renamed.csv')).toEqual({ kind: 'unsupported', format: '.xls' });
  });

  it('tells zip archives, text and binary apart', () => {
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'a.xlsx').kind).toBe('zip');
    expect(sniffFormat(new TextEncoder().encode('a,b\n1,2'), 'a.csv').kind).toBe('text');
    expect(sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'a.csv').kind).toBe('binary');
  });

  it('does not call UTF-16 text binary although it is full of NUL bytes', () => {
    expect(looksBinary(utf16le('First Name,Last Name'))).toBe(false);
  });
});
