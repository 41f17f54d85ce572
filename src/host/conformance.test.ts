import { describe, expect, it } from 'vitest';
import { withMockServer } from '../../mocks/vitest';
import { mockControls, MOCK_BASE_URL, CONTOSO, FABRIKAM } from '../../mocks/node';
import { createFakeBridge } from '../testing/fake-bridge';
import { formatConformanceReport, runBridgeConformance, type ConformanceOptions } from './conformance';
import type { HostBridge, HostNavigation } from '../bridge/contract';
import { createListeners } from './create-bridge';

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

  it('accepts both timings of navigation notices, inside navigate() and after the routing event, and says which it saw', async () => {
    const inside = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    const insideReport = await runBridgeConformance(inside, options);
    expect(failed(insideReport), formatConformanceReport(insideReport)).toEqual([]);
    expect(insideReport.checks.find((check) => check.id === 'navigation')?.detail).toBe('this host tells listeners synchronously, inside navigate()');

    const later = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    const laterReport = await runBridgeConformance({ ...later, navigation: routerNotifyingLater(later.navigation.basePath) }, options);
    expect(failed(laterReport), formatConformanceReport(laterReport)).toEqual([]);
    expect(laterReport.checks.find((check) => check.id === 'navigation')?.detail).toBe('this host tells listeners after navigate() returned');
  });

  it('says in words which member broke which rule, never the minified error of its own code', async () => {
    const good = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    const broken: HostBridge = {
      ...good,
      session: { ...good.session, getAccessToken: (() => 'a-token') as unknown as HostBridge['session']['getAccessToken'] },
      account: {
        ...good.account,
        subscribe: (() => undefined) as unknown as HostBridge['account']['subscribe'],
        lookup: () => {
          throw new RangeError('lookup exploded');
        },
      },
      navigation: { ...good.navigation, subscribe: (() => 'nothing') as unknown as HostNavigation['subscribe'] },
      locale: { ...good.locale, set: async () => Promise.reject(new Error('no such language')) },
    };
    const report = await runBridgeConformance(broken, { ...options, expireAccessToken: undefined, includeLogout: false });
    const detail = (id: string) => report.checks.find((check) => check.id === id)?.detail ?? '';
    expect(detail('token-async')).toBe('session.getAccessToken() returned "a-token", not a Promise');
    expect(detail('lookup-invalid')).toBe('account.lookup() threw RangeError: lookup exploded');
    expect(detail('switch-refused')).toBe('account.subscribe() returned undefined, not a function that unsubscribes');
    expect(detail('navigation')).toBe('navigation.subscribe() returned "nothing", not a function that unsubscribes');
    expect(detail('locale')).toBe('locale.set() rejected with no such language');
    // Every failure starts with the member at fault.
    for (const check of report.checks.filter((item) => item.status === 'fail'))
      expect(check.detail).toMatch(/^(?:session|account|navigation|locale)\.[a-zA-Z]+\(\) /);
  });

  it('runs once when the page running it is unmounted by its navigation, is interrupted, and puts back path, account and language', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL, basePath: '/conformance', path: '/conformance' });
    const startingPath = bridge.navigation.current();
    const controller = new AbortController();
    let runs = 0;
    const reports: Array<Promise<unknown>> = [];
    // The page as a host that unmounts it on any change of path: unmounting interrupts the run, and
    // mounting again (on the way back) calls the kit again.
    const mountPage = () => {
      runs += 1;
      reports.push(runBridgeConformance(bridge, { ...options, signal: controller.signal, includeLogout: false }));
    };
    bridge.navigation.subscribe((path) => {
      if (path !== startingPath) controller.abort();
      else mountPage();
    });
    await bridge.account.switchTo(CONTOSO.id).then(() => bridge.account.switchTo('100001'));
    mountPage();
    const [first, ...later] = await Promise.all(reports);
    for (const report of later) expect(report).toBe(first);
    const report = first as Awaited<ReturnType<typeof runBridgeConformance>>;
    expect(report.interrupted).toBe(true);
    expect(report.checks.filter((check) => check.detail === 'the run was interrupted before this check').map((check) => check.id)).toEqual([
      'notify',
      'logout',
    ]);
    expect(report.checks.find((check) => check.id === 'restore')?.status).toBe('pass');
    expect(bridge.navigation.current()).toBe(startingPath);
    expect(bridge.account.current().id).toBe('100001');
    expect(bridge.locale.current()).toBe('en');
    // The page was mounted again once, by the kit putting the path back; that call joined the run.
    expect(runs).toBe(2);
    expect(bridge.host.navigationHistory).toEqual([startingPath]);
  });
});

/** A router that, like single-spa's, tells listeners in a later task than the one that navigated. */
function routerNotifyingLater(basePath: string): HostNavigation {
  const listeners = createListeners<string>();
  let path = basePath;
  return {
    basePath,
    current: () => path,
    navigate(next) {
      path = next;
      setTimeout(() => listeners.emit(next), 20);
    },
    subscribe: listeners.subscribe,
  };
}
