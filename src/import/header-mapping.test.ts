import { describe, expect, it } from 'vitest';
import { defaultSeatTemplate } from '../../mocks/data/seat-template';
import { parseDelimited } from './csv-reader';
import { headerSimilarity, mapHeaders, normaliseHeader, suggestMatches, type HeaderSpec, type MatchKind } from './header-mapping';
import { seatTemplateFixture } from './testing/seat-template.fixture';

const columns = seatTemplateFixture.columns;
const map = (text: string) => mapHeaders(parseDelimited(text, 100), columns, 10);
// The descriptor the mock backend serves, with its labels and synonyms in French and Spanish.
const served = defaultSeatTemplate(['Headquarters', 'Branch Office', 'Remote'], ['Yealink T54W', 'Softphone'], ['Yealink T54W']).columns;
const headerOf = (key: string): string => served.find((column) => column.key === key)?.header ?? key;

/** The template column (its header) and how, that one file header is matched to on its own, or null. */
function matchOf(fileHeader: string, template: readonly HeaderSpec[] = served): { column: string; kind: MatchKind } | null {
  const { matches } = suggestMatches([fileHeader], template);
  const index = matches.findIndex((match) => match !== null);
  const match = matches[index];
  return match ? { column: template[index]?.header ?? '', kind: match.kind } : null;
}

describe('suggestMatches on real-world headers', () => {
  it.each([
    // English, from other systems' exports
    ['First Name', 'First Name', 'exact'],
    ['FIRST_NAME', 'First Name', 'exact'],
    ['Given name', 'First Name', 'synonym'],
    ['Forename', 'First Name', 'synonym'],
    ['Surname', 'Last Name', 'synonym'],
    ['Family name', 'Last Name', 'synonym'],
    ['E-mail address', 'Email', 'synonym'],
    ['Email Address', 'Email', 'synonym'],
    ['Ext.', 'Extension', 'synonym'],
    ['Extention', 'Extension', 'similar'],
    ['Phone (direct)', 'Direct Number', 'similar'],
    ['Direct phone number', 'Direct Number', 'similar'],
    ['Cell', 'Mobile Number', 'synonym'],
    ['Mobile phone', 'Mobile Number', 'similar'],
    ['Display name', 'Caller ID Name', 'synonym'],
    ['In directory', 'Address Book', 'similar'],
    ['Phone model', 'Device Model', 'synonym'],
    ['MAC', 'MAC Address', 'synonym'],
    ['mac_address', 'MAC Address', 'exact'],
    ['Office', 'Site', 'synonym'],
    ['User role', 'Role', 'synonym'],
    // French
    ['Prénom', 'First Name', 'synonym'],
    ['PRENOM', 'First Name', 'synonym'],
    ['Nom', 'Last Name', 'synonym'],
    ['Nom de famille', 'Last Name', 'synonym'],
    ['Courriel', 'Email', 'synonym'],
    ['Adresse e-mail', 'Email', 'synonym'],
    ['Poste', 'Extension', 'synonym'],
    ['Rôle', 'Role', 'exact'],
    ['Numéro direct', 'Direct Number', 'synonym'],
    ['Téléphone mobile', 'Mobile Number', 'synonym'],
    ['Annuaire', 'Address Book', 'synonym'],
    ['Adresse MAC', 'MAC Address', 'synonym'],
    // Spanish
    ['Nombre', 'First Name', 'synonym'],
    ['Apellido', 'Last Name', 'synonym'],
    ['Apellidos', 'Last Name', 'synonym'],
    ['Correo electrónico', 'Email', 'synonym'],
    ['Extensión', 'Extension', 'exact'],
    ['Sede', 'Site', 'synonym'],
    ['Móvil', 'Mobile Number', 'synonym'],
    ['Dirección MAC', 'MAC Address', 'synonym'],
  ] as const)('%s -> %s (%s)', (fileHeader, column, kind) => {
    expect(matchOf(fileHeader)).toEqual({ column, kind });
  });

  it.each([
    'Department',
    'Département',
    'Departamento',
    'Name',
    'Full name',
    'Nom complet',
    'Phone',
    'Téléphone',
    'Notes',
    'Manager',
    'Address',
    'Employee ID',
    'Cost center',
    'Title',
  ])('%s matches nothing', (fileHeader) => {
    expect(matchOf(fileHeader)).toBeNull();
  });

  it('does not call a name alone similar to First Name, nor a phone alone to a number column', () => {
    expect(headerSimilarity('Name', 'First Name')).toBe(0);
    expect(headerSimilarity('Phone', 'Direct Number')).toBe(0);
    expect(headerSimilarity('Phone (direct)', 'Direct Number')).toBe(1);
  });

  it('maps the whole file of the issue, each column once, and keeps the data the old mapping dropped', () => {
    const header = [
      'Given name',
      'Surname',
      'E-mail address',
      'Ext.',
      'Office',
      'Phone (direct)',
      'Cell',
      'Role',
      'Phone model',
      'MAC',
      'Display name',
      'In directory',
    ];
    const { matches, duplicates } = suggestMatches(header, served);
    expect(duplicates).toEqual([]);
    const byColumn = Object.fromEntries(served.map((column, index) => [column.key, matches[index] ? header[matches[index].source] : null]));
    expect(byColumn).toEqual({
      firstName: 'Given name',
      lastName: 'Surname',
      email: 'E-mail address',
      extension: 'Ext.',
      site: 'Office',
      directNumber: 'Phone (direct)',
      mobileNumber: 'Cell',
      role: 'Role',
      deviceModel: 'Phone model',
      macAddress: 'MAC',
      callerIdName: 'Display name',
      addressBook: 'In directory',
    });
  });

  it('maps a French file and leaves Département unmatched', () => {
    const header = ['Prénom', 'Nom', 'Courriel', 'Poste', 'Site', 'Rôle', 'Département'];
    const { matches } = suggestMatches(header, served);
    const used = new Set(matches.flatMap((match) => (match ? [match.source] : [])));
    expect([...used].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(matches.slice(0, 5).map((match) => match?.source)).toEqual([0, 1, 2, 3, 4]);
  });

  it('never gives one file column to two template columns', () => {
    // `Mobile` is a synonym of Mobile Number and similar to nothing else; `Phone number` names Direct Number.
    const { matches } = suggestMatches(['Prénom', 'Nom', 'Phone number', 'Phone number 2'], served);
    const sources = matches.flatMap((match) => (match ? [match.source] : []));
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('tells columns without a telling header by their values: emails, 10-digit numbers, MAC addresses', () => {
    const samples: Record<number, string[]> = {
      2: ['ada@example.com', 'grace@example.org', 'alan@example.net'],
      3: ['4155550140', '(415) 555-0141', '415.555.0142'],
      4: ['80:5E:C0:12:34:56', '805EC0123457', '80-5E-C0-12-34-58'],
      5: ['Sales', 'Support', 'Sales'],
    };
    const { matches } = suggestMatches(['First Name', 'Last Name', 'Column C', '', 'Kit', 'Team'], served, (source) => samples[source] ?? []);
    const at = (key: string) => matches[served.findIndex((column) => column.key === key)];
    expect(at('email')).toEqual({ source: 2, kind: 'values' });
    expect(at('directNumber')).toEqual({ source: 3, kind: 'values' });
    expect(at('mobileNumber')).toBeNull();
    expect(at('macAddress')).toEqual({ source: 4, kind: 'values' });
    expect(matches.some((match) => match?.source === 5)).toBe(false);
  });

  it('does not guess from values when the header names a column', () => {
    const { matches } = suggestMatches(['Email', 'Notes'], served, (source) => (source === 1 ? ['x@example.com', 'y@example.com'] : []));
    expect(matches[served.findIndex((column) => column.key === 'email')]).toEqual({ source: 0, kind: 'exact' });
    expect(matches.filter((match) => match?.source === 1)).toEqual([]);
  });

  it('uses a language synonym only when the descriptor has it', () => {
    expect(matchOf('Courriel', served)).not.toBeNull();
    expect(matchOf('Courriel', columns)).toBeNull();
    expect(headerOf('email')).toBe('Email');
  });
});

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
    expect(result.mapping.matches.slice(0, 2)).toEqual([
      { source: 0, kind: 'exact' },
      { source: 1, kind: 'synonym' },
    ]);
  });

  it('finds the header row below title lines and gives its row number', () => {
    const result = map('Northwind Traders seats\nExported 2024-03-01\n\nFirst Name,Last Name,Email,Extension,Site\nAda,Lovelace,a@example.com,100,Remote');
    expect(result.ok && result.mapping.headerRowNumber).toBe(4);
  });

  it('finds a French header row', () => {
    const result = mapHeaders(parseDelimited('Export annuaire\nPrénom;Nom;Courriel;Poste;Site\nAda;Lovelace;a@example.com;100;Remote', 100), served, 10);
    expect(result.ok && result.mapping.headerRowNumber).toBe(2);
  });

  it('names the missing required columns, and gives the mapping found so the admin can complete it', () => {
    const result = map('First Name,Last Name,Email\nAda,Lovelace,a@example.com');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toEqual({ code: 'missingColumns', messageKey: 'file.missingColumns', params: { columns: 'Extension, Site', count: 2 } });
    expect(result.mapping?.fileHeaders).toEqual(['First Name', 'Last Name', 'Email']);
  });

  it('takes the admin’s choice over the suggestion, one file column once', () => {
    const chosen = columns.map(() => -1);
    chosen[0] = 1;
    chosen[1] = 0;
    chosen[2] = 2;
    chosen[3] = 2;
    chosen[4] = 3;
    const result = map('Last,First,Mail,Where,Notes\nLovelace,Ada,a@example.com,Remote,x');
    expect(result.ok).toBe(false);
    const again = mapHeaders(parseDelimited('Last,First,Mail,Where,Notes\nLovelace,Ada,a@example.com,Remote,x', 100), columns, 10, { chosen });
    expect(again.ok === false && again.mapping?.sourceIndex.slice(0, 5)).toEqual([1, 0, 2, -1, 3]);
    expect(again.ok === false && again.mapping?.matches[0]).toEqual({ source: 1, kind: 'chosen' });
    expect(again.ok === false && again.mapping?.unknownHeaders).toEqual(['Notes']);
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
