import type { RouteId } from '../src/contract';
import { createPrng, type Prng } from './prng';

/**
 * Fault injection for the mock backend, switchable per run. Rules are checked in order for each
 * request; each matching rule rolls its own dice (seeded, so a run is reproducible).
 */
export interface FaultRule {
  /** Only these routes (all when absent). */
  routes?: RouteId[];
  /** Delay before answering: a fixed number of ms, or a random one in a range. */
  latencyMs?: number | { min: number; max: number };
  /** Share of requests (0..1) that fail with a server error, before anything is changed. */
  errorRate?: number;
  /** The status of those errors; 503 by default. */
  errorStatus?: 500 | 502 | 503 | 504;
  /** Share of requests (0..1) refused with 429. */
  rateLimitRate?: number;
  /** The `Retry-After` of those 429s, in seconds (1 by default); `'date'` sends an HTTP date 1 s ahead. */
  retryAfter?: number | 'date';
  /** Share of requests (0..1) whose response is lost AFTER the server committed the change. */
  dropRate?: number;
  /**
   * Share of requests (0..1) that never get an answer: the handler waits until the request is aborted
   * (or the faults are cleared), then the connection fails. Before anything is changed, unless
   * `hangAfterCommit`.
   */
  hangRate?: number;
  /** The hanging requests commit their change first, then never answer: the dangerous kind of hang. */
  hangAfterCommit?: boolean;
  /** The rule applies to this many matching requests, then retires itself. */
  times?: number;
}

/** What the handler must do to one request. */
export interface FaultDecision {
  latencyMs: number;
  /** Answer with this error status before doing anything. */
  error: { status: 429; retryAfter: string } | { status: 500 | 502 | 503 | 504 } | null;
  /** Do the work, then lose the response. */
  drop: boolean;
  /** Never answer: before doing anything, or after committing the change. */
  hang: 'before' | 'after-commit' | null;
}

/** The fault controls of one backend. */
export class FaultInjector {
  private rules: Array<FaultRule & { remaining: number }> = [];
  private prng: Prng;
  /** Ends each request now hanging; clearing the faults ends them all. */
  private readonly hangs = new Set<() => void>();

  constructor(
    private readonly now: () => number,
    seed = 7,
  ) {
    this.prng = createPrng(seed);
  }

  /** Replaces the rules (one or several). */
  set(rules: FaultRule | FaultRule[], seed?: number): void {
    const list = Array.isArray(rules) ? rules : [rules];
    this.rules = list.map((rule) => ({ ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY }));
    if (seed !== undefined) this.prng = createPrng(seed);
  }

  /** Removes every rule, and lets every hanging request fail (so no handler waits forever). */
  clear(): void {
    this.rules = [];
    for (const release of [...this.hangs]) release();
  }

  /** How many requests are hanging now. */
  get hanging(): number {
    return this.hangs.size;
  }

  /**
   * Waits as a server that never answers: until `signal` aborts (the client gave up) or the faults are
   * cleared. The handler then fails the connection; the client has long stopped listening.
   */
  hang(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const release = (): void => {
        signal.removeEventListener('abort', release);
        this.hangs.delete(release);
        resolve();
      };
      if (signal.aborted) return resolve();
      this.hangs.add(release);
      signal.addEventListener('abort', release, { once: true });
    });
  }

  /** The active rules, for the control panel. */
  list(): FaultRule[] {
    return this.rules.map(({ remaining, ...rule }) => (Number.isFinite(remaining) ? { ...rule, times: remaining } : rule));
  }

  /** Rolls the dice for one request. */
  decide(routeId: RouteId): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, error: null, drop: false, hang: null };
    for (const rule of this.rules) {
      if (rule.remaining <= 0) continue;
      if (rule.routes && !rule.routes.includes(routeId)) continue;
      rule.remaining -= 1;
      if (rule.latencyMs !== undefined) {
        decision.latencyMs += typeof rule.latencyMs === 'number' ? rule.latencyMs : this.prng.int(rule.latencyMs.min, rule.latencyMs.max);
      }
      if (decision.error || decision.hang) continue;
      if (rule.rateLimitRate !== undefined && this.prng.next() < rule.rateLimitRate) {
        const retryAfter = rule.retryAfter === 'date' ? new Date(this.now() + 1000).toUTCString() : String(rule.retryAfter ?? 1);
        decision.error = { status: 429, retryAfter };
      } else if (rule.errorRate !== undefined && this.prng.next() < rule.errorRate) {
        decision.error = { status: rule.errorStatus ?? 503 };
      } else if (rule.dropRate !== undefined && this.prng.next() < rule.dropRate) {
        decision.drop = true;
      } else if (rule.hangRate !== undefined && this.prng.next() < rule.hangRate) {
        decision.hang = rule.hangAfterCommit ? 'after-commit' : 'before';
      }
    }
    this.rules = this.rules.filter((rule) => rule.remaining > 0);
    return decision;
  }
}
