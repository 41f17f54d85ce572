import { getAppStatus, unregisterApplication } from 'single-spa';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEntry, AppLifecycles, HostBridge } from '../src/bridge/contract';
import { appEntry } from '../src/runtime/app-entry';
import { registerApps, retryApp, type RootConfig } from './single-spa-root';

function chunkLoadError() {
  const error = new Error('Loading chunk 627 failed.\n(error: http://localhost:3001/627.9ae4e9e3.js)');
  error.name = 'ChunkLoadError';
  return error;
}

const mounted: string[] = [];
function lifecyclesOf(id: string): AppLifecycles {
  return {
    bootstrap: async () => undefined,
    init: async () => undefined,
    mount: async () => void mounted.push(id),
    unmount: async () => undefined,
    update: async () => undefined,
  };
}

const errors: string[] = [];
const config: RootConfig = {
  bridge: () => ({ navigation: { basePath: '/' } }) as unknown as HostBridge,
  outlet: () => document.body,
  onAppError: (appId) => void errors.push(appId),
};

const manifest = (id: AppEntry['id']) => ({ id, title: id, description: { en: id, fr: id, es: id }, icon: '', route: `/apps/${id}` });

async function until(condition: () => boolean) {
  await vi.waitFor(() => expect(condition()).toBe(true), { timeout: 2000 });
}

describe('an app whose code does not arrive', () => {
  afterEach(async () => {
    window.history.pushState(null, '', '/');
    for (const id of ['teams', 'bulk-manager']) if (getAppStatus(id) !== null) await unregisterApplication(id);
  });

  it('is asked for once more, and mounts when the second try arrives: the host shows no error', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(chunkLoadError())
      .mockResolvedValue({ lifecycles: lifecyclesOf('teams') });
    registerApps([appEntry(manifest('teams'), load)], config);
    window.history.pushState(null, '', '/apps/teams');
    await until(() => mounted.includes('teams'));
    expect(load).toHaveBeenCalledTimes(2);
    expect(errors).toEqual([]);
  });

  it('is shown as unavailable after the retry fails too, and the host’s Retry loads it', async () => {
    const load = vi.fn().mockRejectedValue(chunkLoadError());
    const entry = appEntry(manifest('bulk-manager'), load);
    registerApps([entry], config);
    window.history.pushState(null, '', '/apps/bulk-manager');
    await until(() => errors.includes('bulk-manager'));
    expect(load).toHaveBeenCalledTimes(2);
    expect(mounted).not.toContain('bulk-manager');

    load.mockResolvedValue({ lifecycles: lifecyclesOf('bulk-manager') });
    await retryApp(entry, config);
    await until(() => mounted.includes('bulk-manager'));
    expect(load).toHaveBeenCalledTimes(3);
  });
});
