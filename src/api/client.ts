import type { z } from 'zod';
import {
  buildPath,
  errorBodySchema,
  type BodyInput,
  type PathParamNames,
  type PathParams,
  type QueryInput,
  type RouteDefinition,
  type SuccessBody,
} from '../contract';
import { errorKindOfStatus, type ApiError, type ApiResult } from './result';
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, realSleep, type RetryPolicy, type Sleep } from './retry';

/**
 * The typed client of the host APIs, on the host's fetch (`bridge.api.fetch`, which adds base URL,
 * token and account). Requests and responses are described by the route table of `src/contract`.
 */

/** The host's fetch: a path such as `/api/v1/seats` in, any response out; rejects only without a response. @public */
export type HostFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** Options of {@link createApiClient}; the clock, sleep and dice are injectable so tests do not wait. @public */
export interface ApiClientOptions {
  retry?: Partial<RetryPolicy>;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  /** Makes idempotency keys; `crypto.randomUUID` by default. */
  newIdempotencyKey?: () => string;
}

/** Per-call options. @public */
export interface RequestOptions {
  /** Cancels the call, including a backoff wait; the result is then an `aborted` error. */
  signal?: AbortSignal;
  /**
   * The `Idempotency-Key` for routes that take one. Pass a key you keep (for example per bulk chunk) to
   * make retries after a reload safe; otherwise one is made per call, so this call's own retries are safe.
   */
  idempotencyKey?: string;
  /** More request headers. */
  headers?: Record<string, string>;
}

type ParamsPart<R extends RouteDefinition> = [PathParamNames<R['path']>] extends [never] ? { params?: undefined } : { params: PathParams<R> };
type QueryPart<R extends RouteDefinition> = R extends { query: z.ZodType } ? { query?: QueryInput<R> } : { query?: undefined };
type BodyPart<R extends RouteDefinition> = R extends { body: z.ZodType } ? { body: BodyInput<R> } : { body?: undefined };

/** What a call of a route takes: its path parameters, query and body, typed from the contract. @public */
export type CallInput<R extends RouteDefinition> = ParamsPart<R> & QueryPart<R> & BodyPart<R> & RequestOptions;

/** The client. @public */
export interface ApiClient {
  /** Calls a route of the contract's table. Never rejects. */
  call<R extends RouteDefinition>(route: R, input: CallInput<R>): Promise<ApiResult<SuccessBody<R>>>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

function failure(error: ApiError): { ok: false; error: ApiError } {
  return { ok: false, error };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.map(String).join('.') || '_'] ??= issue.code;
  return fieldErrors;
}

function queryString(query: unknown): string {
  if (typeof query !== 'object' || query === null) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

function defaultKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Reads a non-2xx response into an error; the body is parsed with the contract's open error shape. */
async function errorFromResponse(response: Response, retryAfterMs: number | null): Promise<ApiError> {
  const status = response.status;
  let parsed: z.infer<typeof errorBodySchema> | null;
  try {
    const result = errorBodySchema.safeParse(await response.json());
    parsed = result.success ? result.data : null;
  } catch {
    parsed = null;
  }
  const error: ApiError = {
    kind: errorKindOfStatus(status),
    status,
    code: parsed?.error.code ?? `http-${status}`,
    message: parsed?.error.message ?? `HTTP ${status} ${response.statusText}`.trim(),
  };
  if (parsed?.error.fieldErrors) error.fieldErrors = parsed.error.fieldErrors;
  if (parsed?.error.details !== undefined) error.details = parsed.error.details;
  if (retryAfterMs !== null) error.retryAfterSeconds = Math.ceil(retryAfterMs / 1000);
  return error;
}

/**
 * Creates a client on the host's fetch.
 *
 * Retries 429, 5xx and network failures with exponential backoff and jitter, honouring `Retry-After`,
 * only when a retry cannot do a thing twice: GET, HEAD, PUT, DELETE, or a request carrying an
 * `Idempotency-Key`. Responses are parsed with the contract: a malformed one is a `server` error that
 * names the problem.
 * @public
 */
export function createApiClient(hostFetch: HostFetch, options: ApiClientOptions = {}): ApiClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const newKey = options.newIdempotencyKey ?? defaultKey;

  async function call<R extends RouteDefinition>(route: R, input: CallInput<R>): Promise<ApiResult<SuccessBody<R>>> {
    const { signal } = input;
    const label = `${route.method} ${route.path}`;
    const aborted = (): { ok: false; error: ApiError } => failure({ kind: 'aborted', status: null, code: 'aborted', message: `${label} was cancelled` });

    let bodyText: string | undefined;
    if (route.body) {
      const parsedBody = route.body.safeParse(input.body);
      if (!parsedBody.success) {
        return failure({ kind: 'validation', status: null, code: 'invalid-request', message: `${label}: ${describeIssues(parsedBody.error)}`, fieldErrors: fieldErrorsOf(parsedBody.error) });
      }
      bodyText = JSON.stringify(parsedBody.data);
    }
    const params: Record<string, string> = input.params ?? {};
    const path = buildPath(route, params as PathParams<R>) + queryString(input.query);
    const headers = new Headers(input.headers);
    headers.set('Accept', route.produces ?? 'application/json');
    if (bodyText !== undefined) headers.set('Content-Type', 'application/json');
    const key = route.idempotencyKey ? (input.idempotencyKey ?? newKey()) : undefined;
    if (key !== undefined) headers.set('Idempotency-Key', key);
    const retrySafe = SAFE_METHODS.has(route.method) || key !== undefined;

    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) return aborted();
      let response: Response;
      try {
        response = await hostFetch(path, { method: route.method, headers, body: bodyText, signal });
      } catch (cause) {
        if (signal?.aborted) return aborted();
        const error: ApiError = { kind: 'network', status: null, code: 'network-error', message: `${label}: ${cause instanceof Error ? cause.message : 'no response'}` };
        if (!retrySafe || attempt >= policy.maxAttempts) return failure(error);
        if (!(await sleep(backoffDelay(attempt, policy, random), signal))) return aborted();
        continue;
      }

      if (response.status >= 200 && response.status < 300) {
        const schemas: Record<number, z.ZodType | undefined> = route.responses;
        const schema = schemas[response.status];
        if (!schema) {
          return failure({ kind: 'server', status: response.status, code: 'unexpected-status', message: `${label} answered ${response.status}, which the contract does not document` });
        }
        let raw: unknown;
        try {
          raw = response.status === 204 ? undefined : route.produces === 'text/csv' ? await response.text() : await response.json();
        } catch (cause) {
          if (signal?.aborted) return aborted();
          return failure({ kind: 'server', status: response.status, code: 'malformed-response', message: `${label} ${response.status}: the body is not readable (${cause instanceof Error ? cause.message : 'unknown'})` });
        }
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
          return failure({ kind: 'server', status: response.status, code: 'malformed-response', message: `${label} ${response.status}: ${describeIssues(parsed.error)}`, details: parsed.error.issues });
        }
        // The schema is the route's own for this 2xx status, so its output is that status's body type.
        return { ok: true, value: parsed.data as SuccessBody<R>, status: response.status };
      }

      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now());
      const error = await errorFromResponse(response, retryAfterMs);
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable || !retrySafe || attempt >= policy.maxAttempts) return failure(error);
      if (retryAfterMs !== null && retryAfterMs > policy.maxRetryAfterMs) return failure(error);
      const wait = retryAfterMs ?? backoffDelay(attempt, policy, random);
      if (!(await sleep(wait, signal))) return aborted();
    }
  }

  return { call };
}
