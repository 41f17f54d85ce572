import type { ColumnRule, TemplateColumn } from '../contract/template';
import type { RawTable } from './csv-reader';
import { fileIssue, type FileIssue } from './issues';

/**
 * Finds the header row and maps the user's headers to template columns. Generic: it needs only the
 * key, header, synonyms and required flag of each column (labels, per-language synonyms and the rule
 * help when the descriptor has them), so the Teams assignments upload can reuse it with its own list.
 *
 * A file made elsewhere rarely uses our headers: besides the header and its synonyms, a column is found
 * by a similar name (`Phone (direct)` for Direct Number), by its name in French or Spanish (labels and
 * `synonymsByLanguage`), and, when the header says nothing, by what its values look like (a column of
 * emails). Every match says how it was made, so the UI can ask the admin to confirm the weak ones.
 */

/** What header mapping needs to know about a column. */
export type HeaderSpec = Pick<TemplateColumn, 'key' | 'header' | 'required' | 'synonyms'> &
  Partial<Pick<TemplateColumn, 'labels' | 'synonymsByLanguage'>> & { readonly rule?: ColumnRule };

/**
 * How a file column was matched to a template column: its header is the template's (`exact`), one of
 * its synonyms or labels in any language (`synonym`), a similar name (`similar`), its values look like
 * the column's (`values`), or the admin chose it (`chosen`).
 */
export type MatchKind = 'exact' | 'synonym' | 'similar' | 'values' | 'chosen';

/** A file column matched to a template column. */
export interface ColumnMatch {
  /** Index of the column in the user's rows. */
  readonly source: number;
  readonly kind: MatchKind;
}

/** Where each template column is in the user's file. */
export interface HeaderMapping {
  /** Index into `RawTable.rows` of the header row. */
  readonly headerIndex: number;
  /** The header row's number as the user sees it. */
  readonly headerRowNumber: number;
  /** For each template column, in template order: its index in the user's rows, or -1 when absent. */
  readonly sourceIndex: readonly number[];
  /** For each template column: how it was matched, or null when no file column is matched to it. */
  readonly matches: readonly (ColumnMatch | null)[];
  /** For each template column: the header as written in the user's file, or the template header. */
  readonly userHeaders: readonly string[];
  /** Headers of the user's file that match no column; they are ignored. */
  readonly unknownHeaders: readonly string[];
  /** The header row's cells, trimmed, one per file column ('' for a column without a header). */
  readonly fileHeaders: readonly string[];
}

/** The mapping, or the file-level error that prevents it (with the mapping found when columns are missing). */
export type HeaderMappingResult =
  { readonly ok: true; readonly mapping: HeaderMapping } | { readonly ok: false; readonly issue: FileIssue; readonly mapping?: HeaderMapping };

/** Case-, accent-, space- and punctuation-insensitive form of a header (`E-mail *` -> `email`). */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Words that say nothing about a column, in the three languages.
const stopWords = new Set([
  'in',
  'of',
  'the',
  'a',
  'an',
  'and',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'el',
  'los',
  'las',
  'en',
  'del',
  'y',
  'e',
  'for',
  'pour',
  'para',
]);
// Words that mean the same thing in a header: a phone is a number.
const sameWord = new Map([
  ['phone', 'number'],
  ['telephone', 'number'],
  ['tel', 'number'],
  ['num', 'number'],
  ['no', 'number'],
  ['nr', 'number'],
  ['nbr', 'number'],
  ['numero', 'number'],
  ['addr', 'address'],
  ['adresse', 'address'],
  ['direccion', 'address'],
]);
// Words many headers share: matching only them is not a match (`Name` is not First Name).
const weakWords = new Map([
  ['name', 0.3],
  ['nom', 0.3],
  ['nombre', 0.3],
  ['number', 0.5],
  ['address', 0.3],
  ['id', 0.5],
]);
/** Below this score a name is not similar enough. */
const similarEnough = 0.66;

/** The words of a header, normalised (`Phone (direct)` -> `number`, `direct`; `firstName` -> `first`, `name`). */
function headerWords(header: string): string[] {
  const words = header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !stopWords.has(word))
    .map((word) => sameWord.get(word) ?? word);
  return [...new Set(words)];
}

const weightOf = (word: string): number => weakWords.get(word) ?? 1;

/** Levenshtein distance, stopping early once it passes `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Same word, or a typo of a long one (`Extention`). */
function wordsAlike(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && editDistance(a, b, 1) <= 1);
}

/**
 * How similar two headers are, 0 to 1: the weighted share of words they have in common. At least one
 * word that is not a weak one must be shared.
 */
export function headerSimilarity(a: string, b: string): number {
  const left = headerWords(a);
  const right = headerWords(b);
  if (left.length === 0 || right.length === 0) return 0;
  let shared = 0;
  let strongShared = false;
  for (const word of left) {
    if (right.some((other) => wordsAlike(word, other))) {
      shared += weightOf(word);
      if (weightOf(word) === 1) strongShared = true;
    }
  }
  if (!strongShared) return 0;
  const total = left.reduce((sum, word) => sum + weightOf(word), 0) + right.reduce((sum, word) => sum + weightOf(word), 0);
  return shared / (total - shared);
}

/** Every name of a column after its header: key, synonyms, labels and synonyms in every language. */
function otherNames(column: HeaderSpec): string[] {
  return [column.key, ...column.synonyms, ...Object.values(column.labels ?? {}), ...Object.values(column.synonymsByLanguage ?? {}).flat()];
}

/** Normalised header or name to the first column it names, and how. */
function buildLookup(columns: readonly HeaderSpec[]): Map<string, { readonly column: number; readonly kind: 'exact' | 'synonym' }> {
  const lookup = new Map<string, { column: number; kind: 'exact' | 'synonym' }>();
  columns.forEach((column, index) => {
    const normalised = normaliseHeader(column.header);
    if (normalised !== '' && !lookup.has(normalised)) lookup.set(normalised, { column: index, kind: 'exact' });
  });
  columns.forEach((column, index) => {
    for (const name of otherNames(column)) {
      const normalised = normaliseHeader(name);
      if (normalised !== '' && !lookup.has(normalised)) lookup.set(normalised, { column: index, kind: 'synonym' });
    }
  });
  return lookup;
}

/** The best similar column of a header and its score, or null. */
function similarColumn(header: string, columns: readonly HeaderSpec[]): { readonly column: number; readonly score: number } | null {
  let best: { column: number; score: number } | null = null;
  columns.forEach((column, index) => {
    for (const name of [column.header, ...otherNames(column)]) {
      const score = headerSimilarity(header, name);
      if (score >= similarEnough && (best === null || score > best.score)) best = { column: index, score };
    }
  });
  return best;
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const macShape = /^[0-9a-f]{2}([:.-]?)[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i;
const dottedMacShape = /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i;
function phoneShaped(value: string): boolean {
  if (!/^[\d\s().+-]+$/.test(value)) return false;
  return /^1?\d{10}$/.test(value.replace(/\D/g, ''));
}
const valueShapes: readonly { readonly rule: ColumnRule['type']; readonly test: (value: string) => boolean }[] = [
  { rule: 'email', test: (value) => emailShape.test(value) },
  { rule: 'mac', test: (value) => macShape.test(value) || dottedMacShape.test(value) },
  { rule: 'phone', test: phoneShaped },
];

/** The rule type a column's values all but certainly are (4 in 5 of them at least), or null. */
function shapeOfValues(values: readonly string[]): ColumnRule['type'] | null {
  if (values.length === 0) return null;
  for (const shape of valueShapes) {
    const fitting = values.filter(shape.test).length;
    if (fitting / values.length >= 0.8) return shape.rule;
  }
  return null;
}

/** Rows of values looked at to tell a column by its values. */
const valueSampleRows = 200;

/** The first non-empty values of one file column below the header, trimmed. */
export function columnSample(table: RawTable, headerIndex: number, column: number, count: number, scanRows = table.rows.length): string[] {
  const sample: string[] = [];
  const end = Math.min(table.rows.length, headerIndex + 1 + scanRows);
  for (let row = headerIndex + 1; row < end && sample.length < count; row++) {
    const value = table.rows[row]?.[column]?.trim() ?? '';
    if (value !== '') sample.push(value);
  }
  return sample;
}

interface Candidate {
  readonly column: number;
  readonly source: number;
  readonly kind: MatchKind;
  readonly rank: number;
}

/**
 * The suggested match of each template column among the header's cells: exact and synonym first, then
 * similar names (best score first), then values for the file columns whose header says nothing. A file
 * column goes to one template column at most, a template column takes one file column at most.
 * `valuesOf(source)` gives a sample of a file column's values. Two cells naming the same column exactly
 * or by a synonym are returned as `duplicates` (the file is ambiguous: the caller refuses it).
 */
export function suggestMatches(
  header: readonly string[],
  columns: readonly HeaderSpec[],
  valuesOf: (source: number) => readonly string[] = () => [],
): { readonly matches: (ColumnMatch | null)[]; readonly duplicates: readonly string[] } {
  const lookup = buildLookup(columns);
  const candidates: Candidate[] = [];
  const named = new Set<number>();
  header.forEach((cell, source) => {
    const trimmed = cell.trim();
    if (trimmed === '') return;
    const found = lookup.get(normaliseHeader(trimmed));
    if (found !== undefined) {
      candidates.push({ column: found.column, source, kind: found.kind, rank: found.kind === 'exact' ? 4 : 3 });
      named.add(source);
      return;
    }
    const similar = similarColumn(trimmed, columns);
    if (similar !== null) {
      candidates.push({ column: similar.column, source, kind: 'similar', rank: 2 + similar.score / 2 });
      named.add(source);
    }
  });
  const duplicates: string[] = [];
  const strong = new Map<number, number>();
  for (const candidate of candidates) {
    if (candidate.rank < 3) continue;
    const previous = strong.get(candidate.column);
    if (previous === undefined) strong.set(candidate.column, candidate.source);
    else duplicates.push(`${header[previous]?.trim() ?? ''}" / "${header[candidate.source]?.trim() ?? ''}`);
  }
  // Values speak only for the columns whose header names nothing.
  header.forEach((_, source) => {
    if (named.has(source)) return;
    const shape = shapeOfValues(valuesOf(source));
    if (shape === null) return;
    columns.forEach((column, index) => {
      if (column.rule?.type === shape) candidates.push({ column: index, source, kind: 'values', rank: 1 - index / 1000 });
    });
  });
  candidates.sort((a, b) => b.rank - a.rank || a.column - b.column || a.source - b.source);
  const matches: (ColumnMatch | null)[] = columns.map(() => null);
  const used = new Set<number>();
  for (const { column, source, kind } of candidates) {
    if (matches[column] !== null || used.has(source)) continue;
    matches[column] = { source, kind };
    used.add(source);
  }
  return { matches, duplicates };
}

/** Counts the template columns a row's cells name (exact, synonym or similar), to find the header row. */
function countNamed(row: readonly string[], columns: readonly HeaderSpec[]): number {
  return suggestMatches(row, columns).matches.filter((match) => match !== null).length;
}

/** Options of {@link mapHeaders}. */
export interface MapHeadersOptions {
  /**
   * The admin's choice, per template column: the index of its file column, or -1 for none. Replaces
   * the suggestion; an index outside the header row, or one file column given twice, is ignored.
   */
  readonly chosen?: readonly number[];
}

/**
 * Searches the first `searchRows` rows for the header row (title lines may sit above it): the row that
 * names the most columns wins, and it must name at least two (or the only one there is). Then matches
 * the columns (the admin's choice, or the suggestion) and checks that every required one is there.
 */
export function mapHeaders(table: RawTable, columns: readonly HeaderSpec[], searchRows: number, options: MapHeadersOptions = {}): HeaderMappingResult {
  let headerIndex = -1;
  let bestMatches = 0;
  const limit = Math.min(searchRows, table.rows.length);
  for (let index = 0; index < limit; index++) {
    const row = table.rows[index];
    if (row === undefined) continue;
    const matches = countNamed(row, columns);
    if (matches > bestMatches) {
      bestMatches = matches;
      headerIndex = index;
    }
  }
  const header = table.rows[headerIndex];
  const headerRowNumber = table.rowNumbers[headerIndex];
  if (header === undefined || headerRowNumber === undefined || bestMatches < Math.min(2, columns.length)) {
    return {
      ok: false,
      issue: fileIssue('headerNotFound', {
        rows: searchRows,
        columns: columns
          .filter((c) => c.required)
          .map((c) => c.header)
          .join(', '),
      }),
    };
  }

  const fileHeaders = header.map((cell) => cell.trim());
  let matches: (ColumnMatch | null)[];
  if (options.chosen !== undefined && options.chosen.length === columns.length) {
    const taken = new Set<number>();
    matches = options.chosen.map((source) => {
      if (source < 0 || source >= header.length || taken.has(source)) return null;
      taken.add(source);
      return { source, kind: 'chosen' };
    });
  } else {
    const suggested = suggestMatches(header, columns, (source) => columnSample(table, headerIndex, source, valueSampleRows, valueSampleRows));
    if (suggested.duplicates.length > 0) {
      return {
        ok: false,
        issue: fileIssue('duplicatedHeader', { columns: suggested.duplicates.map((d) => `"${d}"`).join(', '), count: suggested.duplicates.length }),
      };
    }
    matches = suggested.matches;
  }
  const sourceIndex = matches.map((match) => match?.source ?? -1);
  const userHeaders = columns.map((column, index) => {
    const source = sourceIndex[index] ?? -1;
    return source >= 0 && fileHeaders[source] !== '' ? (fileHeaders[source] ?? column.header) : column.header;
  });
  const used = new Set(sourceIndex);
  const unknownHeaders = fileHeaders.filter((cell, source) => cell !== '' && !used.has(source));
  const mapping: HeaderMapping = { headerIndex, headerRowNumber, sourceIndex, matches, userHeaders, unknownHeaders, fileHeaders };
  const missing = columns.filter((column, index) => column.required && sourceIndex[index] === -1).map((column) => column.header);
  if (missing.length > 0) return { ok: false, issue: fileIssue('missingColumns', { columns: missing.join(', '), count: missing.length }), mapping };
  return { ok: true, mapping };
}
