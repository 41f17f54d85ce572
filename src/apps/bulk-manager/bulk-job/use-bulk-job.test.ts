import { afterEach, describe, expect, it } from 'vitest';
import { createFakeBridge } from '../../../testing/fake-bridge';
import type { BulkJobRunner } from './bulk-job-runner';
import { createMemoryJobStore } from './job-store';
import { bulkJobRunnerFor } from './use-bulk-job';

const made: BulkJobRunner[] = [];
afterEach(() => {
  for (const runner of made.splice(0)) runner.dispose();
});

describe('bulkJobRunnerFor', () => {
  it('gives every mount of one host session the same runner, even when each mount gets its own bridge object', () => {
    const host = createFakeBridge();
    // What the reference host hands each mount: a new object over the same session, account and api.
    const firstMount = { ...host, navigation: { ...host.navigation, basePath: '/apps/bulk-manager' } };
    const secondMount = { ...host, navigation: { ...host.navigation, basePath: '/apps/bulk-manager' } };
    const runner = bulkJobRunnerFor(firstMount, { store: createMemoryJobStore() });
    made.push(runner);
    expect(bulkJobRunnerFor(secondMount)).toBe(runner);
  });

  it('gives another host session a runner of its own', () => {
    const first = bulkJobRunnerFor(createFakeBridge(), { store: createMemoryJobStore() });
    const second = bulkJobRunnerFor(createFakeBridge(), { store: createMemoryJobStore() });
    made.push(first, second);
    expect(second).not.toBe(first);
  });
});
