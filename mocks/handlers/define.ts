import type { BodyOutput, Page, PathParams, QueryOutput, RouteDefinition, RouteId, RouteResponse, Routes } from '../../src/contract';
import { DEFAULT_PAGE_LIMIT } from '../../src/contract';
import type { MockBackend } from '../backend';
import type { MockSession, MockUser } from '../state';

/** What a route implementation gets: the parsed request and who sent it. */
export interface RequestContext<R extends RouteDefinition> {
  backend: MockBackend;
  request: Request;
  params: PathParams<R>;
  query: R extends { query: object } ? QueryOutput<R> : undefined;
  body: R extends { body: object } ? BodyOutput<R> : undefined;
  user: R['auth'] extends 'public' ? null : MockUser;
  session: R['auth'] extends 'public' ? null : MockSession;
  accountId: R['auth'] extends 'account' ? string : null;
  /** Counters the pipeline records with an idempotent response (seats created by this request). */
  effects: { seatsCreated: number };
}

/** A route implementation: synchronous, so two requests never interleave inside one. */
export type RouteImpl<R extends RouteDefinition> = (context: RequestContext<R>) => RouteResponse<R>;

/** Implementations of some routes, by route ID. */
export type RouteImpls<K extends RouteId> = { [P in K]: RouteImpl<Routes[P]> };

/**
 * An error any route may answer with (see `commonErrorCodes`), thrown from deep inside an
 * implementation, for example for a bad cursor.
 */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** A documented error response. */
export function fail<S extends number, C extends string>(status: S, code: C, message: string, fieldErrors?: Record<string, string>) {
  return { status, body: { error: { code, message, fieldErrors } } };
}

/** A success response. */
export function ok<S extends number, B>(status: S, body: B) {
  return { status, body };
}

function encodeCursor(offset: number): string {
  return btoa(`offset:${offset}`);
}

function decodeCursor(cursor: string): number {
  let text: string;
  try {
    text = atob(cursor);
  } catch {
    throw new MockHttpError(400, 'invalid-query', 'The cursor is not one this server made', { cursor: 'invalid' });
  }
  const match = /^offset:(\d+)$/.exec(text);
  if (!match) throw new MockHttpError(400, 'invalid-query', 'The cursor is not one this server made', { cursor: 'invalid' });
  return Number(match[1]);
}

/** One page of a list, with an opaque offset cursor. */
export function paginate<T>(items: readonly T[], query: { cursor?: string | undefined; limit?: number | undefined }): Page<T> {
  const offset = query.cursor ? decodeCursor(query.cursor) : 0;
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const end = offset + limit;
  return { items: items.slice(offset, end), nextCursor: end < items.length ? encodeCursor(end) : null, total: items.length };
}

/** Case-insensitive "contains" on any of the values. */
export function matchesSearch(search: string | undefined, values: ReadonlyArray<string | null>): boolean {
  if (!search) return true;
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  const digits = needle.replace(/[^\d]/g, '');
  return values.some((value) => {
    if (value === null) return false;
    if (value.toLowerCase().includes(needle)) return true;
    // "(415) 555-01" finds +1415555 01xx: compare digits when the search is a number.
    return digits.length >= 3 && /^[\d\s()+.-]+$/.test(needle) && value.replace(/[^\d]/g, '').includes(digits);
  });
}
