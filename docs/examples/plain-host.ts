/*
 * A host page with no single-spa routing of its own and no React: it loads the remote from its
 * manifest, shares nothing (the remote brings its own React), and mounts Teams as a parcel into an
 * element. Built as `plain-host.html` next to the reference host; the browser tests open it.
 */
import '../../src/zod-setup';
// #region mount-parcel
import { createInstance, type ModuleFederation } from '@module-federation/enhanced/runtime';
import { mountRootParcel, type Parcel } from 'single-spa';
import type { AppEntry, HostBridge } from 'portal-apps/types';

/** The remote, loaded once for the page however many times an app is mounted. */
let federation: ModuleFederation | null = null;

/** Loads the remote and mounts one of its apps as a parcel; returns the parcel (call `unmount()`). */
export async function mountApp(manifestUrl: string, appId: AppEntry['id'], domElement: HTMLElement, bridge: Omit<HostBridge, 'navigation'>): Promise<Parcel> {
  federation ??= createInstance({
    name: 'plainHost',
    remotes: [{ name: 'portalApps', entry: manifestUrl }],
    // No `shared`: this page has no React, so the remote uses its own copy.
  });
  const [catalogue, memory] = await Promise.all([
    federation.loadRemote<{ apps: readonly AppEntry[] }>('portalApps/catalogue'),
    federation.loadRemote<typeof import('portalApps/memory-navigation')>('portalApps/memory-navigation'),
  ]);
  const app = catalogue?.apps.find((entry) => entry.id === appId);
  if (!app || !memory) throw new Error(`The remote has no app "${appId}"`);
  // The page keeps its URL: the app moves between its sections in memory, under its own route.
  const navigation = memory.createMemoryNavigation(app.route);
  const parcel = mountRootParcel(await app.load(), { domElement, bridge: { ...bridge, navigation } });
  await parcel.mountPromise;
  return parcel;
}
// #endregion mount-parcel

import type { Unsubscribe } from 'portal-apps/types';

/** Live subscriptions to the page's bridge, by member: an unmounted app has none left. */
type SubscriptionCounts = Record<'session' | 'account' | 'locale', number>;

/** The bridge, with each subscription counted while it lasts (the browser tests read the counts). */
function countingSubscriptions<T extends Omit<HostBridge, 'navigation'>>(bridge: T): { bridge: T; counts: SubscriptionCounts } {
  const counts: SubscriptionCounts = { session: 0, account: 0, locale: 0 };
  function counted<V>(member: keyof SubscriptionCounts, subscribe: (listener: (value: V) => void) => Unsubscribe) {
    return (listener: (value: V) => void): Unsubscribe => {
      const unsubscribe = subscribe(listener);
      let live = true;
      counts[member] += 1;
      return () => {
        if (live) counts[member] -= 1;
        live = false;
        unsubscribe();
      };
    };
  }
  return {
    counts,
    bridge: {
      ...bridge,
      session: { ...bridge.session, subscribe: counted('session', bridge.session.subscribe.bind(bridge.session)) },
      account: { ...bridge.account, subscribe: counted('account', bridge.account.subscribe.bind(bridge.account)) },
      locale: { ...bridge.locale, subscribe: counted('locale', bridge.locale.subscribe.bind(bridge.locale)) },
    },
  };
}

/** The page's outlet, status line and buttons (public/plain-host.html). */
function pageElements() {
  const outlet = document.getElementById('outlet');
  const status = document.getElementById('status');
  const mountButton = document.getElementById('mount');
  const unmountButton = document.getElementById('unmount');
  if (!outlet || !status || !(mountButton instanceof HTMLButtonElement) || !(unmountButton instanceof HTMLButtonElement)) return null;
  return { outlet, status, mountButton, unmountButton };
}

async function main() {
  // This demo page runs on the mock backend with the fake bridge; a real page passes its own bridge.
  const { startMockWorker } = await import('../../mocks/browser');
  await startMockWorker({ quiet: true });
  const { createFakeBridge } = await import('../../src/testing/fake-bridge');
  const { protocol, hostname, port } = window.location;
  const manifestUrl = `${protocol}//${hostname}:${Number(port) + 1}/mf-manifest.json`;
  const elements = pageElements();
  if (!elements) return;
  const { outlet, status, mountButton, unmountButton } = elements;
  const { bridge, counts } = countingSubscriptions(createFakeBridge());
  Object.assign(window, { plainHost: { subscriptionCounts: () => ({ ...counts }) } });
  let parcel: Parcel | null = null;

  async function mount() {
    mountButton.disabled = true;
    try {
      parcel = await mountApp(manifestUrl, 'teams', outlet, bridge);
      status.textContent = 'Teams is mounted as a parcel.';
      unmountButton.disabled = false;
    } catch (error) {
      status.textContent = `Teams could not be mounted: ${error instanceof Error ? error.message : String(error)}`;
      mountButton.disabled = false;
    }
  }

  mountButton.addEventListener('click', () => void mount());
  unmountButton.addEventListener('click', () => {
    unmountButton.disabled = true;
    void parcel?.unmount().then(() => {
      parcel = null;
      status.textContent = 'Teams is unmounted.';
      mountButton.disabled = false;
    });
  });
  await mount();
}

void main();
