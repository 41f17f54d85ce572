import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectNewline, parseDelimited, unifyNewlines } from './csv-reader';

describe('detectDelimiter', () => {
  it.each([
    [',', 'First Name,Last Name,Email\nAda,Lovelace,ada@example.com'],
    [';', 'First Name;Last Name;Email\nAda;Lovelace;ada@example.com'],
    ['\t', 'First Name\tLast Name\tEmail\nAda\tLovelace\tada@example.com'],
    ['|', 'First Name|Last Name|Email\nAda|Lovelace|ada@example.com'],
  ])('finds %j', (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('is not fooled by commas inside quotes of a semicolon file', () => {
    expect(detectDelimiter('Name;Caller ID\n"Lovelace, Ada";Ada\n"Hopper, Grace";Grace\n')).toBe(';');
  });

  it('finds the delimiter of a two-column file with a title line and trailing blank lines', () => {
    expect(detectDelimiter('Seats, March\nEmail;Extension\na@example.com;100\nb@example.com;101\n\n\n\n')).toBe(';');
  });
});

describe('detectNewline', () => {
  it('recognises CRLF, LF and lone CR, ignoring newlines inside quotes', () => {
    expect(detectNewline('a,b\r\n1,2')).toBe('\r\n');
    expect(detectNewline('a,b\n1,2')).toBe('\n');
    expect(detectNewline('"x\ny",b\r1,2')).toBe('\r');
  });
});

describe('parseDelimited', () => {
  it('parses CR-only files', () => {
    expect(parseDelimited('a,b\r1,2\r3,4\r', 100).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps quoted delimiters, quotes and newlines inside one field, and counts rows as a spreadsheet shows them', () => {
    const table = parseDelimited('Name,Note\r\n"Lovelace, Ada","said ""hi""\r\nthen left"\r\n\r\nGrace,"x"\r\n', 100);
    expect(table.rows).toEqual([
      ['Name', 'Note'],
      ['Lovelace, Ada', 'said "hi"\r\nthen left'],
      ['Grace', 'x'],
    ]);
    // The blank line is row 3 in the spreadsheet: Grace is on row 4.
    expect(table.rowNumbers).toEqual([1, 2, 4]);
  });

  it('drops rows of white space of any kind (spaces, tabs, NBSP, ideographic space), and keeps rows with one visible character', () => {
    const table = parseDelimited('Name;Note\n \u00a0; \t\n\u3000;\u2003\n;x\n\u00a0é;\n', 100);
    expect(table.rows).toEqual([
      ['Name', 'Note'],
      ['', 'x'],
      ['\u00a0é', ''],
    ]);
    expect(table.rowNumbers).toEqual([1, 4, 5]);
  });

  it('keeps values as strings: leading zeros and plus signs survive', () => {
    expect(parseDelimited('Extension,Phone\n0042,+14155550100', 10).rows[1]).toEqual(['0042', '+14155550100']);
  });

  it('stops at the record limit and says more followed', () => {
    const text = Array.from({ length: 50 }, (_, i) => `${i},x`).join('\n');
    const table = parseDelimited(text, 10);
    expect(table.rows).toHaveLength(10);
    expect(table.truncated).toBe(true);
    expect(parseDelimited(text, 50).truncated).toBe(false);
  });

  it('does not report truncation when only blank lines follow the limit', () => {
    expect(parseDelimited('a,b\n1,2\n\n\n', 2).truncated).toBe(false);
  });
});

describe('unifyNewlines', () => {
  it.each([
    ['a CRLF file with one LF row', 'a\r\nb\nc\r\n', '\r\n', 'a\r\nb\r\nc\r\n'],
    ['a CRLF file with one lone CR', 'a\r\nb\rc\r\n', '\r\n', 'a\r\nb\r\nc\r\n'],
    ['a CRLF file that starts with an LF', '\na\r\nb', '\r\n', '\r\na\r\nb'],
    ['a CRLF file that ends with a lone CR', 'a\r\nb\r', '\r\n', 'a\r\nb\r\n'],
    ['an LF file with a CRLF row', 'a\nb\r\nc\n', '\n', 'a\nb\nc\n'],
    ['a CR file with an LF row', 'a\rb\nc\r', '\r', 'a\rb\rc\r'],
  ] as const)('rewrites the odd endings of %s', (_, text, newline, expected) => {
    expect(unifyNewlines(text, newline)).toBe(expected);
  });

  it('keeps line breaks inside quoted cells, and a file with one kind of ending as it is', () => {
    expect(unifyNewlines('a,"x\ny"\r\nb\nc', '\r\n')).toBe('a,"x\ny"\r\nb\r\nc');
    const clean = 'a\r\nb\r\nc\r\n';
    expect(unifyNewlines(clean, '\r\n')).toBe(clean);
  });
});
