/*
 * A host page with no single-spa routing of its own and no React: it loads the remote from its
 * manifest, shares nothing (the remote brings its own React), and mounts Teams as a parcel into an
 * element. Built as `plain-host.html` next to the reference host; the browser tests open it.
 */
import '../../src/zod-setup';
// #region mount-parcel
import { createInstance } from '@module-federation/enhanced/runtime';
import { mountRootParcel, type Parcel } from 'single-spa';
import type { AppEntry, HostBridge } from 'portal-apps/types';

/** Loads the remote and mounts one of its apps as a parcel; returns the parcel (call `unmount()`). */
export async function mountApp(manifestUrl: string, appId: AppEntry['id'], domElement: HTMLElement, bridge: HostBridge): Promise<Parcel> {
  const federation = createInstance({
    name: 'plainHost',
    remotes: [{ name: 'portalApps', entry: manifestUrl }],
    // No `shared`: this page has no React, so the remote uses its own copy.
  });
  const catalogue = await federation.loadRemote<{ apps: readonly AppEntry[] }>('portalApps/catalogue');
  const app = catalogue?.apps.find((entry) => entry.id === appId);
  if (!app) throw new Error(`The remote has no app "${appId}"`);
  const parcel = mountRootParcel(await app.load(), { domElement, bridge });
  await parcel.mountPromise;
  return parcel;
}
// #endregion mount-parcel

async function main() {
  // This demo page runs on the mock backend with the fake bridge; a real page passes its own bridge.
  const { startMockWorker } = await import('../../mocks/browser');
  await startMockWorker({ quiet: true });
  const { createFakeBridge } = await import('../../src/testing/fake-bridge');
  const { protocol, hostname, port } = window.location;
  const manifestUrl = `${protocol}//${hostname}:${Number(port) + 1}/mf-manifest.json`;
  const outlet = document.getElementById('outlet');
  const status = document.getElementById('status');
  if (!outlet || !status) return;
  const bridge = createFakeBridge({ basePath: '/plain-host.html', path: '/plain-host.html' });
  try {
    const parcel = await mountApp(manifestUrl, 'teams', outlet, bridge);
    status.textContent = 'Teams is mounted as a parcel.';
    document.getElementById('unmount')?.addEventListener('click', () => {
      void parcel.unmount().then(() => {
        status.textContent = 'Teams is unmounted.';
      });
    });
  } catch (error) {
    status.textContent = `Teams could not be mounted: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void main();
