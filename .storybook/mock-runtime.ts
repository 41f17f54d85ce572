import type { MockBackend } from '../mocks/backend';
import type { MockControls } from '../mocks/controls';

import type { SetupWorker } from 'msw/browser';

/**
 * What msw-storybook-addon drives: the browser worker, or in vitest the msw/node server. The addon
 * types it as a worker but calls only `use` and `resetHandlers`, which the server has too.
 */
export type MswTarget = Pick<SetupWorker, 'use' | 'resetHandlers'>;

/** The mock backend behind the stories, and the MSW instance that serves it. */
export interface MockRuntime {
  target: MswTarget;
  controls: MockControls;
  backend: MockBackend;
}

/** In Storybook: the service worker, without persistence (every story starts from the seed). */
let provider: () => Promise<MockRuntime> = async () => {
  const { startMockWorker } = await import('../mocks/browser');
  const mock = await startMockWorker({ persist: false, quiet: true, serviceWorkerUrl: './mockServiceWorker.js' });
  return { target: mock.worker, controls: mock.controls, backend: mock.backend };
};

let runtime: Promise<MockRuntime> | null = null;

/** Story tests in vitest hand their msw/node server here before the preview runs. */
export function provideMockRuntime(next: () => Promise<MockRuntime>): void {
  provider = next;
  runtime = null;
}

/** The one mock runtime of this page or test process. */
export function mockRuntime(): Promise<MockRuntime> {
  runtime ??= provider();
  return runtime;
}
