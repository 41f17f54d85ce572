import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { routes } from '../contract';
import { createHostFetch, FABRIKAM, loginAsDemoUser, mockControls, mockFaults, NORTHWIND, SEED_COUNTS, server, type HostFetch } from '../../mocks/node';
import { withMockServer } from '../../mocks/vitest';
import { lookupAccount } from './accounts';
import { createApiClient, type ApiClientOptions } from './client';
import { createSeatJob, getSeatJob, sendSeatJobChunk } from './seat-jobs';
import { createSeat, listSeats, validateSeats } from './seats';
import { downloadSeatTemplateCsv, getSeatTemplate } from './template';
import { DEFAULT_TIMEOUT_MS, realSleep, type StartTimer } from './retry';

withMockServer();

/** A client whose sleeps are recorded instead of waited for. */
function testClient(fetchFn: HostFetch, options: ApiClientOptions = {}) {
  const sleeps: number[] = [];
  const client = createApiClient(fetchFn, {
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      return !signal?.aborted;
    },
    random: () => 0.5,
    ...options,
  });
  return { client, sleeps };
}

/** Counts the requests that reach the host fetch (the real one, answered by the mock backend). */
function counting(fetchFn: HostFetch): { fetch: HostFetch; count: () => number } {
  let count = 0;
  return {
    fetch: (path, init) => {
      count += 1;
      return fetchFn(path, init);
    },
    count: () => count,
  };
}

/** Attempt timers that expire when the test says so, not after real time. */
function manualTimers() {
  const pending = new Set<() => void>();
  const started: number[] = [];
  const startTimer: StartTimer = (ms, onExpire) => {
    started.push(ms);
    pending.add(onExpire);
    return () => void pending.delete(onExpire);
  };
  return {
    startTimer,
    /** The timeout of every attempt started so far, in ms. */
    started,
    /** Expires the running attempts' timers. */
    expire: () => {
      for (const onExpire of [...pending]) {
        pending.delete(onExpire);
        onExpire();
      }
    },
  };
}

/** Waits until the mock backend holds `count` requests without answering them. */
const hangingReaches = (count: number) => vi.waitFor(() => expect(mockFaults.hanging).toBe(count));

/** Counts the requests that reach the host fetch and keeps the Idempotency-Key each carried. */
function keyed(fetchFn: HostFetch): { fetch: HostFetch; keys: (string | null)[] } {
  const keys: (string | null)[] = [];
  return {
    fetch: (path, init) => {
      keys.push(new Headers(init?.headers).get('Idempotency-Key'));
      return fetchFn(path, init);
    },
    keys,
  };
}

const newSeat = { firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@example.com', extension: '1300', site: 'Headquarters' };

describe('api client: results', () => {
  it('parses a success with the contract schema', async () => {
    const { client } = testClient((await loginAsDemoUser()).fetch);
    const result = await listSeats(client, { sort: 'extension', limit: 5 });
    expect(result).toMatchObject({ ok: true, status: 200, value: { total: SEED_COUNTS.northwindSeats } });
    if (result.ok) expect(result.value.items.map((seat) => seat.extension)).toEqual(['1000', '1001', '1002', '1003', '1004']);
  });

  it('reads CSV routes as text', async () => {
    const { client } = testClient((await loginAsDemoUser()).fetch);
    const result = await downloadSeatTemplateCsv(client);
    expect(result.ok && result.value.startsWith('First Name,Last Name,Email')).toBe(true);
  });

  it('maps an expired session to unauthorized', async () => {
    const session = await loginAsDemoUser();
    mockControls.expireSessions();
    const result = await listSeats(testClient(session.fetch).client);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'unauthorized', status: 401, code: 'session-expired' }) });
  });

  it('maps an account the user may not open to forbidden', async () => {
    const session = await loginAsDemoUser();
    const result = await listSeats(testClient(createHostFetch({ accessToken: session.accessToken, accountId: FABRIKAM.id })).client);
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'account-forbidden' } });
  });

  it('maps a missing job to not-found', async () => {
    const result = await getSeatJob(testClient((await loginAsDemoUser()).fetch).client, 'job-0');
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found', status: 404, code: 'job-not-found' } });
  });

  it('maps taken values to conflict and unknown values to validation, with field errors', async () => {
    const { client } = testClient((await loginAsDemoUser()).fetch);
    expect(await createSeat(client, newSeat)).toMatchObject({ ok: true, status: 201 });
    expect(await createSeat(client, newSeat)).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'seat-conflict', fieldErrors: { email: 'taken', extension: 'taken' } },
    });
    expect(await createSeat(client, { ...newSeat, email: 'g2@example.com', extension: '1301', site: 'Moon' })).toMatchObject({
      ok: false,
      error: { kind: 'validation', status: 422, fieldErrors: { site: 'unknown-site' } },
    });
  });

  it('refuses a body that breaks the contract before sending it', async () => {
    const counter = counting((await loginAsDemoUser()).fetch);
    const result = await createSeat(testClient(counter.fetch).client, { ...newSeat, extension: '1' });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'validation', status: null, code: 'invalid-request', fieldErrors: { extension: 'invalid_format' } },
    });
    expect(counter.count()).toBe(0);
  });

  it('turns a response that breaks the contract into a server error naming the problem', async () => {
    server.use(http.get('*/api/v1/seat-template', () => HttpResponse.json({ version: '1' })));
    const result = await getSeatTemplate(testClient((await loginAsDemoUser()).fetch).client);
    expect(result).toMatchObject({ ok: false, error: { kind: 'server', code: 'malformed-response', status: 200 } });
    if (!result.ok) expect(result.error.message).toContain('columns');
  });

  it('turns the bridge lookup reasons into values', async () => {
    const { client } = testClient((await loginAsDemoUser()).fetch);
    expect(await lookupAccount(client, '12ab')).toMatchObject({ ok: true, value: { ok: false, reason: 'invalid' } });
    expect(await lookupAccount(client, '999999')).toMatchObject({ ok: true, value: { ok: false, reason: 'not-found' } });
    expect(await lookupAccount(client, FABRIKAM.id)).toMatchObject({ ok: true, value: { ok: false, reason: 'forbidden' } });
    expect(await lookupAccount(client, NORTHWIND.id)).toMatchObject({ ok: true, value: { ok: true, account: NORTHWIND } });
  });
});

describe('api client: retries', () => {
  it('retries 5xx of a GET with growing backoff and succeeds', async () => {
    const { client, sleeps } = testClient((await loginAsDemoUser()).fetch, { retry: { baseDelayMs: 100 } });
    mockControls.setFaults({ routes: ['getSeatTemplate'], errorRate: 1, times: 2 });
    expect(await getSeatTemplate(client)).toMatchObject({ ok: true });
    expect(sleeps).toEqual([75, 150]);
  });

  it('gives up after the attempts allowed, with the server error', async () => {
    const counter = counting((await loginAsDemoUser()).fetch);
    mockControls.setFaults({ routes: ['getSeatTemplate'], errorRate: 1, errorStatus: 500 });
    const result = await getSeatTemplate(testClient(counter.fetch, { retry: { maxAttempts: 3 } }).client);
    expect(result).toMatchObject({ ok: false, error: { kind: 'server', status: 500, code: 'internal-error' } });
    expect(counter.count()).toBe(3);
  });

  it('waits as long as Retry-After says, in seconds', async () => {
    const { client, sleeps } = testClient((await loginAsDemoUser()).fetch);
    mockControls.setFaults({ routes: ['listSeats'], rateLimitRate: 1, retryAfter: 3, times: 2 });
    expect(await listSeats(client)).toMatchObject({ ok: true });
    expect(sleeps).toEqual([3000, 3000]);
  });

  it('waits until the HTTP date of Retry-After', async () => {
    const { client, sleeps } = testClient((await loginAsDemoUser()).fetch);
    mockControls.setFaults({ routes: ['listSeats'], rateLimitRate: 1, retryAfter: 'date', times: 1 });
    expect(await listSeats(client)).toMatchObject({ ok: true });
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(0);
    expect(sleeps[0]).toBeLessThanOrEqual(1000);
  });

  it('returns rate-limited when 429 persists, with the Retry-After', async () => {
    const { client } = testClient((await loginAsDemoUser()).fetch, { retry: { maxAttempts: 2 } });
    mockControls.setFaults({ routes: ['listSeats'], rateLimitRate: 1, retryAfter: 2 });
    expect(await listSeats(client)).toMatchObject({ ok: false, error: { kind: 'rate-limited', status: 429, retryAfterSeconds: 2 } });
  });

  it('does not wait for a Retry-After longer than the policy allows', async () => {
    const { client, sleeps } = testClient((await loginAsDemoUser()).fetch, { retry: { maxRetryAfterMs: 1000 } });
    mockControls.setFaults({ routes: ['listSeats'], rateLimitRate: 1, retryAfter: 120, times: 1 });
    expect(await listSeats(client)).toMatchObject({ ok: false, error: { kind: 'rate-limited', retryAfterSeconds: 120 } });
    expect(sleeps).toEqual([]);
  });

  it('retries a GET whose response was lost, and reports network errors when they persist', async () => {
    const { client } = testClient((await loginAsDemoUser()).fetch);
    mockControls.setFaults({ routes: ['listSeats'], dropRate: 1, times: 1 });
    expect(await listSeats(client)).toMatchObject({ ok: true });
    mockControls.setFaults({ routes: ['listSeats'], dropRate: 1 });
    expect(await listSeats(client)).toMatchObject({ ok: false, error: { kind: 'network', status: null, code: 'network-error' } });
  });

  it('never retries a POST without an idempotency key', async () => {
    const counter = counting((await loginAsDemoUser()).fetch);
    mockControls.setFaults({ routes: ['validateSeats'], errorRate: 1, times: 1 });
    const result = await validateSeats(testClient(counter.fetch).client, { rows: [{ index: 0, email: 'a@example.com' }] });
    expect(result).toMatchObject({ ok: false, error: { kind: 'server', status: 503 } });
    expect(counter.count()).toBe(1);
    mockControls.setFaults({ routes: ['validateSeats'], dropRate: 1, times: 1 });
    expect(await validateSeats(testClient(counter.fetch).client, { rows: [] })).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(counter.count()).toBe(2);
  });

  it('retries a POST with its idempotency key after a lost response, creating the seat once', async () => {
    const { client } = testClient((await loginAsDemoUser()).fetch);
    mockControls.setFaults({ routes: ['createSeat'], dropRate: 1, times: 1 });
    expect(await createSeat(client, newSeat)).toMatchObject({ ok: true, status: 201, value: { email: newSeat.email } });
    expect(mockControls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(SEED_COUNTS.northwindSeats + 1);
  });

  it('replays a chunk sent again with the caller key, even from a new client', async () => {
    const session = await loginAsDemoUser();
    const job = await createSeatJob(testClient(session.fetch).client, { rowCount: 1, fileName: 'one.csv' });
    if (!job.ok) throw new Error('job not created');
    const rows = [{ rowNumber: 1, seat: newSeat }];
    const first = await sendSeatJobChunk(testClient(session.fetch).client, job.value.id, rows, 'chunk-1');
    const again = await sendSeatJobChunk(testClient(session.fetch).client, job.value.id, rows, 'chunk-1');
    expect(first).toMatchObject({ ok: true, value: { replayed: false, results: [{ status: 'created' }] } });
    expect(again).toMatchObject({ ok: true, value: { replayed: true, results: [{ status: 'created' }] } });
    expect(mockControls.snapshot().seatsCreatedByIdempotencyKey['chunk-1']).toBe(1);
  });
});

describe('api client: timeouts', () => {
  it('aborts a GET that gets no answer when its attempt times out, and retries it', async () => {
    const timers = manualTimers();
    const { client, sleeps } = testClient((await loginAsDemoUser()).fetch, { startTimer: timers.startTimer });
    mockControls.setFaults({ routes: ['listSeats'], hangRate: 1, times: 1 });
    const listing = listSeats(client, { limit: 1 });
    await hangingReaches(1);
    timers.expire();
    expect(await listing).toMatchObject({ ok: true, value: { total: SEED_COUNTS.northwindSeats } });
    // The abort reached the request itself: the server no longer holds it.
    expect(mockFaults.hanging).toBe(0);
    expect(timers.started).toEqual([DEFAULT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS]);
    expect(sleeps).toHaveLength(1);
  });

  it('retries a POST that committed and then never answered with the same idempotency key, creating the seat once', async () => {
    const timers = manualTimers();
    const sent = keyed((await loginAsDemoUser()).fetch);
    const { client } = testClient(sent.fetch, { startTimer: timers.startTimer });
    mockControls.setFaults({ routes: ['createSeat'], hangRate: 1, hangAfterCommit: true, times: 1 });
    const creating = createSeat(client, newSeat);
    await hangingReaches(1);
    expect(mockControls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(SEED_COUNTS.northwindSeats + 1);
    timers.expire();
    expect(await creating).toMatchObject({ ok: true, status: 201, value: { email: newSeat.email } });
    expect(mockControls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(SEED_COUNTS.northwindSeats + 1);
    expect(sent.keys).toHaveLength(2);
    expect(sent.keys[0]).toMatch(/\S/);
    expect(sent.keys[1]).toBe(sent.keys[0]);
  });

  it('never retries a timed-out POST without an idempotency key, and names the timeout', async () => {
    const timers = manualTimers();
    const counter = counting((await loginAsDemoUser()).fetch);
    const { client } = testClient(counter.fetch, { startTimer: timers.startTimer });
    mockControls.setFaults({ routes: ['validateSeats'], hangRate: 1 });
    const validating = validateSeats(client, { rows: [{ index: 0, email: 'a@example.com' }] });
    await hangingReaches(1);
    timers.expire();
    expect(await validating).toEqual({ ok: false, error: { kind: 'timeout', status: null, code: 'timeout', message: expect.stringContaining('30000 ms') } });
    expect(counter.count()).toBe(1);
  });

  it('returns a timeout once every attempt timed out', async () => {
    const timers = manualTimers();
    const counter = counting((await loginAsDemoUser()).fetch);
    const { client } = testClient(counter.fetch, { startTimer: timers.startTimer, retry: { maxAttempts: 3 } });
    mockControls.setFaults({ routes: ['listSeats'], hangRate: 1 });
    const listing = listSeats(client);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await hangingReaches(1);
      timers.expire();
      await vi.waitFor(() => expect(mockFaults.hanging).toBe(0));
    }
    expect(await listing).toMatchObject({ ok: false, error: { kind: 'timeout', status: null, code: 'timeout' } });
    expect(counter.count()).toBe(3);
  });

  it('uses the timeout of the call over the client one, and times out a host fetch that ignores its signal', async () => {
    const timers = manualTimers();
    const session = await loginAsDemoUser();
    // A host whose fetch drops the signal: only the client's own deadline can end the wait.
    const deaf: HostFetch = (path, init) => session.fetch(path, { ...init, signal: undefined });
    const { client } = testClient(deaf, { startTimer: timers.startTimer, timeoutMs: 10_000, retry: { maxAttempts: 1 } });
    mockControls.setFaults({ routes: ['listSeats'], hangRate: 1 });
    const listing = client.call(routes.listSeats, { timeoutMs: 2_000 });
    await hangingReaches(1);
    timers.expire();
    expect(await listing).toMatchObject({ ok: false, error: { kind: 'timeout', message: expect.stringContaining('2000 ms') } });
    expect(timers.started).toEqual([2_000]);
  });

  it('times out a response whose body never ends', async () => {
    const timers = manualTimers();
    server.use(
      http.get(
        '*/api/v1/seat-template',
        () => new HttpResponse(new ReadableStream({ start: () => undefined }), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const session = await loginAsDemoUser();
    let headersArrived = false;
    const watched: HostFetch = async (path, init) => {
      const response = await session.fetch(path, init);
      headersArrived = true;
      return response;
    };
    const { client } = testClient(watched, { startTimer: timers.startTimer, retry: { maxAttempts: 1 } });
    const reading = getSeatTemplate(client);
    // The deadline meets the body being read, not the request.
    await vi.waitFor(() => expect(headersArrived).toBe(true));
    timers.expire();
    expect(await reading).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });

  it('returns aborted, not timeout, when the caller cancels a request that gets no answer', async () => {
    const timers = manualTimers();
    const { client } = testClient((await loginAsDemoUser()).fetch, { startTimer: timers.startTimer });
    mockControls.setFaults({ routes: ['listSeats'], hangRate: 1 });
    const controller = new AbortController();
    const listing = listSeats(client, {}, { signal: controller.signal });
    await hangingReaches(1);
    controller.abort();
    expect(await listing).toMatchObject({ ok: false, error: { kind: 'aborted', code: 'aborted' } });
    await hangingReaches(0);
  });

  it('times out with the real timer when no answer comes in time', async () => {
    const client = createApiClient((await loginAsDemoUser()).fetch, { timeoutMs: 30, retry: { maxAttempts: 1 } });
    mockControls.setFaults({ routes: ['listSeats'], hangRate: 1 });
    expect(await listSeats(client)).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });
});

describe('api client: cancellation', () => {
  it('returns aborted for a signal aborted before the call', async () => {
    const counter = counting((await loginAsDemoUser()).fetch);
    const controller = new AbortController();
    controller.abort();
    expect(await listSeats(testClient(counter.fetch).client, {}, { signal: controller.signal })).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(counter.count()).toBe(0);
  });

  it('returns aborted when the signal fires during the request', async () => {
    const { client } = testClient((await loginAsDemoUser()).fetch);
    mockControls.setFaults({ routes: ['listSeats'], latencyMs: 2000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    expect(await listSeats(client, {}, { signal: controller.signal })).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('returns aborted when the signal fires during the backoff wait', async () => {
    const client = createApiClient((await loginAsDemoUser()).fetch, { sleep: realSleep, retry: { baseDelayMs: 10_000 } });
    mockControls.setFaults({ routes: ['listSeats'], errorRate: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    expect(await client.call(routes.listSeats, { signal: controller.signal })).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
