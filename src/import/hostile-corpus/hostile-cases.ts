import { strToU8, zipSync } from 'fflate';
import type { TextEncodingName } from '../decode';
import type { FileErrorCode, MessageParams } from '../issues';
import type { ImportLimits } from '../limits';
import { xlsxBytes, xlsxEntries } from '../testing/files.fixture';
import { concat, cp1252, utf16, utf8 } from './bytes';

/** What an import of a file that is read must give, row by row. */
export interface RowExpectation {
  readonly file?: undefined;
  /** Each data row's validity, in file order (the row count is asserted with it). */
  readonly valid: readonly boolean[];
  /** Every issue of the file, exactly: [row as the user sees it, header as written, message key]. */
  readonly issues: readonly (readonly [number, string, string])[];
  /** The user's values kept, by data row (0-based) and template key, exactly. */
  readonly raw?: Readonly<Record<number, Readonly<Record<string, string>>>>;
  /** Normalised values, by data row (0-based) and template key, exactly. */
  readonly values?: Readonly<Record<number, Readonly<Record<string, string>>>>;
  readonly rowNumbers?: readonly number[];
  readonly encoding?: TextEncodingName | null;
  readonly headerRowNumber?: number;
  /** Notice keys the summary must carry. */
  readonly notices?: readonly string[];
}

/** What an import of a file refused as a whole must give. */
export interface FileExpectation {
  readonly file: FileErrorCode;
  readonly params?: MessageParams;
}

/** One file of the corpus and its expected outcome. */
export interface HostileCase {
  readonly name: string;
  readonly content: Uint8Array | string;
  /** `seats.csv` unless told. */
  readonly fileName?: string;
  readonly limits?: Partial<ImportLimits>;
  readonly expect: RowExpectation | FileExpectation;
}

/** The account check stub: this email is taken in the account, this direct number is not spare. */
export const takenEmail = 'taken@example.com';
export const notSpareNumber = '+14155550199';

const header = 'First Name,Last Name,Email,Extension,Site';
const ok = (i: number): string => `Ada${i},Lovelace,ada${i}@example.com,${10 + i},Remote`;
const lines = (...rows: readonly string[]): string => rows.join('\r\n');
const valid = (count: number): boolean[] => Array.from({ length: count }, () => true);

/** A stored (uncompressed) zip with a local header only: what a truncated download looks like. */
const zipOfText = zipSync({ 'readme.txt': strToU8('not a spreadsheet') });

function xlsxBomb(): Uint8Array {
  const entries = xlsxEntries([['First Name', 'Last Name', 'Email', 'Extension', 'Site']]);
  // 8 MB of zeros deflate to a few KB; the case lowers the inflated limit to 1 MB.
  entries['xl/worksheets/sheet1.xml'] = new Uint8Array(8 * 1024 * 1024);
  return zipSync(entries, { level: 9 });
}

const encodingCases: HostileCase[] = [
  {
    name: 'UTF-8 without a BOM keeps accents',
    content: utf8(lines(header, 'Zoë,Muñoz-Ñúñez,zoe@example.com,10,Remote')),
    expect: { encoding: 'utf-8', valid: [true], issues: [], raw: { 0: { firstName: 'Zoë', lastName: 'Muñoz-Ñúñez' } } },
  },
  {
    name: 'UTF-8 with a BOM: the BOM is not part of the first header',
    content: utf8(lines(header, 'Zoë,Muñoz,zoe@example.com,10,Remote'), true),
    expect: { encoding: 'utf-8', valid: [true], issues: [], raw: { 0: { firstName: 'Zoë' } } },
  },
  {
    name: 'UTF-16 LE with a BOM ("Unicode text") keeps accents and emoji',
    content: utf16(lines(header.replace(/,/g, '\t'), 'Zoë 🎉\tØre\tzoe@example.com\t10\tRemote'), 'le'),
    expect: { encoding: 'utf-16le', valid: [true], issues: [], raw: { 0: { firstName: 'Zoë 🎉', lastName: 'Øre' } } },
  },
  {
    name: 'UTF-16 BE with a BOM keeps accents',
    content: utf16(lines(header, 'Åsa,Ærø,asa@example.com,10,Remote'), 'be'),
    expect: { encoding: 'utf-16be', valid: [true], issues: [], raw: { 0: { firstName: 'Åsa', lastName: 'Ærø' } } },
  },
  {
    name: 'UTF-16 without a BOM is refused as binary rather than read as garbage',
    content: utf16(lines(header, ok(0)), 'le', false),
    expect: { file: 'binary' },
  },
  {
    name: 'Windows-1252 accents and the euro sign',
    content: cp1252(lines(header, 'Renée,Nuñez€,renee@example.com,10,Remote')),
    expect: { encoding: 'windows-1252', valid: [true], issues: [], raw: { 0: { firstName: 'Renée', lastName: 'Nuñez€' } } },
  },
  {
    name: 'bytes that are not valid UTF-8 but valid Windows-1252 (curly quotes, é) are read as 1252',
    content: cp1252(lines(header, '“Bo” Café,Œuvre—Ž,bo@example.com,10,Remote')),
    expect: { encoding: 'windows-1252', valid: [true], issues: [], raw: { 0: { firstName: '“Bo” Café', lastName: 'Œuvre—Ž' } } },
  },
  {
    name: 'a UTF-8 file with a BOM and a row appended in Windows-1252 keeps both without U+FFFD',
    content: concat(utf8(`${lines(header, 'Zoë,Øre,zoe@example.com,10,Remote')}\r\n`, true), cp1252('Renée,“Bo”,renee@example.com,11,Remote')),
    expect: { encoding: 'utf-8', valid: [true, true], issues: [], notices: ['notice.mixedEncoding'], raw: { 0: { firstName: 'Zoë', lastName: 'Øre' }, 1: { firstName: 'Renée', lastName: '“Bo”' } } },
  },
  {
    name: 'a UTF-8 file without a BOM and a row appended in Windows-1252 keeps both, no mojibake, no U+FFFD',
    content: concat(utf8(`${lines(header, 'Émilie,Øre,emilie@example.com,10,Remote')}\r\n`), cp1252('René,“Bo”,rene@example.com,11,Remote')),
    expect: { encoding: 'utf-8', valid: [true, true], issues: [], notices: ['notice.mixedEncoding'], raw: { 0: { firstName: 'Émilie', lastName: 'Øre' }, 1: { firstName: 'René', lastName: '“Bo”' } } },
  },
  { name: 'a NUL character in a UTF-16 file is refused as binary, as in UTF-8', content: utf16(lines(header, 'A\u0000da,L,ada@example.com,10,Remote'), 'le'), expect: { file: 'binary' } },
  {
    name: 'a BOM in the middle (two files pasted together) does not stick to the value after it',
    content: lines(header, ok(0), `\ufeff${ok(1)}`),
    expect: { valid: [true, true], issues: [], raw: { 1: { firstName: 'Ada1' } } },
  },
  {
    name: 'a second header in the middle (two exports pasted together) is a row with located errors',
    content: lines(header, ok(0), `\ufeff${header}`, ok(1)),
    expect: { valid: [true, false, true], issues: [[3, 'Email', 'cell.invalidEmail'], [3, 'Extension', 'cell.notDigits'], [3, 'Site', 'cell.notAllowed']] },
  },
];

const delimiterCases: HostileCase[] = [
  { name: 'comma', content: lines(header, ok(0), ok(1)), expect: { valid: [true, true], issues: [], rowNumbers: [2, 3] } },
  {
    name: 'semicolon, with commas inside values',
    content: lines(header.replace(/,/g, ';'), 'Ada;Lovelace, Countess;ada@example.com;10;Remote'),
    expect: { valid: [true], issues: [], raw: { 0: { lastName: 'Lovelace, Countess' } } },
  },
  { name: 'tab', content: lines(header.replace(/,/g, '\t'), ok(0).replace(/,/g, '\t')), expect: { valid: [true], issues: [], raw: { 0: { site: 'Remote' } } } },
  { name: 'pipe', content: lines(header.replace(/,/g, '|'), ok(0).replace(/,/g, '|')), expect: { valid: [true], issues: [], raw: { 0: { email: 'ada0@example.com' } } } },
  {
    name: 'a two-column file is split on its delimiter and names the missing columns',
    content: lines('First Name;Last Name', 'Ada;Lovelace', 'Grace;Hopper'),
    expect: { file: 'missingColumns', params: { columns: 'Email, Extension, Site', count: 3 } },
  },
  {
    name: 'trailing blank lines and blank lines between rows',
    content: `${lines(header, ok(0), '', ' ', ok(1))}\r\n\r\n\r\n \r\n\t\r\n`,
    expect: { valid: [true, true], issues: [], rowNumbers: [2, 5] },
  },
  { name: 'CR-only line endings (classic Mac)', content: [header, ok(0), ok(1)].join('\r'), expect: { valid: [true, true], issues: [], rowNumbers: [2, 3] } },
  {
    name: 'CRLF rows with line feeds inside quoted cells (as Excel writes them) and one LF row: rows split right, the line break in a name reported',
    content: `${header}\r\n"Ada\nByron",Lovelace,ada@example.com,10,Remote\n${ok(1)}\r\n`,
    expect: { valid: [false, true], issues: [[2, 'First Name', 'cell.lineBreak']], raw: { 0: { firstName: 'Ada\nByron' }, 1: { firstName: 'Ada1' } }, rowNumbers: [2, 3] },
  },
  {
    name: 'LF rows with one CR-only row',
    content: `${header}\n${ok(0)}\r${ok(1)}\n`,
    expect: { valid: [true, true], issues: [], rowNumbers: [2, 3] },
  },
  { name: 'mixed CRLF and LF line endings', content: `${header}\r\n${ok(0)}\n${ok(1)}\r\n${ok(2)}\n`, expect: { valid: [true, true, true], issues: [], raw: { 2: { site: 'Remote' } } } },
  {
    name: 'trailing empty columns and ragged rows',
    content: lines(`${header},,,`, `${ok(0)},,,`, 'Bo,Di,bo@example.com,11'),
    expect: { valid: [true, false], issues: [[3, 'Site', 'cell.required']], notices: [] },
  },
];

const quotingCases: HostileCase[] = [
  {
    name: 'quoted cells with the delimiter and doubled quotes',
    content: lines(header, '"Ada, Jr.","O""Neil",ada@example.com,10,"Remote"'),
    expect: { valid: [true], issues: [], raw: { 0: { firstName: 'Ada, Jr.', lastName: 'O"Neil' } } },
  },
  {
    name: 'a newline inside a quoted cell stays in the value, is reported in a name, and rows keep their spreadsheet numbers',
    content: lines(header, '"Ada\r\nByron",Lovelace,ada@example.com,10,Remote', ok(1)),
    expect: { valid: [false, true], issues: [[2, 'First Name', 'cell.lineBreak']], raw: { 0: { firstName: 'Ada\r\nByron' } }, rowNumbers: [2, 3] },
  },
  {
    name: 'an unclosed quote swallows the rest of the file into one cell, which is reported, not split',
    content: lines(header, 'Ada,"Lovelace,ada@example.com,10,Remote', ok(1)),
    expect: { valid: [false], issues: [[2, 'Last Name', 'cell.tooLong'], [2, 'Email', 'cell.required'], [2, 'Extension', 'cell.required'], [2, 'Site', 'cell.required']] },
  },
];

const damageCases: HostileCase[] = [
  {
    name: 'scientific notation in a number column is explained as spreadsheet damage',
    content: lines(`${header},Direct Number`, `${ok(0)},4.15556E+09`, `Bo,Di,bo@example.com,1.2E+3,Remote,`),
    expect: { valid: [false, false], issues: [[2, 'Direct Number', 'damage.scientificNotation'], [3, 'Extension', 'damage.scientificNotation']] },
  },
  {
    name: 'a foreign number that lost its + is explained as spreadsheet damage',
    content: lines(`${header},Mobile Number`, `${ok(0)},442071234567`),
    expect: { valid: [false], issues: [[2, 'Mobile Number', 'damage.lostPlus']] },
  },
  {
    name: 'the apostrophe of our own export is removed and counted',
    content: lines(`${header},Caller ID Name`, `'=Ada,'+Lovelace,ada@example.com,10,Remote,'-2`),
    expect: { valid: [true], issues: [], notices: ['notice.apostropheRemoved'], raw: { 0: { firstName: '=Ada', lastName: '+Lovelace', callerIdName: '-2' } } },
  },
  {
    name: 'an apostrophe before ordinary text is the user’s and stays',
    content: lines(header, "'Ada,O'Brien,ada@example.com,10,Remote"),
    expect: { valid: [true], issues: [], raw: { 0: { firstName: "'Ada", lastName: "O'Brien" } } },
  },
  {
    name: 'leading zeros of extensions survive, and 042 is not a duplicate of 42',
    content: lines(header, 'Ada,L,ada@example.com,0042,Remote', 'Bo,D,bo@example.com,042,Remote', 'Cy,E,cy@example.com,42,Remote'),
    expect: { valid: [true, true, true], issues: [], values: { 0: { extension: '0042' }, 1: { extension: '042' }, 2: { extension: '42' } } },
  },
  {
    name: 'a + in front of a number survives and is normalised to E.164',
    content: lines(`${header},Direct Number,Mobile Number`, `${ok(0)},+1 (415) 555-0100,1-212-555-0101`),
    expect: { valid: [true], issues: [], raw: { 0: { directNumber: '+1 (415) 555-0100' } }, values: { 0: { directNumber: '+14155550100', mobileNumber: '+12125550101' } } },
  },
  {
    name: 'an N11 exchange is not a real number',
    content: lines(`${header},Direct Number`, `${ok(0)},415-911-0100`),
    expect: { valid: [false], issues: [[2, 'Direct Number', 'cell.phoneN11Exchange']] },
  },
];

const formulaCases: HostileCase[] = [
  {
    name: 'DDE payloads and formula-like names are kept as data',
    content: lines(`${header},Caller ID Name`, `"=cmd|' /C calc'!A0",+1+1,ada@example.com,10,Remote,-2`, '@SUM(A1:A9),=HYPERLINK(x),bo@example.com,11,Remote,+'),
    expect: {
      valid: [true, true],
      issues: [],
      raw: { 0: { firstName: "=cmd|' /C calc'!A0", lastName: '+1+1', callerIdName: '-2' }, 1: { firstName: '@SUM(A1:A9)', lastName: '=HYPERLINK(x)', callerIdName: '+' } },
    },
  },
  {
    name: 'a formula behind leading spaces or a tab is kept as data without the white space',
    content: lines(header, ' =1+1,"\t@x",ada@example.com,10,Remote'),
    expect: { valid: [true], issues: [], raw: { 0: { firstName: '=1+1', lastName: '@x' } } },
  },
  {
    name: 'two apostrophes before a formula: one is ours, the other the user’s',
    content: lines(header, "''=x,'',ada@example.com,10,Remote"),
    expect: { valid: [true], issues: [], notices: ['notice.apostropheRemoved'], raw: { 0: { firstName: "'=x", lastName: "''" } } },
  },
  {
    name: 'a formula in an email or extension is an error located on that cell',
    content: lines(header, 'Ada,L,=1+1,+10,Remote'),
    expect: { valid: [false], issues: [[2, 'Email', 'cell.invalidEmail'], [2, 'Extension', 'cell.notDigits']] },
  },
];

const textCases: HostileCase[] = [
  {
    name: 'names with HTML and script are kept literally',
    content: lines(header, '<img src=x onerror=alert(1)>,<script>alert(1)</script>,ada@example.com,10,Remote', '"<a href=""javascript:alert(1)"">x</a>",&lt;b&gt;,bo@example.com,11,Remote'),
    expect: {
      valid: [true, true],
      issues: [],
      raw: { 0: { firstName: '<img src=x onerror=alert(1)>', lastName: '<script>alert(1)</script>' }, 1: { firstName: '<a href="javascript:alert(1)">x</a>', lastName: '&lt;b&gt;' } },
    },
  },
  { name: 'a NUL byte in a UTF-8 file is refused as binary', content: lines(header, 'Ada\u0000,L,ada@example.com,10,Remote'), expect: { file: 'binary' } },
  {
    name: 'right-to-left names are kept exactly',
    content: lines(header, 'שרה,כהן,sara@example.com,10,Remote', 'عبد الله,الفارس,abd@example.com,11,Remote'),
    expect: { valid: [true, true], issues: [], raw: { 0: { firstName: 'שרה', lastName: 'כהן' }, 1: { firstName: 'عبد الله', lastName: 'الفارس' } } },
  },
  {
    name: 'bidi overrides and isolates, which can disguise a name, are refused in names and make an email invalid; the values are kept for the user to fix',
    content: lines(header, 'Ada\u202egnp.exe,\u2067L\u2069,ada@example.com,10,Remote', 'Bo,D,bo\u202e@example.com,11,Remote', 'Cy,E,cy@example.com,12,Remote'),
    expect: {
      valid: [false, false, true],
      issues: [[2, 'First Name', 'cell.bidiControl'], [2, 'Last Name', 'cell.bidiControl'], [3, 'Email', 'cell.invalidEmail']],
      raw: { 0: { firstName: 'Ada\u202egnp.exe', lastName: '\u2067L\u2069' } },
    },
  },
  {
    name: 'control characters in names (C0 bell, DEL, C1 next line) are located errors, a tab inside a name is not',
    content: lines(`${header},Caller ID Name`, 'Ada\u0007,Love\u007flace,ada@example.com,10,Remote,Ada\u0085L', '"Bo\tDi",D,bo@example.com,11,Remote,'),
    expect: {
      valid: [false, true],
      issues: [[2, 'First Name', 'cell.hiddenCharacter'], [2, 'Last Name', 'cell.hiddenCharacter'], [2, 'Caller ID Name', 'cell.hiddenCharacter']],
      raw: { 0: { firstName: 'Ada\u0007', lastName: 'Love\u007flace', callerIdName: 'Ada\u0085L' }, 1: { firstName: 'Bo\tDi' } },
    },
  },
  {
    name: 'a byte with no character in Windows-1252 (0x81) becomes a located error, not a silent control character in a name',
    content: cp1252(lines(header, 'Ren\u0081e,Brontë,rene@example.com,10,Remote')),
    expect: { encoding: 'windows-1252', valid: [false], issues: [[2, 'First Name', 'cell.hiddenCharacter']], raw: { 0: { firstName: 'Ren\u0081e', lastName: 'Brontë' } } },
  },
  {
    name: 'zero-width spaces and direction marks hidden inside names are located errors; joiners of emoji and Persian spellings are not',
    content: lines(header, 'Ada\u200bLovelace,L\u200fL,ada@example.com,10,Remote', 'مهدی\u200cزاده,👨‍👩‍👧,bo@example.com,11,Remote'),
    expect: { valid: [false, true], issues: [[2, 'First Name', 'cell.hiddenCharacter'], [2, 'Last Name', 'cell.hiddenCharacter']], raw: { 1: { firstName: 'مهدی\u200cزاده', lastName: '👨‍👩‍👧' } } },
  },
  {
    name: 'emoji, ZWJ sequences and combining characters are kept exactly (no normalisation)',
    content: lines(header, 'Zoe\u0308 👩🏽‍💻,Nguyê\u0303n 🇻🇳,zoe@example.com,10,Remote'),
    expect: { valid: [true], issues: [], raw: { 0: { firstName: 'Zoe\u0308 👩🏽‍💻', lastName: 'Nguyê\u0303n 🇻🇳' } } },
  },
  {
    name: 'non-breaking and other Unicode spaces around values are trimmed',
    content: lines(header, '\u00a0Ada\u2003,\u3000L\u00a0,\u00a0ada@example.com\u00a0, 10 ,\u00a0remote'),
    expect: { valid: [true], issues: [], raw: { 0: { firstName: 'Ada', lastName: 'L', extension: '10' } }, values: { 0: { site: 'Remote', email: 'ada@example.com' } } },
  },
  {
    name: 'a very long cell is reported, not cut',
    content: lines(header, `${'A'.repeat(100_000)},L,ada@example.com,10,Remote`, `${'B'.repeat(64)},L,bo@example.com,11,Remote`, `${'C'.repeat(65)},L,cy@example.com,12,Remote`),
    expect: { valid: [false, true, false], issues: [[2, 'First Name', 'cell.tooLong'], [4, 'First Name', 'cell.tooLong']] },
  },
];

const emptyCases: HostileCase[] = [
  { name: 'an empty file', content: '', expect: { file: 'empty' } },
  { name: 'a file of only a UTF-8 BOM', content: utf8('', true), expect: { file: 'empty' } },
  { name: 'a whitespace-only file', content: ' \t\r\n\u00a0\r\n   \n', expect: { file: 'empty' } },
  { name: 'a file of only delimiters', content: ',,,,\r\n;;;;\r\n', expect: { file: 'headerNotFound' } },
  { name: 'a header-only file', content: `${header}\r\n`, expect: { file: 'headerOnly' } },
  { name: 'a header followed by rows of empty cells', content: lines(header, ',,,,', ' , , , , '), expect: { file: 'headerOnly' } },
];

const binaryCases: HostileCase[] = [
  { name: 'a PNG named .csv', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), expect: { file: 'binary' } },
  { name: 'a zip that is not a spreadsheet', content: zipOfText, fileName: 'seats.xlsx', expect: { file: 'unsupportedFormat', params: { format: '.zip' } } },
  {
    name: 'an OpenDocument spreadsheet renamed .xlsx',
    content: zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') }),
    fileName: 'seats.xlsx',
    expect: { file: 'unsupportedFormat', params: { format: '.ods' } },
  },
  { name: 'zip magic bytes followed by garbage', content: concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), utf8('garbage'.repeat(10))), expect: { file: 'invalidXlsx' } },
  { name: 'a legacy .xls by name', content: lines(header, ok(0)), fileName: 'Seats.XLS', expect: { file: 'unsupportedFormat', params: { format: '.xls' } } },
  { name: 'an .ods by name', content: zipOfText, fileName: 'seats.ods', expect: { file: 'unsupportedFormat', params: { format: '.ods' } } },
  { name: 'an OLE2 file (legacy .xls) named .csv', content: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), expect: { file: 'unsupportedFormat', params: { format: '.xls' } } },
  { name: 'a PDF named .csv', content: utf8('%PDF-1.7\n'), expect: { file: 'unsupportedFormat', params: { format: '.pdf' } } },
  { name: 'an .xlsx zip bomb', content: xlsxBomb(), fileName: 'bomb.xlsx', limits: { maxInflatedBytes: 1024 * 1024 }, expect: { file: 'zipBomb' } },
  {
    name: 'an .xlsx keeps text cells, cached formula values and numbers as a person sees them',
    content: xlsxBytes([
      ['First Name', 'Last Name', 'Email', 'Extension', 'Site', 'Direct Number'],
      ['=cmd|x', { formula: 'A1&"x"', cached: 'Zoë' }, 'zoe@example.com', '0042', 'remote', { number: '4155550100' }],
    ]),
    fileName: 'seats.xlsx',
    expect: { encoding: null, valid: [true], issues: [], raw: { 0: { firstName: '=cmd|x', lastName: 'Zoë', extension: '0042' } }, values: { 0: { site: 'Remote', directNumber: '+14155550100' } } },
  },
  {
    name: 'an .xlsx keeps numbers as their number formats show them: zero-padded extensions, phone numbers with literals',
    content: xlsxBytes([
      ['First Name', 'Last Name', 'Email', 'Extension', 'Site', 'Direct Number', 'Mobile Number'],
      ['Zoë', 'M', 'zoe@example.com', { number: '42', format: '0000' }, 'Remote', { number: '4155550100', format: '000-000-0000' }, { number: '2125550101', format: '"("000") "000-0000' }],
      ['Bo', 'D', 'bo@example.com', { number: '1043', format: '#,##0' }, 'Remote', { number: '4155550101', format: '[<=9999999]###-####;(###) ###-####' }, null],
    ]),
    fileName: 'seats.xlsx',
    expect: {
      valid: [true, false],
      issues: [[3, 'Extension', 'cell.notDigits']],
      raw: { 0: { extension: '0042', directNumber: '415-555-0100', mobileNumber: '(212) 555-0101' }, 1: { extension: '1,043', directNumber: '(415) 555-0101' } },
      values: { 0: { extension: '0042', directNumber: '+14155550100', mobileNumber: '+12125550101' } },
    },
  },
  {
    name: 'an .xlsx number shown in scientific notation keeps every digit, as the file holds the whole number',
    content: xlsxBytes([
      ['First Name', 'Last Name', 'Email', 'Extension', 'Site', 'Direct Number'],
      ['Zoë', 'M', 'zoe@example.com', '10', 'Remote', { number: '4155550100', format: '0.00E+00' }],
    ]),
    fileName: 'seats.xlsx',
    expect: { valid: [true], issues: [], raw: { 0: { directNumber: '4155550100' } } },
  },
];

const headerCases: HostileCase[] = [
  {
    name: 'a title line and a blank line above the header',
    content: lines('Seats for March;;;', '', header.replace(/,/g, ';'), ok(0).replace(/,/g, ';')),
    expect: { headerRowNumber: 3, rowNumbers: [4], valid: [true], issues: [] },
  },
  {
    name: 'a header below the rows searched is reported, not guessed',
    content: lines(...Array.from({ length: 12 }, (_, i) => `Title ${i}`), header, ok(0)),
    expect: { file: 'headerNotFound' },
  },
  { name: 'a header written twice under synonyms', content: lines(`${header},E-mail`, `${ok(0)},x@example.com`), expect: { file: 'duplicatedHeader' } },
  { name: 'the same header twice', content: lines(`${header},Site`, `${ok(0)},Remote`), expect: { file: 'duplicatedHeader' } },
  { name: 'a missing required column is named', content: lines('First Name,Last Name,Email,Site', 'Ada,L,ada@example.com,Remote'), expect: { file: 'missingColumns', params: { columns: 'Extension', count: 1 } } },
  {
    name: 'synonyms and odd casing and punctuation map, and errors use the user’s headers',
    content: lines('FIRST_NAME,  surname ,E-Mail Address,ext.,LOCATION,d.i.d', 'Ada,L,not-an-email,10,remote,'),
    expect: { valid: [false], issues: [[2, 'E-Mail Address', 'cell.invalidEmail']], values: { 0: { site: 'Remote' } } },
  },
  {
    name: 'unknown columns are listed and ignored, even with formula-like names',
    content: lines(`${header},Department,=HYPERLINK("x")`, `${ok(0)},Sales,1`),
    expect: { valid: [true], issues: [], notices: ['notice.unknownColumns'] },
  },
];

const limitCases: HostileCase[] = [
  { name: 'more rows than the (lowered) limit', content: lines(header, ok(0), ok(1), ok(2), ok(3)), limits: { maxRows: 3 }, expect: { file: 'tooManyRows', params: { maxRows: 3 } } },
  { name: 'exactly the (lowered) row limit', content: lines(header, ok(0), ok(1), ok(2)), limits: { maxRows: 3 }, expect: { valid: valid(3), issues: [] } },
  { name: 'a file over the (lowered) size limit', content: lines(header, ok(0)), limits: { maxBytes: 16 }, expect: { file: 'tooBig' } },
];

const duplicateCases: HostileCase[] = [
  {
    name: 'emails that differ only in case are duplicates',
    content: lines(header, 'Ada,L,Ada@Example.com,10,Remote', 'Bo,D,ada@EXAMPLE.COM,11,Remote', ok(2)),
    expect: { valid: [false, false, true], issues: [[2, 'Email', 'cell.duplicateInFile'], [3, 'Email', 'cell.duplicateInFile']] },
  },
  {
    name: 'the same number written two ways is a duplicate',
    content: lines(`${header},Direct Number`, `${ok(0)},(415) 555-0100`, `${ok(1)},+1.415.555.0100`),
    expect: { valid: [false, false], issues: [[2, 'Direct Number', 'cell.duplicateInFile'], [3, 'Direct Number', 'cell.duplicateInFile']] },
  },
  {
    name: 'a MAC address with different separators is a duplicate',
    content: lines(`${header},MAC Address`, `${ok(0)},00:1a:2b:3c:4d:5e`, `${ok(1)},001A.2B3C.4D5E`, `${ok(2)},00-1A-2B-3C-4D-5F`),
    expect: { valid: [false, false, true], issues: [[2, 'MAC Address', 'cell.duplicateInFile'], [3, 'MAC Address', 'cell.duplicateInFile']] },
  },
  {
    name: 'values taken in the account or not spare are located',
    content: lines(`${header},Direct Number`, `Ada,L,${takenEmail},10,Remote,`, `${ok(1)},${notSpareNumber}`, ok(2)),
    expect: { valid: [false, false, true], issues: [[2, 'Email', 'cell.takenInAccount'], [3, 'Direct Number', 'cell.notSpareNumber']] },
  },
  {
    name: 'a desk phone without a MAC address, and allowed values in any case',
    content: lines(`${header},Device Model,MAC Address,Role`, `${ok(0)},yealink t54w,,ADMIN`, `${ok(1)},SOFTPHONE,,`),
    expect: { valid: [false, true], issues: [[2, 'MAC Address', 'cell.requiredWhen']], values: { 0: { deviceModel: 'Yealink T54W', role: 'Admin' }, 1: { deviceModel: 'Softphone', role: 'User' } } },
  },
];

/** The corpus: odd and hostile files, each with its expected outcome. */
export const hostileCases: readonly HostileCase[] = [
  ...encodingCases,
  ...delimiterCases,
  ...quotingCases,
  ...damageCases,
  ...formulaCases,
  ...textCases,
  ...emptyCases,
  ...binaryCases,
  ...headerCases,
  ...limitCases,
  ...duplicateCases,
];
