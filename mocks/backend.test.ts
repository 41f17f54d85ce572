import { describe, expect, it, vi } from 'vitest';
import { createSeedState } from './data/seed';
import { SEED_COUNTS, STEP_DURATION_MS, loginAsDemoUser, mockBackend, mockControls, mockFaults, NORTHWIND, CONTOSO } from './node';
import { withMockServer } from './vitest';

withMockServer();

const seat = (n: number) => ({ firstName: 'Test', lastName: `Person ${n}`, email: `test.${n}@example.com`, extension: String(5000 + n), site: 'Remote' });

async function postJson(
  fetchFn: (path: string, init?: RequestInit) => Promise<Response>,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetchFn(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('seed', () => {
  it('is the same on every run, except nothing random is in it', () => {
    expect(JSON.stringify(createSeedState())).toBe(JSON.stringify(createSeedState()));
  });

  it('matches DESIGN.md section 4 for Northwind Traders', () => {
    const state = createSeedState();
    const northwind = state.bulk[NORTHWIND.id];
    expect(northwind?.seats).toHaveLength(SEED_COUNTS.northwindSeats);
    expect(northwind?.seats.map((item) => item.extension)).toEqual(Array.from({ length: 250 }, (_, index) => String(1000 + index)));
    expect(northwind?.seats.every((item) => item.email.endsWith('@example.com'))).toBe(true);
    expect(new Set(northwind?.seats.map((item) => item.email.toLowerCase())).size).toBe(250);
    expect(northwind?.numberPool[0]).toBe('+14155550100');
    expect(northwind?.numberPool.at(-1)).toBe('+14155550199');
    const deskPhones = new Set(['Yealink T54W', 'Yealink T46U', 'Poly VVX 450']);
    expect(northwind?.seats.filter((item) => item.deviceModel !== null && deskPhones.has(item.deviceModel)).every((item) => item.macAddress !== null)).toBe(
      true,
    );
    expect(state.teams[NORTHWIND.id]?.tenant.status).toBe('inactive');
    expect(state.teams[CONTOSO.id]?.tenant.status).toBe('active');
    expect(state.teams[NORTHWIND.id]?.users).toHaveLength(SEED_COUNTS.northwindTeamsUsers);
  });
});

describe('sessions', () => {
  it('refuses a missing, unknown or expired token, and a forbidden account', async () => {
    const session = await loginAsDemoUser();
    expect((await fetch('http://portal.test/api/v1/seats', { headers: { 'X-Account-Id': NORTHWIND.id } })).status).toBe(401);
    expect((await session.fetch('/api/v1/seats', { headers: { 'X-Account-Id': '100003' } })).status).toBe(200);
    const forbidden = await fetch('http://portal.test/api/v1/seats', { headers: { Authorization: `Bearer ${session.accessToken}`, 'X-Account-Id': '100003' } });
    expect(forbidden.status).toBe(403);
    mockControls.setSessionConfig({ accessTokenTtlSeconds: 60 });
    const shortLived = await loginAsDemoUser();
    mockControls.advanceTime(61_000);
    const expired = await shortLived.fetch('/api/v1/seats');
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: { code: 'session-expired' } });
  });

  it('expireSessions() ends every session, optionally keeping refresh tokens', async () => {
    const session = await loginAsDemoUser();
    mockControls.expireSessions({ keepRefreshTokens: true });
    expect((await session.fetch('/api/v1/seats')).status).toBe(401);
    expect((await postJson(fetch, 'http://portal.test/api/v1/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(200);
    mockControls.expireSessions();
    const again = await loginAsDemoUser();
    mockControls.expireSessions();
    expect((await postJson(fetch, 'http://portal.test/api/v1/auth/refresh', { refreshToken: again.refreshToken })).status).toBe(401);
  });
});

describe('bulk seat jobs', () => {
  it('replays a chunk sent again with the same Idempotency-Key and never creates twice', async () => {
    const session = await loginAsDemoUser();
    const job = (await (await postJson(session.fetch, '/api/v1/seat-jobs', { rowCount: 2, fileName: 'two.csv' })).json()) as { id: string };
    const chunk = {
      rows: [
        { rowNumber: 1, seat: seat(1) },
        { rowNumber: 2, seat: seat(2) },
      ],
    };
    const first = await (await postJson(session.fetch, `/api/v1/seat-jobs/${job.id}/chunks`, chunk, { 'Idempotency-Key': 'chunk-a' })).json();
    const second = await postJson(session.fetch, `/api/v1/seat-jobs/${job.id}/chunks`, chunk, { 'Idempotency-Key': 'chunk-a' });
    expect(second.headers.get('Idempotency-Replayed')).toBe('true');
    expect(await second.json()).toEqual({ ...first, replayed: true });
    const snapshot = mockControls.snapshot();
    expect(snapshot.seatsByAccount[NORTHWIND.id]).toBe(SEED_COUNTS.northwindSeats + 2);
    expect(snapshot.seatsCreatedByIdempotencyKey['chunk-a']).toBe(2);
    const reused = await postJson(
      session.fetch,
      `/api/v1/seat-jobs/${job.id}/chunks`,
      { rows: [{ rowNumber: 1, seat: seat(3) }] },
      { 'Idempotency-Key': 'chunk-a' },
    );
    expect(reused.status).toBe(409);
  });

  it('commits a chunk whose response is dropped, so the retry with the same key replays it', async () => {
    const session = await loginAsDemoUser();
    const job = (await (await postJson(session.fetch, '/api/v1/seat-jobs', { rowCount: 1, fileName: 'one.csv' })).json()) as { id: string };
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], dropRate: 1, times: 1 });
    const chunk = { rows: [{ rowNumber: 1, seat: seat(9) }] };
    await expect(postJson(session.fetch, `/api/v1/seat-jobs/${job.id}/chunks`, chunk, { 'Idempotency-Key': 'lost' })).rejects.toThrow();
    expect(mockControls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(SEED_COUNTS.northwindSeats + 1);
    const retried = await postJson(session.fetch, `/api/v1/seat-jobs/${job.id}/chunks`, chunk, { 'Idempotency-Key': 'lost' });
    expect(await retried.json()).toMatchObject({ replayed: true, results: [{ rowNumber: 1, status: 'created' }], job: { status: 'completed' } });
    expect(mockControls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(SEED_COUNTS.northwindSeats + 1);
  });

  it('fails rows whose values another seat holds, case-insensitively', async () => {
    const session = await loginAsDemoUser();
    const existing = mockBackend.bulk(NORTHWIND.id).seats[0];
    const job = (await (await postJson(session.fetch, '/api/v1/seat-jobs', { rowCount: 2, fileName: 'dup.csv' })).json()) as { id: string };
    const response = await postJson(
      session.fetch,
      `/api/v1/seat-jobs/${job.id}/chunks`,
      {
        rows: [
          { rowNumber: 1, seat: { ...seat(1), email: existing?.email.toUpperCase() } },
          { rowNumber: 2, seat: { ...seat(2), extension: '1000' } },
        ],
      },
      { 'Idempotency-Key': 'dup' },
    );
    expect(await response.json()).toMatchObject({
      results: [
        { status: 'failed', code: 'taken', fieldErrors: { email: 'taken' } },
        { status: 'failed', fieldErrors: { extension: 'taken' } },
      ],
    });
  });
});

describe('faults', () => {
  it('answers 429 with Retry-After and 5xx as configured, then stops after `times`', async () => {
    const session = await loginAsDemoUser();
    mockControls.setFaults([
      { routes: ['listSeats'], rateLimitRate: 1, retryAfter: 3, times: 1 },
      { routes: ['getSeatTemplate'], errorRate: 1, errorStatus: 500, times: 1 },
    ]);
    const limited = await session.fetch('/api/v1/seats');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('3');
    expect((await session.fetch('/api/v1/seats')).status).toBe(200);
    expect((await session.fetch('/api/v1/seat-template')).status).toBe(500);
    expect((await session.fetch('/api/v1/seat-template')).status).toBe(200);
  });

  it('leaves a hanging request unanswered until its client aborts it, having changed nothing', async () => {
    const session = await loginAsDemoUser();
    const job = (await (await postJson(session.fetch, '/api/v1/seat-jobs', { rowCount: 1, fileName: 'one.csv' })).json()) as { id: string };
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], hangRate: 1, times: 1 });
    const controller = new AbortController();
    const chunk = { rows: [{ rowNumber: 1, seat: seat(7) }] };
    const sent = session.fetch(`/api/v1/seat-jobs/${job.id}/chunks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'hang' },
      body: JSON.stringify(chunk),
      signal: controller.signal,
    });
    const settled = vi.fn();
    sent.then(settled, settled);
    await vi.waitFor(() => expect(mockFaults.hanging).toBe(1));
    // Other requests go on meanwhile; the hanging one has neither answered nor created its seat.
    expect((await session.fetch('/api/v1/seat-template')).status).toBe(200);
    expect(settled).not.toHaveBeenCalled();
    expect(mockControls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(SEED_COUNTS.northwindSeats);
    controller.abort();
    await expect(sent).rejects.toThrow();
    await vi.waitFor(() => expect(mockFaults.hanging).toBe(0));
    const retried = await postJson(session.fetch, `/api/v1/seat-jobs/${job.id}/chunks`, chunk, { 'Idempotency-Key': 'hang' });
    expect(await retried.json()).toMatchObject({ replayed: false, results: [{ status: 'created' }] });
  });

  it('commits a request that hangs after commit, so the retry with the same key replays it', async () => {
    const session = await loginAsDemoUser();
    const job = (await (await postJson(session.fetch, '/api/v1/seat-jobs', { rowCount: 1, fileName: 'one.csv' })).json()) as { id: string };
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], hangRate: 1, hangAfterCommit: true, times: 1 });
    const chunk = { rows: [{ rowNumber: 1, seat: seat(8) }] };
    const sent = postJson(session.fetch, `/api/v1/seat-jobs/${job.id}/chunks`, chunk, { 'Idempotency-Key': 'late' });
    await vi.waitFor(() => expect(mockFaults.hanging).toBe(1));
    expect(mockControls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(SEED_COUNTS.northwindSeats + 1);
    // Clearing the faults ends every hang as a failed connection, so no handler waits forever.
    mockControls.clearFaults();
    await expect(sent).rejects.toThrow();
    expect(mockFaults.hanging).toBe(0);
    const retried = await postJson(session.fetch, `/api/v1/seat-jobs/${job.id}/chunks`, chunk, { 'Idempotency-Key': 'late' });
    expect(await retried.json()).toMatchObject({ replayed: true, results: [{ status: 'created' }] });
    expect(mockControls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(SEED_COUNTS.northwindSeats + 1);
  });

  it('delays responses by the configured latency', async () => {
    const session = await loginAsDemoUser();
    mockControls.setFaults({ latencyMs: 120 });
    const started = performance.now();
    await session.fetch('/api/v1/seat-template');
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });
});

describe('Teams activation', () => {
  it('runs the steps one after another in mock time, stops at a failing step and resumes on retry', async () => {
    const session = await loginAsDemoUser();
    mockControls.failActivationStep('pstn-gateway');
    await session.fetch('/api/v1/teams/tenant/activation', { method: 'POST' });
    const read = async () =>
      (await (await session.fetch('/api/v1/teams/tenant')).json()) as { activation: { status: string; steps: Array<{ id: string; status: string }> } };
    expect((await read()).activation.steps.map((step) => step.status)).toEqual(['in-progress', 'pending', 'pending', 'pending', 'pending']);
    mockControls.advanceTime(STEP_DURATION_MS * 2);
    expect((await read()).activation.steps.map((step) => step.status)).toEqual(['succeeded', 'succeeded', 'in-progress', 'pending', 'pending']);
    mockControls.advanceTime(STEP_DURATION_MS * 5);
    const failed = await read();
    expect(failed.activation.status).toBe('failed');
    expect(failed.activation.steps[3]).toMatchObject({ id: 'pstn-gateway', status: 'failed', error: { code: 'gateway-unreachable' } });
    expect((await session.fetch('/api/v1/teams/tenant/activation/steps/pstn-gateway/retry', { method: 'POST' })).status).toBe(202);
    mockControls.advanceTime(STEP_DURATION_MS * 2);
    expect((await read()).activation.status).toBe('active');
  });
});
