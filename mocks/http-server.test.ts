// @vitest-environment node
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import '../src/zod-setup';
import { FAULT_HEADER, isLoopbackAddress, startMockHttpServer, type MockHttpServer } from './http-server';
import { DEMO_USER, loginAsDemoUser, NORTHWIND } from './node';

const running: MockHttpServer[] = [];
async function start(options: Parameters<typeof startMockHttpServer>[0] = {}): Promise<MockHttpServer> {
  const server = await startMockHttpServer(options);
  running.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

const seat = (n: number) => ({
  firstName: 'Http',
  lastName: `Test${n}`,
  email: `http.test${n}@example.org`,
  extension: String(8800 + n),
  site: 'Headquarters',
});

describe('the reference backend over HTTP', () => {
  it('signs in and serves account routes with the tokens its own login issued', async () => {
    const server = await start();
    const session = await loginAsDemoUser({ baseUrl: server.url });
    const response = await session.fetch('/api/v1/whoami');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: expect.objectContaining({ username: DEMO_USER.username }),
      account: { id: NORTHWIND.id, name: NORTHWIND.name },
    });
    const refused = await fetch(`${server.url}/api/v1/whoami`, { headers: { Authorization: 'Bearer not-a-token', 'X-Account-Id': NORTHWIND.id } });
    expect(refused.status).toBe(401);
  });

  it('answers a CORS preflight for the headers the apps send, and exposes Retry-After to the page', async () => {
    const server = await start();
    const preflight = await fetch(`${server.url}/api/v1/seat-jobs/job-1/chunks`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://host.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-account-id,idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://host.example');
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').split(', ');
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-account-id', 'idempotency-key']));
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    const session = await loginAsDemoUser({ baseUrl: server.url });
    const limited = await session.fetch('/api/v1/seats', {
      headers: { Origin: 'http://host.example', [FAULT_HEADER]: JSON.stringify({ rateLimitRate: 1, retryAfter: 4 }) },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('4');
    expect(limited.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('injects a fault named in the request header into that request only, and ends a dropped one with no answer after committing it', async () => {
    const server = await start();
    const session = await loginAsDemoUser({ baseUrl: server.url });
    const before = server.controls.snapshot().seatsByAccount[NORTHWIND.id] ?? 0;
    const dropped = session.fetch('/api/v1/seats', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1', [FAULT_HEADER]: '{"dropRate":1}' },
      body: JSON.stringify(seat(1)),
    });
    await expect(dropped).rejects.toThrow();
    expect(server.controls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(before + 1);
    const retried = await session.fetch('/api/v1/seats', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
      body: JSON.stringify(seat(1)),
    });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotency-replayed')).toBe('true');
    expect(server.controls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(before + 1);
    const bad = await session.fetch('/api/v1/seats', { headers: { [FAULT_HEADER]: '{"errorRate":"always"}' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'invalid-mock-fault', message: expect.stringContaining('errorRate') } });
  });

  it('drives faults and resets from the control endpoint, and refuses a control request that is not JSON', async () => {
    const server = await start();
    const put = await fetch(`${server.url}/__mocks/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ routes: ['whoAmI'], errorRate: 1, times: 1 }),
    });
    expect(put.status).toBe(200);
    const session = await loginAsDemoUser({ baseUrl: server.url });
    expect((await session.fetch('/api/v1/whoami')).status).toBe(503);
    expect((await session.fetch('/api/v1/whoami')).status).toBe(200);
    expect((await fetch(`${server.url}/__mocks/reset`, { method: 'POST' })).status).toBe(415);
    const reset = await fetch(`${server.url}/__mocks/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    expect(((await reset.json()) as { sessions: number }).sessions).toBe(0);
  });

  it('tells onRequest of each API request with its method, path and origin, and not of the controls', async () => {
    const seen: { method: string; path: string; origin: string | undefined }[] = [];
    const server = await start({ onRequest: (request) => seen.push(request) });
    const session = await loginAsDemoUser({ baseUrl: server.url });
    await session.fetch('/api/v1/seats?q=ada', { headers: { Origin: 'http://host.example' } });
    await fetch(`${server.url}/api/v1/seats`, { method: 'OPTIONS', headers: { Origin: 'http://host.example', 'Access-Control-Request-Method': 'GET' } });
    await fetch(`${server.url}/__mocks/snapshot`);
    expect(seen).toEqual([
      { method: 'POST', path: '/api/v1/auth/login', origin: undefined },
      { method: 'GET', path: '/api/v1/seats', origin: 'http://host.example' },
      { method: 'OPTIONS', path: '/api/v1/seats', origin: 'http://host.example' },
    ]);
  });

  it('lets only loopback peers drive the controls', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopbackAddress)).toEqual([true, true, true]);
    expect(['10.0.0.5', '::ffff:192.168.1.9', undefined].map(isLoopbackAddress)).toEqual([false, false, false]);
  });

  it('keeps its state in the --state file between runs', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'mock-state-'));
    const stateFile = path.join(folder, 'state.json');
    try {
      const first = await start({ stateFile });
      const session = await loginAsDemoUser({ baseUrl: first.url });
      const created = await session.fetch('/api/v1/seats', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(seat(2)) });
      expect(created.status).toBe(201);
      const seats = first.controls.snapshot().seatsByAccount[NORTHWIND.id];
      await first.close();
      running.splice(running.indexOf(first), 1);

      const second = await start({ stateFile });
      expect(second.controls.snapshot().seatsByAccount[NORTHWIND.id]).toBe(seats);
      const found = await createHostFetchFrom(second, session.accessToken)('/api/v1/seats?q=http.test2');
      expect(((await found.json()) as { total: number }).total).toBe(1);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});

function createHostFetchFrom(server: MockHttpServer, accessToken: string) {
  return (pathname: string) => fetch(`${server.url}${pathname}`, { headers: { Authorization: `Bearer ${accessToken}`, 'X-Account-Id': NORTHWIND.id } });
}
