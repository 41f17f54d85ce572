import { describe, expect, it } from 'vitest';
import { IdbDouble } from '../../../../mocks/testing/idb-double';
import type { JobMeta, JobRow } from './job-model';
import { createIndexedDbJobStore } from './job-store';

const meta: JobMeta = {
  runId: 'run-1',
  userId: 'user-1',
  account: { id: '100001', name: 'Northwind Traders' },
  fileName: 'seats.csv',
  userHeaders: ['First Name'],
  startedAt: '2026-12-07T10:00:00.000Z',
  passes: [],
  cancelled: false,
};
const rows = [] as JobRow[];

describe('createIndexedDbJobStore', () => {
  it('keeps a run for the next load and forgets it on clear', async () => {
    const store = createIndexedDbJobStore(new IdbDouble().factory);
    await store.save(meta, rows);
    expect((await store.load('user-1'))?.meta.runId).toBe('run-1');
    await store.clear('user-1', 'another-run');
    expect(await store.load('user-1')).not.toBeNull();
    await store.clear('user-1', 'run-1');
    expect(await store.load('user-1')).toBeNull();
  });

  it('opens its connection again after the browser closed it, so later saves still land', async () => {
    const idb = new IdbDouble();
    const store = createIndexedDbJobStore(idb.factory);
    await store.save(meta, rows);
    idb.closeAll();
    await store.update({ ...meta, cancelled: true });
    expect((await store.load('user-1'))?.meta.cancelled).toBe(true);
    expect(idb.openConnections()).toBe(1);
  });

  it('closes its connection when another tab asks for a newer version, and opens a new one when next used', async () => {
    const idb = new IdbDouble();
    const store = createIndexedDbJobStore(idb.factory);
    await store.save(meta, rows);
    idb.requestVersionChange();
    expect(idb.openConnections()).toBe(0);
    await store.update({ ...meta, fileName: 'renamed.csv' });
    expect((await store.load('user-1'))?.meta.fileName).toBe('renamed.csv');
  });

  it('rejects a save the browser aborts (quota), so the caller can tell the user', async () => {
    const idb = new IdbDouble();
    const store = createIndexedDbJobStore(idb.factory);
    idb.failWrites();
    await expect(store.save(meta, rows)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await store.save(meta, rows);
    expect(await store.load('user-1')).not.toBeNull();
  });
});
