import { screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_BASE_URL } from '../../mocks/node';
import { withMockServer } from '../../mocks/vitest';
import type { AppLifecycles, HostBridge, Unsubscribe } from '../bridge/contract';
import { createFakeBridge, type FakeBridge } from '../testing/fake-bridge';
import { lifecycles as bulkManager } from './bulk-manager/lifecycles';
import { lifecycles as teams } from './teams/lifecycles';

withMockServer();

// single-spa resolves mount after React commits: let React schedule its work as in a browser.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  document.body.innerHTML = '';
  window.localStorage.clear();
});

interface Embedded {
  name: string;
  lifecycles: AppLifecycles;
  basePath: string;
  /** A section other than the first. */
  section: string;
  ready: () => Promise<unknown>;
}

const apps: Embedded[] = [
  {
    name: 'Bulk Manager',
    lifecycles: bulkManager,
    basePath: '/apps/bulk-manager',
    section: 'seats',
    ready: () => screen.findByText('The seat template has 12 columns.'),
  },
  {
    name: 'Teams',
    lifecycles: teams,
    basePath: '/apps/teams',
    section: 'phone-numbers',
    ready: () => screen.findByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }),
  },
];

/**
 * A host as a team writing its own would build it: every mount gets new session and account services
 * (over the same session), and the host counts the listeners subscribed to them.
 */
function countingHost(host: FakeBridge) {
  const live = { session: 0, account: 0 };
  function counted<T>(key: keyof typeof live, subscribe: (listener: (value: T) => void) => Unsubscribe) {
    return (listener: (value: T) => void): Unsubscribe => {
      live[key] += 1;
      const stop = subscribe(listener);
      let subscribed = true;
      return () => {
        if (subscribed) live[key] -= 1;
        subscribed = false;
        stop();
      };
    };
  }
  const bridgeForMount = (): HostBridge => ({
    ...host,
    session: { ...host.session, subscribe: counted('session', host.session.subscribe) },
    account: { ...host.account, subscribe: counted('account', host.account.subscribe) },
  });
  return { live, bridgeForMount };
}

/** Lets the effects of a render that a host notification scheduled run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe.each(apps)('$name in a host that notifies navigation synchronously', (app) => {
  it('lets the host leave for another app and for its home page, and does not answer with a navigation', async () => {
    // The fake bridge's memory navigation calls its listeners inside navigate().
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL, basePath: app.basePath, path: app.basePath });
    const props = { name: app.name, bridge };
    await app.lifecycles.bootstrap(props);
    await app.lifecycles.mount(props);
    await app.ready();
    const settled = bridge.host.navigationHistory.length;

    bridge.navigation.navigate('/apps/other');
    await settle();
    bridge.navigation.navigate('/');
    await settle();
    expect(bridge.host.navigationHistory.slice(settled)).toEqual(['/apps/other', '/']);
    await app.lifecycles.unmount(props);
  });

  it('does not replace a path inside the app that the host went to after an unknown one', async () => {
    const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL, basePath: app.basePath, path: app.basePath });
    const props = { name: app.name, bridge };
    await app.lifecycles.mount(props);
    await app.ready();
    await settle();
    // The host goes to an unknown section and, in the same task, on to a known one: the answer to
    // the first must not overwrite the second.
    bridge.navigation.navigate(`${app.basePath}/unknown`);
    bridge.navigation.navigate(`${app.basePath}/${app.section}`);
    await settle();
    expect(bridge.navigation.current()).toBe(`${app.basePath}/${app.section}`);
    await app.lifecycles.unmount(props);
  });
});

describe.each(apps)('$name mounted and unmounted by a host that hands each mount new services', (app) => {
  it('leaves no listener subscribed to the host session or account after each of three cycles', async () => {
    const host = createFakeBridge({ baseUrl: MOCK_BASE_URL, basePath: app.basePath, path: app.basePath });
    const { live, bridgeForMount } = countingHost(host);
    const counts: Array<typeof live> = [];
    for (let cycle = 0; cycle < 3; cycle++) {
      const props = { name: app.name, bridge: bridgeForMount() };
      await app.lifecycles.mount(props);
      await app.ready();
      await waitFor(() => expect(live.session + live.account).toBeGreaterThan(0));
      await app.lifecycles.unmount(props);
      counts.push({ ...live });
    }
    expect(counts).toEqual([
      { session: 0, account: 0 },
      { session: 0, account: 0 },
      { session: 0, account: 0 },
    ]);
  });
});
