import type { TemplateColumn } from '../contract/template';
import type { RawTable } from './csv-reader';
import { fileIssue, type FileIssue } from './issues';

/**
 * Finds the header row and maps the user's headers to template columns. Generic: it needs only the
 * key, header, synonyms and required flag of each column, so the Teams assignments upload can reuse it
 * with its own column list.
 */

/** What header mapping needs to know about a column. */
export type HeaderSpec = Pick<TemplateColumn, 'key' | 'header' | 'required' | 'synonyms'>;

/** Where each template column is in the user's file. */
export interface HeaderMapping {
  /** Index into `RawTable.rows` of the header row. */
  readonly headerIndex: number;
  /** The header row's number as the user sees it. */
  readonly headerRowNumber: number;
  /** For each template column, in template order: its index in the user's rows, or -1 when absent. */
  readonly sourceIndex: readonly number[];
  /** For each template column: the header as written in the user's file, or the template header. */
  readonly userHeaders: readonly string[];
  /** Headers of the user's file that match no column; they are ignored. */
  readonly unknownHeaders: readonly string[];
}

/** The mapping, or the file-level error that prevents it. */
export type HeaderMappingResult = { readonly ok: true; readonly mapping: HeaderMapping } | { readonly ok: false; readonly issue: FileIssue };

/** Case-, accent-, space- and punctuation-insensitive form of a header (`E-mail *` -> `email`). */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function buildLookup(columns: readonly HeaderSpec[]): Map<string, number> {
  const lookup = new Map<string, number>();
  columns.forEach((column, index) => {
    for (const name of [column.header, column.key, ...column.synonyms]) {
      const normalised = normaliseHeader(name);
      if (normalised !== '' && !lookup.has(normalised)) lookup.set(normalised, index);
    }
  });
  return lookup;
}

function countMatches(row: readonly string[], lookup: Map<string, number>): number {
  const seen = new Set<number>();
  for (const cell of row) {
    const index = lookup.get(normaliseHeader(cell));
    if (index !== undefined) seen.add(index);
  }
  return seen.size;
}

/**
 * Searches the first `searchRows` rows for the header row (title lines may sit above it): the row that
 * names the most columns wins, and it must name at least two (or the only one there is).
 */
export function mapHeaders(table: RawTable, columns: readonly HeaderSpec[], searchRows: number): HeaderMappingResult {
  const lookup = buildLookup(columns);
  let headerIndex = -1;
  let bestMatches = 0;
  const limit = Math.min(searchRows, table.rows.length);
  for (let index = 0; index < limit; index++) {
    const row = table.rows[index];
    if (row === undefined) continue;
    const matches = countMatches(row, lookup);
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
      issue: fileIssue('headerNotFound', { rows: searchRows, columns: columns.filter((c) => c.required).map((c) => c.header).join(', ') }),
    };
  }

  const sourceIndex = columns.map(() => -1);
  const userHeaders = columns.map((column) => column.header);
  const unknownHeaders: string[] = [];
  const duplicates: string[] = [];
  header.forEach((cell, cellIndex) => {
    const trimmed = cell.trim();
    if (trimmed === '') return;
    const columnIndex = lookup.get(normaliseHeader(trimmed));
    if (columnIndex === undefined) {
      unknownHeaders.push(trimmed);
      return;
    }
    const previous = sourceIndex[columnIndex];
    if (previous !== undefined && previous >= 0) {
      duplicates.push(`${header[previous]?.trim() ?? ''}" / "${trimmed}`);
      return;
    }
    sourceIndex[columnIndex] = cellIndex;
    userHeaders[columnIndex] = trimmed;
  });
  if (duplicates.length > 0) {
    return { ok: false, issue: fileIssue('duplicatedHeader', { columns: duplicates.map((d) => `"${d}"`).join(', '), count: duplicates.length }) };
  }
  const missing = columns.filter((column, index) => column.required && sourceIndex[index] === -1).map((column) => column.header);
  if (missing.length > 0) return { ok: false, issue: fileIssue('missingColumns', { columns: missing.join(', '), count: missing.length }) };
  return { ok: true, mapping: { headerIndex, headerRowNumber, sourceIndex, userHeaders, unknownHeaders } };
}
