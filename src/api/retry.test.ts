import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, realSleep, realTimer } from './retry';

describe('retry timing', () => {
  it('doubles the backoff step up to the ceiling, with jitter in the upper half', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 500 };
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, policy, () => 0))).toEqual([50, 100, 200, 250]);
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, policy, () => 0.999999))).toEqual([100, 200, 400, 500]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.UTC(2025, 0, 15, 9, 0, 0);
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBe(5000);
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('ends a sleep early when its signal aborts', async () => {
    const controller = new AbortController();
    const sleeping = realSleep(10_000, controller.signal);
    controller.abort();
    expect(await sleeping).toBe(false);
    expect(await realSleep(1)).toBe(true);
  });

  describe('the real attempt timer', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('expires after its time, and never once cancelled', () => {
      vi.useFakeTimers();
      const expired = vi.fn();
      realTimer(1000, expired);
      const cancelled = vi.fn();
      realTimer(1000, cancelled)();
      vi.advanceTimersByTime(999);
      expect(expired).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(expired).toHaveBeenCalledTimes(1);
      expect(cancelled).not.toHaveBeenCalled();
    });
  });
});
