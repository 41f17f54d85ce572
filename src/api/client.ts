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
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  DEFAULT_TIMEOUT_MS,
  parseRetryAfter,
  realSleep,
  realTimer,
  type RetryPolicy,
  type Sleep,
  type StartTimer,
} from './retry';

/**
 * The typed client of the host APIs, on the host's fetch (`bridge.api.fetch`, which adds base URL,
 * token and account). Requests and responses are described by the route table of `src/contract`.
 */

/** The host's fetch: a path such as `/api/v1/seats` in, any response out; rejects only without a response. */
export type HostFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** Options of {@link createApiClient}; the clock, timers, sleep and dice are injectable so tests do not wait. */
export interface ApiClientOptions {
  retry?: Partial<RetryPolicy>;
  /**
   * How long one attempt may wait for its response, body included, before it is aborted and treated as
   * lost (retried where that is safe, then a `timeout` error); {@link DEFAULT_TIMEOUT_MS} by default.
   */
  timeoutMs?: number;
  /** Starts the timer of an attempt's timeout; `setTimeout` by default. */
  startTimer?: StartTimer;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  /** Makes idempotency keys; `crypto.randomUUID` by default. */
  newIdempotencyKey?: () => string;
}

/** Per-call options. */
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
  /** This call's own per-attempt timeout, in place of the client's. */
  timeoutMs?: number;
}

type ParamsPart<R extends RouteDefinition> = [PathParamNames<R['path']>] extends [never] ? { params?: undefined } : { params: PathParams<R> };
type QueryPart<R extends RouteDefinition> = R extends { query: z.ZodType } ? { query?: QueryInput<R> } : { query?: undefined };
type BodyPart<R extends RouteDefinition> = R extends { body: z.ZodType } ? { body: BodyInput<R> } : { body?: undefined };

/** What a call of a route takes: its path parameters, query and body, typed from the contract. */
export type CallInput<R extends RouteDefinition> = ParamsPart<R> & QueryPart<R> & BodyPart<R> & RequestOptions;

/** The client. */
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

/** Why an attempt ended before its response was read: its time was up, or the caller cancelled. */
type Interruption = 'timeout' | 'aborted';

/** One attempt of a call: its own signal, ended by the caller's signal or by its timeout. */
interface Attempt {
  /** Handed to the host's fetch, so the request itself is aborted, not just forgotten. */
  readonly signal: AbortSignal;
  /** Why the attempt was interrupted; null while it was not. */
  interruption(): Interruption | null;
  /**
   * Settles as `promise` does, or rejects as soon as the attempt is interrupted: a host fetch that does
   * not honour its signal, or a body that never ends, cannot hold the call.
   */
  within<T>(promise: Promise<T>): Promise<T>;
  /** Stops the timer and stops listening to the caller's signal. */
  end(): void;
}

function startAttempt(callerSignal: AbortSignal | undefined, timeoutMs: number, startTimer: StartTimer): Attempt {
  const controller = new AbortController();
  let interruption: Interruption | null = null;
  let rejectInterrupted: (reason: unknown) => void = () => undefined;
  const interrupted = new Promise<never>((_, reject) => {
    rejectInterrupted = reject;
  });
  // Nothing may be waiting on it when it rejects (between two reads of the attempt).
  interrupted.catch(() => undefined);
  const interrupt = (why: Interruption): void => {
    if (interruption !== null) return;
    interruption = why;
    const reason = why === 'timeout' ? new DOMException(`No response within ${timeoutMs} ms`, 'TimeoutError') : callerSignal?.reason;
    controller.abort(reason);
    rejectInterrupted(reason);
  };
  const onCallerAbort = (): void => interrupt('aborted');
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const cancelTimer = Number.isFinite(timeoutMs) && timeoutMs > 0 ? startTimer(timeoutMs, () => interrupt('timeout')) : () => undefined;
  return {
    signal: controller.signal,
    interruption: () => interruption,
    within: (promise) => Promise.race([promise, interrupted]),
    end: () => {
      cancelTimer();
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** What one attempt came to: the call's result, or an error that another attempt might not meet. */
type AttemptOutcome<T> = { result: ApiResult<T> } | { error: ApiError; retryable: boolean; retryAfterMs: number | null };

/**
 * Creates a client on the host's fetch.
 *
 * Retries 429, 5xx, network failures and attempts that timed out with exponential backoff and jitter,
 * honouring `Retry-After`, only when a retry cannot do a thing twice: GET, HEAD, PUT, DELETE, or a
 * request carrying an `Idempotency-Key` (the same key on every attempt, so the server replays what it
 * already did). Each attempt has a timeout: past it the request is aborted and counts as a lost
 * response; when no attempt is left the error is a `timeout` (the caller's own cancellation is
 * `aborted`). Responses are parsed with the contract: a malformed one is a `server` error that names
 * the problem.
 */
export function createApiClient(hostFetch: HostFetch, options: ApiClientOptions = {}): ApiClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const sleep = options.sleep ?? realSleep;
  const startTimer = options.startTimer ?? realTimer;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const newKey = options.newIdempotencyKey ?? defaultKey;
  const clientTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call<R extends RouteDefinition>(route: R, input: CallInput<R>): Promise<ApiResult<SuccessBody<R>>> {
    const { signal } = input;
    const label = `${route.method} ${route.path}`;
    const timeoutMs = input.timeoutMs ?? clientTimeoutMs;
    const aborted = (): { ok: false; error: ApiError } => failure({ kind: 'aborted', status: null, code: 'aborted', message: `${label} was cancelled` });

    let bodyText: string | undefined;
    if (route.body) {
      const parsedBody = route.body.safeParse(input.body);
      if (!parsedBody.success) {
        return failure({
          kind: 'validation',
          status: null,
          code: 'invalid-request',
          message: `${label}: ${describeIssues(parsedBody.error)}`,
          fieldErrors: fieldErrorsOf(parsedBody.error),
        });
      }
      bodyText = JSON.stringify(parsedBody.data);
    }
    const params: Record<string, string> = input.params ?? {};
    const path = buildPath(route, params as PathParams<R>) + queryString(input.query);
    const headers = new Headers(input.headers);
    headers.set('Accept', route.produces ?? 'application/json');
    if (bodyText !== undefined) headers.set('Content-Type', 'application/json');
    // One key for every attempt of the call: a retry after a lost or late response is replayed, not redone.
    const key = route.idempotencyKey ? (input.idempotencyKey ?? newKey()) : undefined;
    if (key !== undefined) headers.set('Idempotency-Key', key);
    const retrySafe = SAFE_METHODS.has(route.method) || key !== undefined;

    /** An attempt that got no (complete) response: cancelled, timed out, or a network failure. */
    const noResponse = (attempt: Attempt, cause: unknown): AttemptOutcome<SuccessBody<R>> => {
      const why = attempt.interruption() ?? (signal?.aborted ? 'aborted' : null);
      if (why === 'aborted') return { result: aborted() };
      if (why === 'timeout') {
        return {
          error: { kind: 'timeout', status: null, code: 'timeout', message: `${label}: no response within ${timeoutMs} ms` },
          retryable: true,
          retryAfterMs: null,
        };
      }
      return {
        error: { kind: 'network', status: null, code: 'network-error', message: `${label}: ${cause instanceof Error ? cause.message : 'no response'}` },
        retryable: true,
        retryAfterMs: null,
      };
    };

    const attemptOnce = async (attempt: Attempt): Promise<AttemptOutcome<SuccessBody<R>>> => {
      let response: Response;
      try {
        response = await attempt.within(hostFetch(path, { method: route.method, headers, body: bodyText, signal: attempt.signal }));
      } catch (cause) {
        return noResponse(attempt, cause);
      }

      if (response.status >= 200 && response.status < 300) {
        const schemas: Record<number, z.ZodType | undefined> = route.responses;
        const schema = schemas[response.status];
        if (!schema) {
          return {
            result: failure({
              kind: 'server',
              status: response.status,
              code: 'unexpected-status',
              message: `${label} answered ${response.status}, which the contract does not document`,
            }),
          };
        }
        let raw: unknown;
        try {
          raw = await attempt.within(response.status === 204 ? Promise.resolve(undefined) : route.produces === 'text/csv' ? response.text() : response.json());
        } catch (cause) {
          if (attempt.interruption() !== null || signal?.aborted) return noResponse(attempt, cause);
          return {
            result: failure({
              kind: 'server',
              status: response.status,
              code: 'malformed-response',
              message: `${label} ${response.status}: the body is not readable (${cause instanceof Error ? cause.message : 'unknown'})`,
            }),
          };
        }
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
          return {
            result: failure({
              kind: 'server',
              status: response.status,
              code: 'malformed-response',
              message: `${label} ${response.status}: ${describeIssues(parsed.error)}`,
              details: parsed.error.issues,
            }),
          };
        }
        // The schema is the route's own for this 2xx status, so its output is that status's body type.
        return { result: { ok: true, value: parsed.data as SuccessBody<R>, status: response.status } };
      }

      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now());
      let error: ApiError;
      try {
        error = await attempt.within(errorFromResponse(response, retryAfterMs));
      } catch (cause) {
        return noResponse(attempt, cause);
      }
      return { error, retryable: response.status === 429 || response.status >= 500, retryAfterMs };
    };

    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) return aborted();
      const current = startAttempt(signal, timeoutMs, startTimer);
      let outcome: AttemptOutcome<SuccessBody<R>>;
      try {
        outcome = await attemptOnce(current);
      } finally {
        current.end();
      }
      if ('result' in outcome) return outcome.result;
      const { error, retryable, retryAfterMs } = outcome;
      if (!retryable || !retrySafe || attempt >= policy.maxAttempts) return failure(error);
      if (retryAfterMs !== null && retryAfterMs > policy.maxRetryAfterMs) return failure(error);
      const wait = retryAfterMs ?? backoffDelay(attempt, policy, random);
      if (!(await sleep(wait, signal))) return aborted();
    }
  }

  return { call };
}
