import { z } from 'zod';

/**
 * Wire building blocks shared by every resource: the one error body, E.164 numbers, timestamps, IDs
 * and cursor paging.
 */

/** The prefix of every host API path. */
export const API_PREFIX = '/api/v1';

/** An international phone number in E.164 form, for example `+14155550100`. */
export const e164Schema = z.string().regex(/^\+[1-9]\d{6,14}$/, 'Expected an E.164 phone number such as +14155550100');
export type E164 = z.infer<typeof e164Schema>;

/** An ISO 8601 timestamp in UTC, as every response writes it. */
export const timestampSchema = z.iso.datetime();

/** A six-digit account ID. Anything else is malformed. */
export const accountIdSchema = z.string().regex(/^\d{6}$/, 'Expected a six-digit account ID');

/** A server-made identifier; opaque to clients. */
export const idSchema = z.string().min(1).max(64);

/**
 * The one body of every non-2xx response. `code` is stable and machine-readable (kebab-case),
 * `message` is for logs and developers, not for end users (screens map codes to translated text).
 * `fieldErrors` maps a field path (`email`, `rows.3.seat.extension`) to a code such as `taken`.
 */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.string()).optional(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * The error body narrowed to the codes a route documents for one status. Clients still parse errors
 * with the open {@link errorBodySchema}, so a host may add codes without breaking them.
 */
export function errorBody<const Codes extends readonly [string, ...string[]]>(codes: Codes) {
  return z.object({
    error: z.object({
      code: z.enum(codes),
      message: z.string(),
      fieldErrors: z.record(z.string(), z.string()).optional(),
      details: z.unknown().optional(),
    }),
  });
}

/**
 * Error codes any route may answer with, whatever it documents itself: authentication, account
 * scoping, request parsing, throttling and server faults.
 */
export const commonErrorCodes = {
  400: ['malformed-body', 'invalid-query', 'account-header-required', 'invalid-account-id', 'idempotency-key-required'],
  401: ['unauthenticated', 'session-expired'],
  403: ['account-forbidden'],
  409: ['idempotency-key-reused'],
  422: ['invalid-body'],
  429: ['rate-limited'],
  500: ['internal-error'],
  503: ['service-unavailable'],
} as const;

/** Statuses every route may answer with besides its own (see {@link commonErrorCodes}). */
export const commonErrorStatuses = [400, 401, 403, 409, 422, 429, 500, 503] as const;

/** Query members of every cursor-paged list. `limit` defaults to 50 on the server. */
export const pageQueryShape = {
  /** The `nextCursor` of the previous page; absent for the first page. */
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number<number>().int().min(1).max(500).optional(),
};

/** The default page size when a request gives no `limit`. */
export const DEFAULT_PAGE_LIMIT = 50;

/** One page of a cursor-paged list, with the total of all matching items. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Pass it back as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
    /** How many items match the query in all pages. */
    total: z.number().int().min(0),
  });
}

/** A page of items, as {@link pageOf} describes it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** Sort direction of a list. */
export const sortOrderSchema = z.enum(['asc', 'desc']);

/** A short reference to a person (who started a job, who sent a message). */
export const actorSchema = z.object({ id: idSchema, displayName: z.string() });
export type Actor = z.infer<typeof actorSchema>;

/** The body of a 204 response: none. */
export const noContentSchema = z.undefined();

/** The body of a `text/csv` response: the file's text. */
export const csvTextSchema = z.string();
