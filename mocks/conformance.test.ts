import { describe, expect, it } from 'vitest';
import { buildPath, commonErrorStatuses, errorBodySchema, routeIds, routes, type PathParams, type RouteId, type Routes } from '../src/contract';
import { CONTOSO, FABRIKAM, MOCK_BASE_URL, NORTHWIND, loginAsDemoUser, mockBackend, mockControls, type MockSession } from './node';
import { withMockServer } from './vitest';

withMockServer();

const seen = new Set<string>();

interface CallOptions<K extends RouteId> {
  params?: PathParams<Routes[K]>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  session?: MockSession | null;
}

/** Calls a route as the table describes it and checks the response against the table. */
async function call<K extends RouteId>(routeId: K, options: CallOptions<K> = {}): Promise<{ status: number; body: unknown }> {
  const route = routes[routeId];
  const path = buildPath(route, (options.params ?? {}) as PathParams<Routes[K]>);
  const search = options.query ? `?${new URLSearchParams(options.query).toString()}` : '';
  const headers = new Headers(options.headers);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const init: RequestInit = { method: route.method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) };
  const response = options.session ? await options.session.fetch(`${path}${search}`, init) : await fetch(`${MOCK_BASE_URL}${path}${search}`, init);
  const status = response.status;
  const text = await response.text();
  const documented: Record<number, { safeParse(value: unknown): { success: boolean; error?: unknown } }> = route.responses;
  const schema = documented[status];
  let body: unknown;
  if (status === 204) {
    expect(text).toBe('');
    body = undefined;
  } else if (status < 300 && 'produces' in route && route.produces === 'text/csv') {
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    body = text;
  } else {
    body = JSON.parse(text);
  }
  if (schema) {
    const parsed = schema.safeParse(body);
    expect(parsed.success, `${routeId} ${status}: ${JSON.stringify(parsed.error)}`).toBe(true);
  } else {
    expect(commonErrorStatuses as readonly number[], `${routeId} answered an undocumented ${status}: ${text}`).toContain(status);
    expect(errorBodySchema.safeParse(body).success).toBe(true);
  }
  seen.add(`${routeId} ${status}`);
  return { status, body };
}

const newSeat = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada.lovelace@example.com',
  extension: '1250',
  site: 'Headquarters',
  deviceModel: 'Softphone',
};

describe('mock handlers conform to the contract', () => {
  it('auth and accounts', async () => {
    expect((await call('login', { body: { username: 'alex.admin', password: 'Passw0rd!', accountName: 'Northwind Traders' } })).status).toBe(200);
    expect((await call('login', { body: { username: 'alex.admin', password: 'nope', accountName: 'Northwind Traders' } })).status).toBe(401);
    expect((await call('login', { body: { username: 'alex.admin', password: 'Passw0rd!', accountName: 'Nowhere' } })).status).toBe(404);
    expect((await call('login', { body: { username: 'alex.admin', password: 'Passw0rd!', accountName: FABRIKAM.name } })).status).toBe(403);
    const session = await loginAsDemoUser();
    expect((await call('refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(200);
    expect((await call('refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(401);
    const other = await loginAsDemoUser();
    expect((await call('getAccount', { session: other, params: { accountId: CONTOSO.id } })).body).toEqual(CONTOSO);
    expect((await call('getAccount', { session: other, params: { accountId: '12345' } })).status).toBe(400);
    expect((await call('getAccount', { session: other, params: { accountId: '999999' } })).status).toBe(404);
    expect((await call('getAccount', { session: other, params: { accountId: FABRIKAM.id } })).status).toBe(403);
    expect((await call('whoAmI', { session: other })).body).toEqual({
      user: { id: 'user-1', username: 'alex.admin', displayName: 'Alex Admin' },
      account: NORTHWIND,
    });
    expect((await call('logout', { session: other })).status).toBe(204);
    expect((await call('listSeats', { session: other })).status).toBe(401);
  });

  it('seats, template and validation', async () => {
    const session = await loginAsDemoUser();
    await call('listSeats', { session, query: { q: 'example', sort: 'extension', order: 'desc', limit: '10' } });
    expect((await call('listSeats', { session, query: { limit: '0' } })).status).toBe(400);
    expect((await call('createSeat', { session, body: newSeat })).status).toBe(201);
    expect((await call('createSeat', { session, body: newSeat })).status).toBe(409);
    expect((await call('createSeat', { session, body: { ...newSeat, email: 'x@example.com', extension: '1251', site: 'Moon' } })).status).toBe(422);
    expect((await call('createSeat', { session, body: { ...newSeat, email: 'not an email' } })).status).toBe(422);
    await call('listSpareNumbers', { session, query: { q: '415', limit: '5' } });
    expect((await call('listSpareNumbers', { session, query: { limit: '501' } })).status).toBe(400);
    await call('validateSeats', { session, body: { rows: [{ index: 0, email: 'ADA.lovelace@example.com', directNumber: '+14155550100' }] } });
    await call('getSeatTemplate', { session });
    await call('getSeatTemplateCsv', { session });
  });

  it('saves the state after a change, and not after an account check, which changes nothing', async () => {
    const session = await loginAsDemoUser();
    let changes = 0;
    const stop = mockBackend.onChange(() => changes++);
    try {
      const rows = Array.from({ length: 3000 }, (_, index) => ({ index, email: `user${index}@example.org`, extension: String(50000 + index) }));
      const checked = await call('validateSeats', { session, body: { rows } });
      expect(checked.status).toBe(200);
      expect((checked.body as { results: unknown[] }).results).toHaveLength(3000);
      expect(changes).toBe(0);
      expect((await call('createSeat', { session, body: { ...newSeat, email: 'saved@example.com', extension: '1299' } })).status).toBe(201);
      expect(changes).toBe(1);
    } finally {
      stop();
    }
  });

  it('seat jobs, event logs and welcome messages', async () => {
    const session = await loginAsDemoUser();
    const job = (await call('createSeatJob', { session, body: { rowCount: 2, fileName: 'new.csv' } })).body as { id: string };
    const chunk = { rows: [{ rowNumber: 1, seat: newSeat }] };
    expect((await call('sendSeatJobChunk', { session, params: { jobId: job.id }, body: chunk, headers: { 'Idempotency-Key': 'k-1' } })).status).toBe(200);
    expect(
      (
        await call('sendSeatJobChunk', {
          session,
          params: { jobId: job.id },
          body: { rows: [{ rowNumber: 3, seat: newSeat }] },
          headers: { 'Idempotency-Key': 'k-2' },
        })
      ).status,
    ).toBe(422);
    expect((await call('sendSeatJobChunk', { session, params: { jobId: 'job-0' }, body: chunk, headers: { 'Idempotency-Key': 'k-3' } })).status).toBe(404);
    expect((await call('sendSeatJobChunk', { session, params: { jobId: job.id }, body: chunk })).status).toBe(400);
    await call('getSeatJob', { session, params: { jobId: job.id }, query: { status: 'created' } });
    expect((await call('getSeatJob', { session, params: { jobId: 'job-0' } })).status).toBe(404);
    await call('listSeatJobs', { session });
    await call('completeSeatJob', { session, params: { jobId: job.id } });
    expect((await call('completeSeatJob', { session, params: { jobId: 'job-0' } })).status).toBe(404);
    expect(
      (
        await call('sendSeatJobChunk', {
          session,
          params: { jobId: job.id },
          body: { rows: [{ rowNumber: 2, seat: newSeat }] },
          headers: { 'Idempotency-Key': 'k-4' },
        })
      ).status,
    ).toBe(409);
    await call('listEventLogs', { session, query: { type: 'seat-created', from: '2025-01-01T00:00:00Z' } });
    expect((await call('listEventLogs', { session, query: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } })).status).toBe(400);
    await call('sendWelcomeMessages', { session, body: { seatIds: ['seat-100001-1', 'seat-100001-2', 'nope'], channel: 'sms' } });
  });

  it('Teams tenant and activation', async () => {
    const session = await loginAsDemoUser();
    await call('getTenant', { session });
    await call('setCoManage', { session, body: { enabled: true } });
    await call('setManualActivation', { session, body: { enabled: false } });
    mockControls.failActivationStep('consent', NORTHWIND.id);
    expect((await call('startActivation', { session })).status).toBe(202);
    expect((await call('startActivation', { session })).status).toBe(409);
    expect((await call('setManualActivation', { session, body: { enabled: true } })).status).toBe(409);
    expect((await call('retryActivationStep', { session, params: { stepId: 'consent' } })).status).toBe(409);
    mockControls.advanceTime(2000);
    expect((await call('retryActivationStep', { session, params: { stepId: 'consent' } })).status).toBe(202);
    expect((await call('retryActivationStep', { session, params: { stepId: 'nope' } })).status).toBe(404);
  });

  it('Teams numbers, users, calls and assignments', async () => {
    const session = await loginAsDemoUser();
    const numbers = (await call('listNumbers', { session, query: { q: '212' } })).body as {
      items: Array<{ number: string; assignedTo: { id: string } | null }>;
    };
    await call('searchAvailableNumbers', { session, query: { areaCode: '206', prefix: '55501' } });
    await call('purchaseNumbers', { session, body: { numbers: ['+12065550100', '+12065550107', '+19995550100'] } });
    await call('releaseNumbers', { session, body: { numbers: ['+12065550100', '+12125550100', '+19995550100'] } });
    const first = numbers.items[0]?.number ?? '';
    await call('listCalls', { session, params: { number: first } });
    expect((await call('listCalls', { session, params: { number: '+19995550100' } })).status).toBe(404);
    const users = (await call('listTeamsUsers', { session, query: { q: 'a' } })).body as { items: Array<{ id: string; phoneNumber: string | null }> };
    const withNumber = users.items.find((user) => user.phoneNumber !== null);
    const withoutNumber = users.items.find((user) => user.phoneNumber === null);
    expect(withNumber && withoutNumber).toBeTruthy();
    const target = withoutNumber?.id ?? '';
    expect(
      (await call('updateAssignment', { session, params: { userId: target }, body: { phoneNumber: withNumber?.phoneNumber ?? null, failoverNumber: null } }))
        .status,
    ).toBe(409);
    expect((await call('updateAssignment', { session, params: { userId: target }, body: { phoneNumber: '+19995550100', failoverNumber: null } })).status).toBe(
      422,
    );
    expect((await call('updateAssignment', { session, params: { userId: 'nope' }, body: { phoneNumber: null, failoverNumber: null } })).status).toBe(404);
    expect(
      (
        await call('updateAssignment', {
          session,
          params: { userId: target },
          body: { phoneNumber: '+13125550114', failoverNumber: '+16285550100', clearOldFailover: true },
        })
      ).status,
    ).toBe(200);
    const csv = (await call('downloadAssignmentsCsv', { session })).body as string;
    await call('validateAssignments', { session, body: { csv } });
    await call('applyAssignments', { session, body: { csv } });
  });

  it('exercised every documented status of every route', () => {
    const missing = routeIds.flatMap((id) => Object.keys(routes[id].responses).map((status) => `${id} ${status}`)).filter((key) => !seen.has(key));
    expect(missing).toEqual([]);
  });
});
