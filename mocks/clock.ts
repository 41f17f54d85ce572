/**
 * Mock time. Seed data is dated relative to a fixed epoch; live behaviour (token expiry, Teams
 * activation progress) follows a clock that tests can move forward instead of waiting.
 */

/** The instant the seed data is dated from: 2025-01-15 09:00 UTC. */
export const SEED_EPOCH = Date.UTC(2025, 0, 15, 9, 0, 0);

/** The mock backend's clock. */
export interface MockClock {
  /** Milliseconds since 1970, like `Date.now()`. */
  now(): number;
  /** Moves mock time forward (never backward). */
  advance(ms: number): void;
  /** Back to real time. */
  reset(): void;
}

/** A clock that runs with real time plus an offset that `advance` grows. */
export function createMockClock(base: () => number = Date.now): MockClock {
  let offset = 0;
  return {
    now: () => base() + offset,
    advance: (ms) => {
      offset += Math.max(0, ms);
    },
    reset: () => {
      offset = 0;
    },
  };
}

/** An ISO timestamp. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Milliseconds in a minute, hour and day, for readable seed dates. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
