import { setupWorker, type SetupWorker } from 'msw/browser';
import { MockBackend } from './backend';
import { createMockControls, type MockControls } from './controls';
import { FaultInjector, type FaultRule } from './faults';
import { createHandlers } from './handlers';
import { createIndexedDbPersistence, type StatePersistence } from './persistence';

/**
 * The mock backend in the browser (reference host, Storybook), on an MSW service worker served from
 * `/mockServiceWorker.js`. Import this module dynamically, only when mocks are on, so MSW never ships
 * in a build without mocks:
 *
 * ```ts
 * if (mocksEnabled) await (await import('../mocks/browser')).startMockWorker();
 * ```
 */

declare global {
  interface Window {
    /** The mock controls, present only when the mocks run (tests and demos drive them). */
    __portalMocks?: MockControls;
  }
}

/** Options of {@link startMockWorker}. */
export interface StartMockWorkerOptions {
  /** Fault rules active from the start. */
  faults?: FaultRule | FaultRule[];
  /** Where the worker file is; `/mockServiceWorker.js` by default. */
  serviceWorkerUrl?: string;
  /** Keep the state across reloads in IndexedDB (default true). */
  persist?: boolean;
  /** Silence MSW's console messages. */
  quiet?: boolean;
}

/** The running browser mock. */
export interface MockWorker {
  worker: SetupWorker;
  backend: MockBackend;
  controls: MockControls;
  /** Stops the worker and removes `window.__portalMocks`. */
  stop(): void;
}

const SAVE_DELAY_MS = 100;

function persistOnChange(backend: MockBackend, persistence: StatePersistence): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return backend.onChange(() => {
    clearTimeout(timer);
    // Saves are coalesced: a bulk import changes the state on every chunk.
    timer = setTimeout(() => {
      persistence.save(backend.state).catch((error: unknown) => console.warn('Mock state was not saved', error));
    }, SAVE_DELAY_MS);
  });
}

/**
 * Starts the mock backend in the browser, restores its state from IndexedDB, and exposes the controls
 * as `window.__portalMocks`.
 */
export async function startMockWorker(options: StartMockWorkerOptions = {}): Promise<MockWorker> {
  const persistence = options.persist === false || typeof indexedDB === 'undefined' ? null : createIndexedDbPersistence();
  const stored = persistence ? await persistence.load().catch(() => null) : null;
  const backend = new MockBackend(stored ? { state: stored } : {});
  const faults = new FaultInjector(() => backend.now());
  if (options.faults) faults.set(options.faults);
  const stopPersisting = persistence ? persistOnChange(backend, persistence) : () => undefined;
  const base = createMockControls(backend, faults);
  const controls: MockControls = {
    ...base,
    reset: async () => {
      base.reset();
      if (persistence) await persistence.clear();
    },
  };
  const worker = setupWorker(...createHandlers(backend, faults));
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: options.quiet ?? false,
  });
  window.__portalMocks = controls;
  return {
    worker,
    backend,
    controls,
    stop: () => {
      worker.stop();
      stopPersisting();
      delete window.__portalMocks;
    },
  };
}

export type { FaultRule } from './faults';
export type { MockControls, MockSnapshot } from './controls';
export { DEMO_USER, NORTHWIND, CONTOSO, FABRIKAM } from './data/seed';
