import { setupServer } from 'msw/node';
import { MockBackend } from './backend';
import { createMockControls, type MockControls } from './controls';
import { DEMO_USER, NORTHWIND } from './data/seed';
import { FaultInjector } from './faults';
import { createHandlers } from './handlers';

/**
 * The mock backend for node tests (vitest), on msw/node. One backend per test process; call
 * `resetMockBackend()` between tests (or use `withMockServer()` from `mocks/vitest`).
 *
 * ```ts
 * const { fetch } = await loginAsDemoUser();
 * const client = createApiClient(fetch);
 * ```
 */

/** The origin the test helpers use; handlers match any origin. */
export const MOCK_BASE_URL = 'http://portal.test';

/** The backend behind the node server, for tests that need to look inside. */
export const mockBackend = new MockBackend();
/** The fault injector of the node server. */
export const mockFaults = new FaultInjector(() => mockBackend.now());
/** Reset, faults, session expiry, mock time and snapshot of the node server's backend. */
export const mockControls: MockControls = createMockControls(mockBackend, mockFaults);
/** The route handlers, for a test that builds its own server. */
export const handlers = createHandlers(mockBackend, mockFaults);
/** The msw/node server; `listen()` it in a `beforeAll`. */
export const server = setupServer(...handlers);

/** Back to the seed and no faults; also drops handlers a test added with `server.use`. */
export function resetMockBackend(): void {
  mockControls.reset();
  server.resetHandlers();
}

/** The shape of `bridge.api.fetch`: a path in, a response out. */
export type HostFetch = (path: string, init?: RequestInit) => Promise<Response>;

/**
 * A fetch function like the host's: it adds the base URL, the bearer token and `X-Account-Id`. The
 * token is read on each call, so a test can swap it.
 */
export function createHostFetch(options: { accessToken: string | (() => string); accountId: string; baseUrl?: string }): HostFetch {
  const baseUrl = options.baseUrl ?? MOCK_BASE_URL;
  return (path, init = {}) => {
    const headers = new Headers(init.headers);
    const token = typeof options.accessToken === 'function' ? options.accessToken() : options.accessToken;
    headers.set('Authorization', `Bearer ${token}`);
    headers.set('X-Account-Id', options.accountId);
    return fetch(`${baseUrl}${path}`, { ...init, headers });
  };
}

/** A signed-in test session. */
export interface MockSession {
  fetch: HostFetch;
  accessToken: string;
  refreshToken: string;
  accountId: string;
  user: { id: string; username: string; displayName: string };
}

/**
 * Signs in through the login route (so the server must be listening) and returns a host-like fetch.
 * Defaults: the demo user `alex.admin` and Northwind Traders (100001).
 */
export async function loginAsDemoUser(options: { accountName?: string; username?: string; password?: string; baseUrl?: string } = {}): Promise<MockSession> {
  const baseUrl = options.baseUrl ?? MOCK_BASE_URL;
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: options.username ?? DEMO_USER.username,
      password: options.password ?? DEMO_USER.password,
      accountName: options.accountName ?? NORTHWIND.name,
    }),
  });
  if (!response.ok) throw new Error(`Mock login failed with ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { accessToken: string; refreshToken: string; account: { id: string }; user: MockSession['user'] };
  return {
    fetch: createHostFetch({ accessToken: body.accessToken, accountId: body.account.id, baseUrl }),
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    accountId: body.account.id,
    user: body.user,
  };
}

export { CONTOSO, DEMO_USER, FABRIKAM, NORTHWIND, NORTHWIND_DEVICE_MODELS, NORTHWIND_SITES, SEED_COUNTS, SEED_JOB_ID } from './data/seed';
export { SEED_EPOCH } from './clock';
export type { FaultRule } from './faults';
export type { MockControls, MockSnapshot } from './controls';
export { STEP_DURATION_MS } from './handlers/teams-tenant';
export { becomesUnavailableAtPurchase } from './handlers/teams-numbers';
