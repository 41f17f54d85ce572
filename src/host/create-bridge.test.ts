import { describe, expect, it } from 'vitest';
import { withMockServer } from '../../mocks/vitest';
import { mockControls, MOCK_BASE_URL } from '../../mocks/node';
import { hostHonoursAccountId } from '../bridge/contract';
import { createFakeBridge, demoCredentials } from '../testing/fake-bridge';
import { createBridge } from './create-bridge';
import { createAuthService, login } from './http-auth';
import { createMemoryNavigation } from './memory-navigation';

withMockServer();

const seatsTotal = async (response: Response) => ((await response.json()) as { total: number }).total;

describe('the token-session bridge (through the fake bridge, against the mock backend)', () => {
  it('signs in on first use and calls the API with the token and the current account', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    const response = await bridge.api.fetch('/api/v1/seats?limit=1');
    expect(response.status).toBe(200);
    expect(await seatsTotal(response)).toBe(250);
  });

  it('sends a request for the account it names, whatever the current account, and the API still checks access', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    const current = await seatsTotal(await bridge.api.fetch('/api/v1/seats?limit=1'));
    bridge.host.setAccount({ id: '100002', name: 'Contoso Ltd' });
    const other = await seatsTotal(await bridge.api.fetch('/api/v1/seats?limit=1'));
    expect(other).not.toBe(current);
    expect(await seatsTotal(await bridge.api.fetch('/api/v1/seats?limit=1', { accountId: '100001' }))).toBe(current);
    expect((await bridge.api.fetch('/api/v1/seats?limit=1', { accountId: '100003' })).status).toBe(403);
    expect(hostHonoursAccountId(bridge)).toBe(true);
    expect(hostHonoursAccountId({ contractVersion: '1.0.0' })).toBe(false);
  });

  it('hands out the same token until it nears expiry, then refreshes it', async () => {
    let clock = Date.now();
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL, now: () => clock });
    const first = await bridge.session.getAccessToken();
    clock += 10 * 60 * 1000;
    expect(await bridge.session.getAccessToken()).toBe(first);
    clock += 5 * 60 * 1000;
    mockControls.advanceTime(15 * 60 * 1000);
    const renewed = await bridge.session.getAccessToken();
    expect(renewed).not.toBe(first);
    expect((await bridge.api.fetch('/api/v1/seats?limit=1')).status).toBe(200);
  });

  it('refreshes once and retries when the server refuses a token it thought valid', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    await bridge.session.getAccessToken();
    mockControls.expireSessions({ keepRefreshTokens: true });
    const response = await bridge.api.fetch('/api/v1/seats?limit=1');
    expect(response.status).toBe(200);
    expect(bridge.session.current().status).toBe('active');
  });

  it('keeps the session when a refresh gets no answer: that request fails as a network error, and the next one refreshes', async () => {
    const signedIn = await login(MOCK_BASE_URL, demoCredentials);
    if (!signedIn.ok) throw new Error('sign-in failed');
    let clock = Date.now();
    const bridge = createBridge({
      baseUrl: MOCK_BASE_URL,
      user: signedIn.user,
      account: signedIn.account,
      tokens: signedIn.tokens,
      auth: createAuthService(MOCK_BASE_URL, { timeoutMs: 100 }),
      navigation: createMemoryNavigation('/apps/bulk-manager'),
      locale: { current: () => 'en', subscribe: () => () => undefined },
      notify: () => undefined,
      onLogout: () => undefined,
      now: () => clock,
    });
    const first = await bridge.session.getAccessToken();
    // The token nears its end and the auth server hangs on the one refresh.
    clock += 15 * 60 * 1000;
    mockControls.setFaults({ routes: ['refresh'], hangRate: 1, times: 1 });
    await expect(bridge.api.fetch('/api/v1/seats?limit=1')).rejects.toThrow();
    expect(bridge.session.current().status).toBe('active');
    const response = await bridge.api.fetch('/api/v1/seats?limit=1');
    expect(response.status).toBe(200);
    expect(await bridge.session.getAccessToken()).not.toBe(first);
  });

  it('sends a request refused for a token replaced meanwhile again with the current token, without refreshing the new session', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    await bridge.session.getAccessToken();
    mockControls.setFaults({ routes: ['listSeats'], latencyMs: 50, times: 3 });
    mockControls.expireSessions();
    const stale = [bridge.api.fetch('/api/v1/seats?limit=1'), bridge.api.fetch('/api/v1/seats?limit=1')];
    bridge.host.expireSession();
    const signedIn = await login(MOCK_BASE_URL, demoCredentials);
    if (!signedIn.ok) throw new Error('sign-in failed');
    bridge.host.renewSession(signedIn.tokens);
    const fresh = bridge.api.fetch('/api/v1/seats?limit=1');
    expect((await Promise.all([...stale, fresh])).map((response) => response.status)).toEqual([200, 200, 200]);
    expect(bridge.session.current().status).toBe('active');
    expect(await bridge.session.getAccessToken()).toBe(signedIn.tokens.accessToken);
  });

  it('tells subscribers when the session is over, and answers 401 without a request', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    await bridge.session.getAccessToken();
    const states: string[] = [];
    bridge.session.subscribe((state) => states.push(state.status));
    mockControls.expireSessions();
    expect((await bridge.api.fetch('/api/v1/seats')).status).toBe(401);
    expect(states).toEqual(['expired']);
    await expect(bridge.session.getAccessToken()).rejects.toThrow('expired');
    expect((await bridge.api.fetch('/api/v1/seats')).status).toBe(401);
  });

  it('looks accounts up with each outcome, and switches only to an allowed one', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    const seen: string[] = [];
    bridge.account.subscribe((account) => seen.push(account.name));
    expect(await bridge.account.lookup('12ab')).toEqual({ ok: false, reason: 'invalid' });
    expect(await bridge.account.lookup('999999')).toEqual({ ok: false, reason: 'not-found' });
    expect(await bridge.account.switchTo('100003')).toEqual({ ok: false, reason: 'forbidden' });
    expect(seen).toEqual([]);
    expect(await bridge.account.switchTo('100002')).toEqual({ ok: true, account: { id: '100002', name: 'Contoso Ltd' } });
    expect(seen).toEqual(['Contoso Ltd']);
    expect(bridge.account.current().id).toBe('100002');
    const contosoSeats = await seatsTotal(await bridge.api.fetch('/api/v1/seats?limit=1'));
    expect(contosoSeats).not.toBe(250);
  });

  it('keeps the refresh token away from the apps and forgets tokens on logout', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    const token = await bridge.session.getAccessToken();
    expect(JSON.stringify(bridge)).not.toContain(token);
    bridge.session.logout();
    expect(bridge.host.logouts).toBe(1);
  });
});
