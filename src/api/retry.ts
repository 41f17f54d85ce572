/** Retry timing: exponential backoff with jitter, `Retry-After`, and a sleep that an AbortSignal ends. */

/** How a client retries 429, 5xx and network failures of safe requests. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The first backoff step; each next one doubles. */
  baseDelayMs: number;
  /** No backoff step is longer. */
  maxDelayMs: number;
  /** A longer `Retry-After` is not waited for: the error is returned with `retryAfterSeconds`. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 300, maxDelayMs: 8000, maxRetryAfterMs: 60_000 };

/**
 * The wait before retry number `retry` (1 for the first retry): half of the exponential step plus a
 * random share of the other half, so that many clients failing together do not retry together.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * The `Retry-After` header in milliseconds: delta-seconds or an HTTP date. Null when absent or not
 * understood.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Sleeps, or ends early (resolving `false`) when the signal aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<boolean>;

/** The real sleep: a timer, cleared on abort. Resolves true when the full time passed. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(false);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** How long one attempt of a call may wait for its response before it is abandoned, by default. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Starts a timer that calls `onExpire` after `ms` and returns what cancels it; injectable so tests do not wait. */
export type StartTimer = (ms: number, onExpire: () => void) => () => void;

/** The real timer. */
export const realTimer: StartTimer = (ms, onExpire) => {
  const timer = setTimeout(onExpire, ms);
  return () => clearTimeout(timer);
};
