import { describe, expect, it } from 'vitest';
import { parseDelimited } from './csv-reader';
import { mapHeaders, normaliseHeader } from './header-mapping';
import { seatTemplateFixture } from './testing/seat-template.fixture';

const columns = seatTemplateFixture.columns;
const map = (text: string) => mapHeaders(parseDelimited(text, 100), columns, 10);

describe('mapHeaders', () => {
  it('matches headers case-, space-, accent- and punctuation-insensitively and by synonyms', () => {
    expect(normaliseHeader(' E-Mail * ')).toBe('email');
    const result = map('first_name,SURNAME,E-mail,Ext.,Location,Notes\nAda,Lovelace,ada@example.com,100,Remote,x');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mapping.sourceIndex.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(result.mapping.userHeaders.slice(0, 3)).toEqual(['first_name', 'SURNAME', 'E-mail']);
    expect(result.mapping.unknownHeaders).toEqual(['Notes']);
    expect(result.mapping.sourceIndex[5]).toBe(-1);
  });

  it('finds the header row below title lines and gives its row number', () => {
    const result = map('Northwind Traders seats\nExported 2024-03-01\n\nFirst Name,Last Name,Email,Extension,Site\nAda,Lovelace,a@example.com,100,Remote');
    expect(result.ok && result.mapping.headerRowNumber).toBe(4);
  });

  it('names the missing required columns', () => {
    const result = map('First Name,Last Name,Email\nAda,Lovelace,a@example.com');
    expect(result).toEqual({ ok: false, issue: { code: 'missingColumns', messageKey: 'file.missingColumns', params: { columns: 'Extension, Site', count: 2 } } });
  });

  it('names both spellings of a duplicated header', () => {
    const result = map('First Name,Last Name,Email,E-mail,Extension,Site\n');
    expect(result.ok === false && result.issue.code).toBe('duplicatedHeader');
    expect(result.ok === false && result.issue.params['columns']).toBe('"Email" / "E-mail"');
  });

  it('reports a file whose header cannot be found', () => {
    const result = map('lorem,ipsum\n1,2');
    expect(result.ok === false && result.issue.code).toBe('headerNotFound');
  });
});
