import { describe, expect, it } from 'vitest';
import { withMockServer } from '../../mocks/vitest';
import { mockControls, MOCK_BASE_URL, CONTOSO, FABRIKAM } from '../../mocks/node';
import { createFakeBridge } from './fake-bridge';
import { formatConformanceReport, runBridgeConformance, type ConformanceOptions } from './conformance';
import type { HostBridge } from './contract';

withMockServer();

const options: ConformanceOptions = {
  otherAccountId: CONTOSO.id,
  forbiddenAccountId: FABRIKAM.id,
  missingAccountId: '999999',
  expireAccessToken: () => mockControls.expireSessions({ keepRefreshTokens: true }),
  includeLogout: true,
};

const failed = (report: Awaited<ReturnType<typeof runBridgeConformance>>) => report.checks.filter((check) => check.status === 'fail').map((check) => check.id);

describe('the bridge conformance kit', () => {
  it('passes the fake bridge on every check', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    const report = await runBridgeConformance(bridge, { ...options, changeLocale: (locale) => bridge.host.setLocale(locale) });
    expect(failed(report), formatConformanceReport(report)).toEqual([]);
    expect(report.checks.filter((check) => check.status === 'skip')).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('stops at the shape of something that is not a bridge, naming what is missing', async () => {
    const report = await runBridgeConformance({ contractVersion: '1.0.0', notify: () => undefined }, options);
    expect(report.ok).toBe(false);
    expect(report.checks).toHaveLength(1);
    expect(report.checks[0]?.detail).toMatch(/session/);
  });

  it('catches a fetch that ignores the bound account and forgets the switch, a lookup that misreports, and listeners that are never removed', async () => {
    const good = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    const listeners = new Set<(account: { id: string; name: string }) => void>();
    let current = good.account.current();
    const broken: HostBridge = {
      ...good,
      api: {
        fetch: async (path, init) => {
          const token = await good.session.getAccessToken();
          return fetch(`${MOCK_BASE_URL}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'X-Account-Id': '100001' } });
        },
      },
      account: {
        current: () => current,
        subscribe: (listener) => {
          listeners.add(listener);
          return () => undefined;
        },
        lookup: async (id) => (id === '12ab' ? { ok: false, reason: 'not-found' } : good.account.lookup(id)),
        switchTo: async (id) => {
          const result = await good.account.lookup(id);
          if (result.ok) {
            current = result.account;
            for (const listener of listeners) listener(result.account);
          }
          return result;
        },
      },
    };
    const report = await runBridgeConformance(broken, { ...options, expireAccessToken: undefined, includeLogout: false });
    expect(failed(report)).toEqual(['fetch-bound-account', 'lookup-invalid', 'switch-delivers', 'unsubscribe']);
    const text = formatConformanceReport(report);
    expect(text).toContain("lookup('12ab') gave");
    expect(text).toContain('api.fetch() still sends the previous account');
    expect(text).toContain('a listener was called after it unsubscribed');
    expect(text).toMatch(/\d+ passed, 4 failed, 2 skipped/);
  });
});
