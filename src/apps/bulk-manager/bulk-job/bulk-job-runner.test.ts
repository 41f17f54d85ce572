import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOCK_BASE_URL, mockBackend, mockControls, mockFaults } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import type { StartTimer } from '../../../api';
import type { HostBridge } from '../../../bridge/contract';
import { createFakeBridge, demoCredentials, type FakeBridge } from '../../../testing/fake-bridge';
import { login } from '../../../host/http-auth';
import { BulkJobRunner, type BulkJobRunnerOptions, type BulkJobSnapshot } from './bulk-job-runner';
import type { JobRow } from './job-model';
import { createMemoryJobStore, type JobStore } from './job-store';

withMockServer();

const runners: BulkJobRunner[] = [];
afterEach(() => {
  for (const runner of runners.splice(0)) runner.dispose();
});

function rowsOf(count: number, from = 0): JobRow[] {
  return Array.from({ length: count }, (_, index) => {
    const n = from + index;
    return {
      userRow: n + 2,
      raw: [`First${n}`, `Last${n}`, `bulk${n}@example.org`, String(3000 + n), 'Headquarters'],
      seat: { firstName: `First${n}`, lastName: `Last${n}`, email: `bulk${n}@example.org`, extension: String(3000 + n), site: 'Headquarters' },
    };
  });
}

/** The fake bridge, its fetch counted: how many requests of each kind were in flight at most, and for which account. */
function countedBridge(options: { contractVersion?: string } = {}) {
  const fake = createFakeBridge({ baseUrl: MOCK_BASE_URL });
  const stats = { inFlight: 0, maxInFlight: 0, chunkAccounts: [] as string[] };
  const bridge: FakeBridge = {
    ...fake,
    contractVersion: options.contractVersion ?? fake.contractVersion,
    api: {
      fetch: async (path, init) => {
        const chunk = path.endsWith('/chunks');
        if (chunk) {
          stats.inFlight += 1;
          stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
          stats.chunkAccounts.push(init?.accountId ?? fake.account.current().id);
        }
        try {
          return await fake.api.fetch(path, init);
        } finally {
          if (chunk) stats.inFlight -= 1;
        }
      },
    },
  };
  return { bridge, stats };
}

function runnerFor(bridge: HostBridge, options: Partial<BulkJobRunnerOptions> = {}): BulkJobRunner {
  const runner = new BulkJobRunner(bridge, { store: createMemoryJobStore(), chunkSize: 2, client: { retry: { baseDelayMs: 1, maxDelayMs: 2 } }, ...options });
  runners.push(runner);
  // As a mounted screen does: the runner hears the host's session and account.
  runner.connect();
  return runner;
}

function until(runner: BulkJobRunner, done: (snapshot: BulkJobSnapshot) => boolean): Promise<BulkJobSnapshot> {
  return new Promise((resolve) => {
    if (done(runner.getSnapshot())) return resolve(runner.getSnapshot());
    const stop = runner.subscribe(() => {
      if (!done(runner.getSnapshot())) return;
      stop();
      resolve(runner.getSnapshot());
    });
  });
}

const seats = (accountId = '100001') => mockControls.snapshot().seatsByAccount[accountId] ?? 0;

/** Request timeouts that expire when the test says so: no test waits the real 30 s. */
function manualTimeouts() {
  const pending = new Set<() => void>();
  const startTimer: StartTimer = (_ms, onExpire) => {
    pending.add(onExpire);
    return () => void pending.delete(onExpire);
  };
  return {
    startTimer,
    /** Times out every request now waiting for its answer. */
    expire: () => {
      for (const onExpire of [...pending]) {
        pending.delete(onExpire);
        onExpire();
      }
    },
  };
}

/** Every count the runner shows, in order, so a test can check that none ran ahead or went back. */
function recordCounts(runner: BulkJobRunner): BulkJobSnapshot['counts'][] {
  const seen: BulkJobSnapshot['counts'][] = [];
  runner.subscribe(() => seen.push(runner.getSnapshot().counts));
  return seen;
}

function expectSteadyCounts(seen: readonly BulkJobSnapshot['counts'][], rows: number) {
  let previous = { created: 0, passDone: 0 };
  for (const counts of seen) {
    expect(counts.created).toBeGreaterThanOrEqual(previous.created);
    expect(counts.passDone).toBeGreaterThanOrEqual(previous.passDone);
    expect(counts.passDone).toBeLessThanOrEqual(rows);
    expect(counts.created + counts.failed).toBeLessThanOrEqual(rows);
    previous = counts;
  }
}

describe('the bulk job runner', () => {
  it('creates every row in chunks, never more than three in flight, and ends with the counts the server gives', async () => {
    const { bridge, stats } = countedBridge();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 20 });
    const runner = runnerFor(bridge);
    const before = seats();
    expect(await runner.start({ fileName: 'seats.csv', userHeaders: ['First Name'], rows: rowsOf(11) })).toEqual({ ok: true });
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.outcome).toBe('completed');
    expect(end.counts).toEqual({ rows: 11, created: 11, failed: 0, passTotal: 11, passDone: 11 });
    expect(seats()).toBe(before + 11);
    expect(stats.maxInFlight).toBe(3);
    expect(Object.keys(mockControls.snapshot().seatsCreatedByIdempotencyKey).filter((key) => /-p0-c\d+$/.test(key))).toHaveLength(6);
  });

  it('sends a chunk whose response was lost again with the same key, and the server creates it once', async () => {
    const { bridge } = countedBridge();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], dropRate: 1, times: 1 });
    const runner = runnerFor(bridge);
    const before = seats();
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(4) });
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.counts.created).toBe(4);
    expect(seats()).toBe(before + 4);
  });

  it('resends a chunk whose server committed it and never answered, once its request timed out, with the same key: each row created and counted once', async () => {
    const { bridge } = countedBridge();
    const timeouts = manualTimeouts();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], hangRate: 1, hangAfterCommit: true, times: 1 });
    const runner = runnerFor(bridge, { client: { retry: { baseDelayMs: 1, maxDelayMs: 2 }, startTimer: timeouts.startTimer } });
    const seen = recordCounts(runner);
    const before = seats();
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(8) });
    // The other chunks finish; the first one is committed on the server, but its answer never comes.
    await until(runner, (snapshot) => snapshot.counts.created === 6);
    await vi.waitFor(() => expect(mockFaults.hanging).toBe(1));
    expect(seats()).toBe(before + 8);
    expect(runner.getSnapshot().phase).toBe('running');
    timeouts.expire();
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.outcome).toBe('completed');
    expect(end.counts).toEqual({ rows: 8, created: 8, failed: 0, passTotal: 8, passDone: 8 });
    expect(seats()).toBe(before + 8);
    // The abort went through the bridge to the request: the server holds nothing any more.
    expect(mockFaults.hanging).toBe(0);
    const keys = Object.entries(mockControls.snapshot().seatsCreatedByIdempotencyKey).filter(([key]) => /-p0-c\d+$/.test(key));
    expect(keys.map(([, created]) => created)).toEqual([2, 2, 2, 2]);
    expectSteadyCounts(seen, 8);
  });

  it('pauses with the timeout as the reason when a chunk never gets an answer, keeps every row, and finishes on Try again without creating twice', async () => {
    const { bridge } = countedBridge();
    const timeouts = manualTimeouts();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], hangRate: 1, hangAfterCommit: true });
    const runner = runnerFor(bridge, { concurrency: 1, client: { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 }, startTimer: timeouts.startTimer } });
    const seen = recordCounts(runner);
    const before = seats();
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(4) });
    for (let attempt = 1; attempt <= 2; attempt++) {
      await vi.waitFor(() => expect(mockFaults.hanging).toBe(1));
      timeouts.expire();
    }
    const paused = await until(runner, (snapshot) => snapshot.phase === 'paused');
    expect(paused.pause).toBe('connection');
    expect(paused.error).toMatchObject({ kind: 'timeout', code: 'timeout' });
    // The server did create the first chunk; the runner counts nothing it has no answer for.
    expect(paused.counts).toMatchObject({ created: 0, passDone: 0, passTotal: 4 });
    expect(seats()).toBe(before + 2);

    mockControls.clearFaults();
    runner.resume();
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.counts).toEqual({ rows: 4, created: 4, failed: 0, passTotal: 4, passDone: 4 });
    expect(seats()).toBe(before + 4);
    expect(runner.summaryRows({ created: 'Created', failed: 'Failed', notSent: 'Not sent' }).rows.map((row) => row.result)).toEqual([
      'Created',
      'Created',
      'Created',
      'Created',
    ]);
    expectSteadyCounts(seen, 4);
  });

  it('forgets a run whose job could not be opened in time, with the timeout as the reason, and creates nothing', async () => {
    const { bridge } = countedBridge();
    const timeouts = manualTimeouts();
    const store = createMemoryJobStore();
    mockControls.setFaults({ routes: ['createSeatJob'], hangRate: 1 });
    const runner = runnerFor(bridge, { store, client: { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 }, startTimer: timeouts.startTimer } });
    const before = seats();
    const starting = runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(4) });
    for (let attempt = 1; attempt <= 2; attempt++) {
      await vi.waitFor(() => expect(mockFaults.hanging).toBe(1));
      timeouts.expire();
    }
    expect(await starting).toEqual({ ok: false, error: expect.objectContaining({ kind: 'timeout' }) });
    expect(runner.getSnapshot().phase).toBe('idle');
    expect(await store.load('user-1')).toBeNull();
    expect(seats()).toBe(before);
  });

  it('counts rows the server refused as failed, and retries only those in a new job', async () => {
    const { bridge } = countedBridge();
    const rows = rowsOf(5);
    const taken = mockBackend.bulk('100001').seats.find((seat) => seat.extension === '1000');
    expect(taken).toBeDefined();
    rows[2] = { ...rows[2], seat: { ...rows[2].seat, extension: '1000' } };
    const runner = runnerFor(bridge);
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows });
    const first = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(first.counts).toMatchObject({ created: 4, failed: 1 });
    expect(runner.failures(10)).toEqual([{ userRow: 4, outcome: expect.objectContaining({ status: 'failed', code: 'taken' }) }]);

    // The seat that held the extension goes away; the retry sends that row alone.
    const data = mockBackend.bulk('100001');
    data.seats = data.seats.filter((seat) => seat.extension !== '1000');
    const before = seats();
    await runner.retryFailed();
    const second = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(second.counts).toEqual({ rows: 5, created: 5, failed: 0, passTotal: 1, passDone: 1 });
    expect(seats()).toBe(before + 1);
    expect(mockControls.snapshot().jobsByAccount['100001']).toBeGreaterThanOrEqual(2);
    const summary = runner.summaryRows({ created: 'Created', failed: 'Failed', notSent: 'Not sent' });
    expect(summary.rows.map((row) => row.result)).toEqual(['Created', 'Created', 'Created', 'Created', 'Created']);
  });

  it('stops sending on Cancel, lets the chunks in flight finish, closes the job and says how many were created', async () => {
    const { bridge } = countedBridge();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 30 });
    const runner = runnerFor(bridge, { concurrency: 1 });
    const before = seats();
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(10) });
    await until(runner, (snapshot) => snapshot.counts.created >= 2);
    runner.cancel();
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.outcome).toBe('cancelled');
    expect(end.counts.created).toBeLessThan(10);
    expect(seats()).toBe(before + end.counts.created);
    const job = mockBackend.bulk('100001').jobs.at(-1);
    expect(job?.completedAt).not.toBeNull();
    const summary = runner.summaryRows({ created: 'Created', failed: 'Failed', notSent: 'Not sent' });
    expect(summary.rows.filter((row) => row.result === 'Not sent')).toHaveLength(10 - end.counts.created);
  });

  it('pauses when the server cannot be reached, keeps every row, and finishes on Try again', async () => {
    const { bridge } = countedBridge();
    const runner = runnerFor(bridge);
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], errorRate: 1, errorStatus: 503 });
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(6) });
    const paused = await until(runner, (snapshot) => snapshot.phase === 'paused');
    expect(paused.pause).toBe('connection');
    expect(paused.error?.kind).toBe('server');
    mockControls.clearFaults();
    runner.resume();
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.counts.created).toBe(6);
  });

  it('when a job closed elsewhere cannot be read back, pauses with the reason instead of finishing with rows never answered', async () => {
    const fake = createFakeBridge({ baseUrl: MOCK_BASE_URL });
    let chunks = 0;
    const bridge: FakeBridge = {
      ...fake,
      api: {
        fetch: async (path, init) => {
          if (path.endsWith('/chunks') && ++chunks === 2) {
            // Another tab finishes the job, and reading it back fails for now.
            await fake.api.fetch(path.replace(/chunks$/, 'complete'), { method: 'POST' });
            mockControls.setFaults({ routes: ['getSeatJob'], errorRate: 1, errorStatus: 503 });
          }
          return fake.api.fetch(path, init);
        },
      },
    };
    const runner = runnerFor(bridge, { concurrency: 1 });
    const seatsBefore = seats();
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(6) });
    const paused = await until(runner, (snapshot) => snapshot.phase === 'paused' || snapshot.phase === 'finished');
    expect(paused.phase).toBe('paused');
    expect(paused.pause).toBe('connection');
    expect(paused.error?.kind).toBe('server');
    mockControls.clearFaults();
    runner.resume();
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    // What the server's job has is the truth: the first chunk's two seats, the rest never sent.
    expect(end.counts).toMatchObject({ created: 2, failed: 0, passDone: 2 });
    expect(seats()).toBe(2 + seatsBefore);
  });

  it('says when the browser cannot store the run, which then will not survive a reload, and still creates every row', async () => {
    const { bridge } = countedBridge();
    const refusing: JobStore = {
      ...createMemoryJobStore(),
      save: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    };
    const runner = runnerFor(bridge, { store: refusing });
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(4) });
    expect(runner.getSnapshot().unsaved).toBe(true);
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.counts.created).toBe(4);
  });

  it('pauses when the session expires and goes on by itself after the user signs in again', async () => {
    const { bridge } = countedBridge();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 20 });
    const runner = runnerFor(bridge, { concurrency: 1 });
    const before = seats();
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(8) });
    await until(runner, (snapshot) => snapshot.counts.created >= 2);
    mockControls.expireSessions();
    const fake = bridge as FakeBridge;
    fake.host.expireSession();
    const paused = await until(runner, (snapshot) => snapshot.phase === 'paused');
    expect(paused.pause).toBe('session');
    const signedIn = await login(MOCK_BASE_URL, demoCredentials);
    if (!signedIn.ok) throw new Error('sign-in failed');
    fake.host.renewSession(signedIn.tokens);
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.counts.created).toBe(8);
    expect(seats()).toBe(before + 8);
  });

  it('keeps every request of the job on the account that started it when the host switches account', async () => {
    const { bridge, stats } = countedBridge();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 20 });
    const runner = runnerFor(bridge, { concurrency: 1 });
    const contoso = seats('100002');
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(6) });
    (bridge as FakeBridge).host.setAccount({ id: '100002', name: 'Contoso Ltd' });
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.counts.created).toBe(6);
    expect(seats('100002')).toBe(contoso);
    expect(new Set(stats.chunkAccounts)).toEqual(new Set(['100001']));
  });

  it('with a 1.0 host, which cannot send for another account, waits until the account is back, and writes nothing elsewhere', async () => {
    const { bridge, stats } = countedBridge({ contractVersion: '1.0.0' });
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 20 });
    const runner = runnerFor(bridge, { concurrency: 1 });
    const contoso = seats('100002');
    await runner.start({ fileName: 'seats.csv', userHeaders: [], rows: rowsOf(6) });
    (bridge as FakeBridge).host.setAccount({ id: '100002', name: 'Contoso Ltd' });
    const paused = await until(runner, (snapshot) => snapshot.phase === 'paused');
    expect(paused.pause).toBe('account');
    expect(seats('100002')).toBe(contoso);
    (bridge as FakeBridge).host.setAccount({ id: '100001', name: 'Northwind Traders' });
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end.counts.created).toBe(6);
    expect(seats('100002')).toBe(contoso);
    expect(new Set(stats.chunkAccounts)).toEqual(new Set(['100001']));
  });

  it('puts a run away when another user signs in on the same host session: nothing of it is shown to them or sent with their token, and its user finishes it after signing in again', async () => {
    const { bridge, stats } = countedBridge();
    const fake = bridge as FakeBridge;
    const store = createMemoryJobStore();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 20 });
    const runner = runnerFor(bridge, { store, concurrency: 1 });
    const before = seats();
    await runner.start({ fileName: 'alex.csv', userHeaders: [], rows: rowsOf(10) });
    await until(runner, (snapshot) => snapshot.counts.created >= 2);
    mockControls.expireSessions();
    fake.host.expireSession();
    await until(runner, (snapshot) => snapshot.phase === 'paused');

    const fran = await login(MOCK_BASE_URL, { username: 'fran.fabrikam', password: 'Passw0rd!', accountName: 'Fabrikam Inc' });
    if (!fran.ok) throw new Error('sign-in failed');
    fake.host.renewSession(fran.tokens, fran.user);
    expect(runner.getSnapshot()).toMatchObject({ phase: 'idle', account: null, fileName: '', counts: { rows: 0, created: 0, failed: 0 } });
    expect(runner.summaryRows({ created: 'Created', failed: 'Failed', notSent: 'Not sent' }).rows).toEqual([]);
    const sentForAlex = stats.chunkAccounts.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stats.chunkAccounts).toHaveLength(sentForAlex);
    const createdForAlex = seats();
    expect(createdForAlex).toBeLessThan(before + 10);
    // Still stored for its own user.
    expect((await store.load('user-1'))?.meta.fileName).toBe('alex.csv');

    const alex = await login(MOCK_BASE_URL, demoCredentials);
    if (!alex.ok) throw new Error('sign-in failed');
    fake.host.renewSession(alex.tokens, alex.user);
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end).toMatchObject({ outcome: 'completed', fileName: 'alex.csv', counts: { rows: 10, created: 10, failed: 0 } });
    expect(seats()).toBe(before + 10);
    // Kept until its user has seen how it ended.
    expect((await store.load('user-1'))?.meta.fileName).toBe('alex.csv');
    runner.dismiss();
    await vi.waitFor(async () => expect(await store.load('user-1')).toBeNull());
  });

  it('shows the next user their own unfinished run, not the finished one of the user before', async () => {
    const { bridge } = countedBridge();
    const fake = bridge as FakeBridge;
    const store = createMemoryJobStore();
    const runner = runnerFor(bridge, { store });
    await runner.start({ fileName: 'alex.csv', userHeaders: [], rows: rowsOf(3) });
    await until(runner, (snapshot) => snapshot.phase === 'finished');

    // Fran left a run in this browser before: a job of hers (in her account) still waiting to be sent.
    const fran = await login(MOCK_BASE_URL, { username: 'fran.fabrikam', password: 'Passw0rd!', accountName: 'Fabrikam Inc' });
    if (!fran.ok) throw new Error('sign-in failed');
    const franRows = rowsOf(2, 50).map((row) => ({ ...row, seat: { ...row.seat, site: 'Head Office' } }));
    await store.save(
      {
        runId: 'fran-run',
        userId: fran.user.id,
        account: fran.account,
        fileName: 'fran.csv',
        userHeaders: [],
        startedAt: new Date().toISOString(),
        passes: [{ jobId: null, rowIndexes: [0, 1], chunkSize: 2 }],
        cancelled: false,
      },
      franRows,
    );
    const fabrikam = seats(fran.account.id);
    fake.host.expireSession();
    fake.host.renewSession(fran.tokens, fran.user);
    expect(runner.getSnapshot().fileName).not.toBe('alex.csv');
    const end = await until(runner, (snapshot) => snapshot.phase === 'finished');
    expect(end).toMatchObject({ outcome: 'completed', fileName: 'fran.csv', account: fran.account, counts: { rows: 2, created: 2 } });
    expect(seats(fran.account.id)).toBe(fabrikam + 2);
  });

  it('after a reload, picks the run up from the store and the server, and finishes it without creating a seat twice', async () => {
    const store: JobStore = createMemoryJobStore();
    const first = countedBridge();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 20 });
    const before = seats();
    const page1 = runnerFor(first.bridge, { store, concurrency: 2 });
    await page1.start({ fileName: 'seats.csv', userHeaders: ['First Name'], rows: rowsOf(12) });
    await until(page1, (snapshot) => snapshot.counts.created >= 4);
    // The page goes away: its runner stops listening, but requests it had sent still reach the server.
    page1.dispose();

    const second = countedBridge();
    const page2 = runnerFor(second.bridge, { store });
    await page2.restore();
    const end = await until(page2, (snapshot) => snapshot.phase === 'finished');
    expect(end.outcome).toBe('completed');
    expect(end.counts).toMatchObject({ rows: 12, created: 12, failed: 0 });
    expect(seats()).toBe(before + 12);
    // Six chunks, six keys: a chunk sent again after the reload reused its key.
    expect(Object.keys(mockControls.snapshot().seatsCreatedByIdempotencyKey).filter((key) => /-p0-c\d+$/.test(key))).toHaveLength(6);
    page2.dismiss();
    await vi.waitFor(async () => expect(await store.load('user-1')).toBeNull());
  });

  it('shows how a run ended to a user who closed the tab as it finished, creating nothing more, until they are done with it', async () => {
    const store: JobStore = createMemoryJobStore();
    const first = countedBridge();
    const before = seats();
    const page1 = runnerFor(first.bridge, { store });
    const refused = rowsOf(1, 90).map((row) => ({ ...row, seat: { ...row.seat, site: 'Moon' } }));
    await page1.start({ fileName: 'seats.csv', userHeaders: ['First Name'], rows: [...rowsOf(4), ...refused] });
    await until(page1, (snapshot) => snapshot.phase === 'finished');
    // The tab closes before the user saw the outcome.
    page1.dispose();
    const sent = first.stats.chunkAccounts.length;

    const second = countedBridge();
    const page2 = runnerFor(second.bridge, { store });
    await page2.restore();
    const end = await until(page2, (snapshot) => snapshot.phase === 'finished');
    expect(end).toMatchObject({ outcome: 'completed', fileName: 'seats.csv', counts: { rows: 5, created: 4, failed: 1 } });
    expect(page2.failures(5)).toEqual([expect.objectContaining({ userRow: 92 })]);
    expect(second.stats.chunkAccounts).toHaveLength(0);
    expect(first.stats.chunkAccounts).toHaveLength(sent);
    expect(seats()).toBe(before + 4);
    page2.dismiss();
    await vi.waitFor(async () => expect(await store.load('user-1')).toBeNull());
    // Nothing to show any more.
    const page3 = runnerFor(countedBridge().bridge, { store });
    await page3.restore();
    expect(page3.getSnapshot().phase).toBe('idle');
  });
});
