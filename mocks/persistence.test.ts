import { describe, expect, it } from 'vitest';
import { IdbDouble } from './testing/idb-double';
import { createIndexedDbPersistence } from './persistence';
import { createSeedState } from './data/seed';

describe('createIndexedDbPersistence', () => {
  it('keeps a saved state for the next load', async () => {
    const idb = new IdbDouble();
    const persistence = createIndexedDbPersistence(idb.factory);
    const state = createSeedState();
    await persistence.save(state);
    expect(await persistence.load()).toEqual(state);
  });

  it('rejects an aborted save (quota) instead of never settling, and closes its connection', async () => {
    const idb = new IdbDouble();
    const persistence = createIndexedDbPersistence(idb.factory);
    idb.failWrites();
    const settled = await Promise.race([
      persistence.save(createSeedState()).then(
        () => 'saved',
        (error: unknown) => (error instanceof DOMException ? error.name : 'other'),
      ),
      new Promise((resolve) => setTimeout(() => resolve('pending'), 100)),
    ]);
    expect(settled).toBe('QuotaExceededError');
    expect(idb.openConnections()).toBe(0);
    expect(await persistence.load()).toBeNull();
  });
});
