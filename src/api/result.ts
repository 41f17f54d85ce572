/**
 * Errors as values at the API edge: every call resolves, never rejects, with a result that screens map
 * to messages by `kind` (and by `code` where they need more precision).
 */

/** What went wrong, coarsely. */
export type ApiErrorKind =
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  /** No response came in time, on any attempt: distinct from `network` (no response at all) and `aborted` (the caller cancelled). */
  | 'timeout'
  | 'aborted';

/** A failed call. */
export interface ApiError {
  kind: ApiErrorKind;
  /** The HTTP status; null when no response came (network, timeout, aborted) or the request was refused locally. */
  status: number | null;
  /** The server's machine code (`seat-conflict`), or one of the client's own (`network-error`, `malformed-response`…). */
  code: string;
  /** For developers and logs; not for end users. */
  message: string;
  /** Field path to code, for located messages (`email` -> `taken`). */
  fieldErrors?: Record<string, string>;
  details?: unknown;
  /** From `Retry-After`, when the server sent one. */
  retryAfterSeconds?: number;
}

/** The outcome of a call. */
export type ApiResult<T> = { ok: true; value: T; status: number } | { ok: false; error: ApiError };

/** The error kind of an HTTP status. */
export function errorKindOfStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'validation';
  return 'server';
}
