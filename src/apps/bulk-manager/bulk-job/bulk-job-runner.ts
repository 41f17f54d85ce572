import {
  completeSeatJob,
  createApiClient,
  createSeatJob,
  getSeatJob,
  sendSeatJobChunk,
  type ApiClient,
  type ApiClientOptions,
  type ApiError,
  type HostFetch,
} from '../../../api';
import { hostHonoursAccountId, type HostAccount, type HostBridge, type SessionState } from '../../../bridge/contract';
import { MAX_CHUNK_ROWS } from '../../../contract';
import type { SummaryRow } from '../../../import';
import { chunkCount, chunkKey, chunkRowNumbers, openKey, outcomeOf, type JobMeta, type JobPass, type JobRow, type RowOutcome } from './job-model';
import type { JobStore } from './job-store';

/** Why sending stopped for now: the session expired, the server is unreachable, or another account is current (1.0 host). */
export type PauseReason = 'session' | 'connection' | 'account';

/** How a run ended: every row has a result, the user cancelled, or the server no longer knows the job. */
export type RunOutcome = 'completed' | 'cancelled' | 'lost';

/** Counts that never run ahead of the server: a row counts once the server answered for it. */
export interface BulkJobCounts {
  /** Rows of the run (the file's valid rows). */
  readonly rows: number;
  readonly created: number;
  readonly failed: number;
  /** Rows of the current send (every row, or the failed rows on a retry). */
  readonly passTotal: number;
  /** Rows of the current send the server answered for. */
  readonly passDone: number;
}

/** What the screens show. */
export interface BulkJobSnapshot {
  readonly phase: 'idle' | 'restoring' | 'starting' | 'running' | 'paused' | 'cancelling' | 'finished';
  readonly pause: PauseReason | null;
  /** The error behind a `connection` pause, or of a retry that could not start. */
  readonly error: ApiError | null;
  readonly account: HostAccount | null;
  readonly fileName: string;
  readonly counts: BulkJobCounts;
  readonly outcome: RunOutcome | null;
  /** True while the current send is a "retry failed rows". */
  readonly retrying: boolean;
  /** True once the browser refused to store the run (private mode, quota): it will not survive a reload. */
  readonly unsaved: boolean;
}

/** What a run is started with. */
export interface StartRun {
  readonly fileName: string;
  readonly userHeaders: readonly string[];
  readonly rows: readonly JobRow[];
}

/** Options of the runner; the defaults fit the product, tests shorten the waits. */
export interface BulkJobRunnerOptions {
  readonly store: JobStore;
  /** Chunks in flight at once. */
  readonly concurrency?: number;
  /** Rows per chunk, at most the contract's MAX_CHUNK_ROWS. */
  readonly chunkSize?: number;
  readonly client?: ApiClientOptions;
  /** Makes run ids; `crypto.randomUUID` by default. */
  readonly newId?: () => string;
  /** Called when a run ends while no screen shows it (the user is elsewhere in the app or in the host). */
  readonly onUnseenEnd?: (snapshot: BulkJobSnapshot) => void;
}

const emptyCounts: BulkJobCounts = { rows: 0, created: 0, failed: 0, passTotal: 0, passDone: 0 };
const idle: BulkJobSnapshot = {
  phase: 'idle',
  pause: null,
  error: null,
  account: null,
  fileName: '',
  counts: emptyCounts,
  outcome: null,
  retrying: false,
  unsaved: false,
};

/** Thrown inside the job's fetch when a 1.0 host would send a request of the job for another account. */
class AccountSwitchedError extends Error {
  constructor() {
    super('Another account is current; the request of the bulk job was not sent');
    this.name = 'AccountSwitchedError';
  }
}

/**
 * Creates seats in bulk: opens a server job, sends the rows in chunks with bounded concurrency, each
 * chunk with an idempotency key derived from the run, the send and the chunk (so a chunk sent again,
 * after a lost or late response or a reload, replays instead of creating twice). It pauses when the
 * session expires, the server is unreachable or does not answer in time, or (with a 1.0 host) another
 * account is current, and resumes by itself once the session or account is back. Every request
 * carries the run's account. It lives as long as the host session, outside React, so switching tab or
 * account does not stop it. A run belongs to the user who started it: when another user signs in on
 * the same host session, the run is put away (it stays stored for its user) and the new user's own
 * unfinished run, if any, is picked up.
 */
export class BulkJobRunner {
  private snapshot: BulkJobSnapshot = idle;
  private readonly listeners = new Set<() => void>();
  private readonly store: JobStore;
  private readonly concurrency: number;
  private readonly chunkSize: number;
  private readonly newId: () => string;
  private meta: JobMeta | null = null;
  private rows: readonly JobRow[] = [];
  private outcomes: (RowOutcome | undefined)[] = [];
  /** Per position of the current pass: whether the server answered for it in this pass. */
  private answered: boolean[] = [];
  private queue: number[] = [];
  private inFlight = 0;
  private client: ApiClient | null = null;
  private restored = true;
  private viewers = 0;
  private disposed = false;
  /** The host subscriptions, while {@link listenToHostWhileNeeded} keeps them. */
  private hostSubscriptions: (() => void)[] | null = null;
  /** Screens mounted on the runner (see {@link connect}). */
  private connections = 0;
  /** Set when the job's fetch refused to send for another account (1.0 host). */
  private accountRefused = false;
  /** The host user the runner works for: only their run is shown and sent. */
  private userId: string;
  /** Set when a change of user put a run away while the session was expired: pick up the new user's once it is active. */
  private restorePending = false;
  /** Aborts the requests of the current run when it is put away for another user. */
  private runRequests = new AbortController();

  constructor(
    private readonly bridge: HostBridge,
    private readonly options: BulkJobRunnerOptions,
  ) {
    this.store = options.store;
    this.concurrency = Math.max(1, options.concurrency ?? 3);
    this.chunkSize = Math.max(1, Math.min(MAX_CHUNK_ROWS, options.chunkSize ?? MAX_CHUNK_ROWS));
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.userId = bridge.session.current().user.id;
  }

  private readonly onSession = (state: SessionState): void => {
    if (state.user.id !== this.userId) return this.changeUser(state);
    if (state.status === 'expired' && this.snapshot.phase === 'running') this.pauseFor('session', null);
    if (state.status === 'active' && this.snapshot.pause === 'session') this.resume();
    if (state.status === 'active' && this.restorePending) {
      this.restorePending = false;
      void this.restore();
    }
  };

  private readonly onAccount = (account: HostAccount): void => {
    if (this.snapshot.pause === 'account' && account.id === this.meta?.account.id) this.resume();
  };

  /**
   * The runner listens to the host's session and account only while a screen of the app is mounted
   * or a run is under way: an idle runner kept for the next visit must not stay subscribed to a host
   * the app has left (each visit of a host that hands every mount new services added two listeners).
   */
  private listenToHostWhileNeeded(): void {
    const busy = this.snapshot.phase !== 'idle' && this.snapshot.phase !== 'finished';
    if ((busy || this.connections > 0) && !this.disposed) {
      if (this.hostSubscriptions === null)
        this.hostSubscriptions = [this.bridge.session.subscribe(this.onSession), this.bridge.account.subscribe(this.onAccount)];
      return;
    }
    for (const unsubscribe of this.hostSubscriptions ?? []) unsubscribe();
    this.hostSubscriptions = null;
  }

  /**
   * A mounted screen uses the runner until the returned function is called. While nothing was
   * listening the session or the account may have changed: the first screen catches up with them.
   */
  connect(): () => void {
    const wasListening = this.hostSubscriptions !== null;
    this.connections += 1;
    this.listenToHostWhileNeeded();
    if (!wasListening && !this.disposed) {
      this.onSession(this.bridge.session.current());
      this.onAccount(this.bridge.account.current());
    }
    let connected = true;
    return () => {
      if (!connected) return;
      connected = false;
      this.connections -= 1;
      this.listenToHostWhileNeeded();
    };
  }

  /** The current state; a new object after every change (for `useSyncExternalStore`). */
  getSnapshot = (): BulkJobSnapshot => this.snapshot;

  /** Calls `listener` after every change. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** A screen shows the run while the returned function is not called. */
  attachView(): () => void {
    this.viewers += 1;
    let attached = true;
    return () => {
      if (attached) this.viewers -= 1;
      attached = false;
    };
  }

  /** True while a run is under way (a switch of account needs a warning). */
  get busy(): boolean {
    const { phase } = this.snapshot;
    return phase === 'restoring' || phase === 'starting' || phase === 'running' || phase === 'paused' || phase === 'cancelling';
  }

  /** The account of the run, if any. */
  get account(): HostAccount | null {
    return this.meta?.account ?? null;
  }

  private set(next: Partial<BulkJobSnapshot>): void {
    if (this.disposed) return;
    this.snapshot = { ...this.snapshot, ...next };
    this.listenToHostWhileNeeded();
    for (const listener of [...this.listeners]) listener();
  }

  private counts(): BulkJobCounts {
    let created = 0;
    let failed = 0;
    for (const outcome of this.outcomes) {
      if (outcome?.status === 'created') created += 1;
      else if (outcome?.status === 'failed') failed += 1;
    }
    const pass = this.currentPass();
    let passDone = 0;
    for (const done of this.answered) if (done) passDone += 1;
    return { rows: this.rows.length, created, failed, passTotal: pass?.rowIndexes.length ?? 0, passDone };
  }

  private currentPass(): JobPass | undefined {
    return this.meta?.passes[this.meta.passes.length - 1];
  }

  /** False once the run of `meta` was put away (another user signed in) or the runner disposed: a late answer must not touch what is shown now. */
  private isCurrent(meta: JobMeta): boolean {
    return !this.disposed && this.meta?.runId === meta.runId;
  }

  /**
   * Another user signed in on this host session. The run of the user before is theirs: it is not shown
   * to the new user and none of its requests is sent with their token; it stays in the store, so its
   * user finds it again when they sign in. The new user's own unfinished run, if any, is picked up.
   */
  private changeUser(state: SessionState): void {
    this.userId = state.user.id;
    this.putAway();
    this.restorePending = state.status !== 'active';
    if (state.status === 'active') void this.restore();
  }

  /** Forgets the run in memory (not in the store) and aborts its requests; the screens go back to the upload. */
  private putAway(): void {
    this.runRequests.abort();
    this.runRequests = new AbortController();
    this.meta = null;
    this.rows = [];
    this.outcomes = [];
    this.answered = [];
    this.queue = [];
    this.client = null;
    this.restored = true;
    this.finishing = false;
    this.set(idle);
  }

  /** What a step of a run that was put away meanwhile resolves with. */
  private putAwayError(): { ok: false; error: ApiError } {
    return {
      ok: false,
      error: { kind: 'aborted', status: null, code: 'run-put-away', message: 'Another user signed in; the run was put away for its own user' },
    };
  }

  private clientFor(account: HostAccount): ApiClient {
    const honours = hostHonoursAccountId(this.bridge);
    const fetchForJob: HostFetch = (path, init) => {
      if (honours) return this.bridge.api.fetch(path, { ...init, accountId: account.id });
      // A 1.0 host sends the current account: refuse rather than write into another account.
      if (this.bridge.account.current().id !== account.id) {
        this.accountRefused = true;
        return Promise.reject(new AccountSwitchedError());
      }
      return this.bridge.api.fetch(path, init);
    };
    return createApiClient(fetchForJob, this.options.client);
  }

  private wrongAccount(): boolean {
    const account = this.meta?.account;
    return account !== undefined && !hostHonoursAccountId(this.bridge) && this.bridge.account.current().id !== account.id;
  }

  /**
   * Starts a run for the current account: stores it (so a reload finds it), opens the server job and
   * sends the rows. Resolves once the job is open, with the error when it could not be opened (the
   * run is then forgotten and nothing was created).
   */
  async start(input: StartRun): Promise<{ ok: true } | { ok: false; error: ApiError }> {
    if (this.busy) return { ok: false, error: { kind: 'conflict', status: null, code: 'job-running', message: 'A bulk job is already running' } };
    const account = this.bridge.account.current();
    const pass: JobPass = { jobId: null, rowIndexes: input.rows.map((_, index) => index), chunkSize: this.chunkSize };
    const meta: JobMeta = {
      runId: this.newId(),
      userId: this.userId,
      account,
      fileName: input.fileName,
      userHeaders: input.userHeaders,
      startedAt: new Date().toISOString(),
      passes: [pass],
      cancelled: false,
    };
    this.meta = meta;
    this.rows = input.rows;
    this.outcomes = new Array<RowOutcome | undefined>(input.rows.length);
    this.answered = new Array<boolean>(input.rows.length).fill(false);
    this.client = this.clientFor(account);
    this.restored = true;
    this.set({ ...idle, phase: 'starting', account, fileName: input.fileName, counts: this.counts() });
    await this.persist('save');
    const opened = this.isCurrent(meta) ? await this.openPass() : this.putAwayError();
    if (!this.isCurrent(meta)) return opened.ok ? this.putAwayError() : opened;
    if (!opened.ok) {
      await this.forget(meta);
      if (!this.isCurrent(meta)) return opened;
      this.meta = null;
      this.rows = [];
      this.outcomes = [];
      this.answered = [];
      this.set(idle);
      return opened;
    }
    this.queue = Array.from({ length: chunkCount(this.currentPassOrThrow()) }, (_, chunk) => chunk);
    this.set({ phase: 'running', counts: this.counts() });
    this.pump();
    return { ok: true };
  }

  private currentPassOrThrow(): JobPass {
    const pass = this.currentPass();
    if (pass === undefined) throw new Error('The run has no send');
    return pass;
  }

  /** Opens the server job of the current pass (idempotent: the same key after a reload replays it). */
  private async openPass(): Promise<{ ok: true } | { ok: false; error: ApiError }> {
    const meta = this.meta;
    const client = this.client;
    if (meta === null || client === null) return { ok: false, error: { kind: 'aborted', status: null, code: 'no-run', message: 'No run' } };
    const index = meta.passes.length - 1;
    const pass = this.currentPassOrThrow();
    if (pass.jobId !== null) return { ok: true };
    const opened = await createSeatJob(
      client,
      { rowCount: pass.rowIndexes.length, fileName: meta.fileName },
      { idempotencyKey: openKey(meta.runId, index), signal: this.runRequests.signal },
    );
    if (!this.isCurrent(meta)) return this.putAwayError();
    if (!opened.ok) return opened;
    const passes = meta.passes.map((candidate, at) => (at === index ? { ...candidate, jobId: opened.value.id } : candidate));
    this.meta = { ...meta, passes };
    await this.persist('update');
    return { ok: true };
  }

  private async persist(kind: 'save' | 'update'): Promise<void> {
    if (this.meta === null) return;
    // Storage can fail (private mode, quota): the run goes on, and the user is told it will not survive a reload.
    const meta = this.meta;
    // An update cannot mend a run whose rows were never stored: only a full save clears the flag.
    let unsaved = kind === 'update' && this.snapshot.unsaved;
    try {
      if (kind === 'save') await this.store.save(meta, this.rows);
      else await this.store.update(meta);
    } catch {
      unsaved = true;
    }
    if (this.isCurrent(meta) && unsaved !== this.snapshot.unsaved) this.set({ unsaved });
  }

  private async forget(meta: JobMeta | null = this.meta): Promise<void> {
    if (meta === null) return;
    try {
      await this.store.clear(meta.userId, meta.runId);
    } catch {
      /* nothing more to do: the next start replaces it */
    }
  }

  /** Sends queued chunks while running, up to the concurrency; finishes when nothing is left. */
  private pump(): void {
    if (this.disposed) return;
    const { phase } = this.snapshot;
    while (phase === 'running' && this.inFlight < this.concurrency && this.queue.length > 0) {
      if (this.wrongAccount()) {
        this.pauseFor('account', null);
        return;
      }
      const chunk = this.queue.shift();
      if (chunk === undefined) break;
      this.inFlight += 1;
      void this.sendChunk(chunk).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
    if (this.inFlight === 0 && this.queue.length === 0 && (phase === 'running' || phase === 'cancelling')) void this.finish();
  }

  private async sendChunk(chunk: number): Promise<void> {
    const meta = this.meta;
    const client = this.client;
    const pass = this.currentPass();
    if (meta === null || client === null || pass === undefined || pass.jobId === null) return;
    const passIndex = meta.passes.length - 1;
    const numbers = chunkRowNumbers(pass, chunk);
    const body = numbers.flatMap((rowNumber) => {
      const row = this.rows[pass.rowIndexes[rowNumber - 1] ?? -1];
      return row === undefined ? [] : [{ rowNumber, seat: row.seat }];
    });
    this.accountRefused = false;
    const sent = await sendSeatJobChunk(client, pass.jobId, body, chunkKey(meta.runId, passIndex, chunk), { signal: this.runRequests.signal });
    if (this.disposed || this.meta?.runId !== meta.runId || this.meta.passes.length - 1 !== passIndex) return;
    if (sent.ok) {
      for (const result of sent.value.results) this.record(pass, result.rowNumber, outcomeOf(result));
      this.set({ counts: this.counts() });
      return;
    }
    const { error } = sent;
    if (error.kind === 'validation') {
      // The server refused the chunk itself (a malformed row): its rows failed, the others go on.
      for (const rowNumber of numbers) this.record(pass, rowNumber, { status: 'failed', code: error.code, message: error.message });
      this.set({ counts: this.counts() });
      return;
    }
    if (error.kind === 'conflict' && error.code === 'job-completed') {
      // Closed elsewhere (another tab finished it): what the server has is the truth, once it can be read.
      const read = await this.reconcile(meta, pass);
      if (read === 'ok' || read === 'stale') return;
      if (read === 'lost') {
        this.queue = [];
        this.set({ outcome: 'lost' });
        return;
      }
      // Unread, the chunk's rows would end as "not sent": keep the chunk and pause, Try again reads again.
      if (this.snapshot.phase === 'cancelling') return;
      this.queue.unshift(chunk);
      this.pauseFor(read.kind === 'unauthorized' ? 'session' : 'connection', read.kind === 'unauthorized' ? null : read);
      return;
    }
    if (error.kind === 'not-found') {
      this.queue = [];
      this.set({ outcome: 'lost' });
      return;
    }
    this.queue.unshift(chunk);
    if (this.snapshot.phase === 'cancelling') {
      this.queue = [];
      return;
    }
    if (error.kind === 'unauthorized') {
      // A 401 that comes back after the user signed in again belongs to the old session: send again.
      if (this.bridge.session.current().status !== 'active') this.pauseFor('session', null);
    } else if (this.accountRefused || this.wrongAccount()) this.pauseFor('account', null);
    else this.pauseFor('connection', error);
  }

  private record(pass: JobPass, rowNumber: number, outcome: RowOutcome): void {
    const index = pass.rowIndexes[rowNumber - 1];
    if (index === undefined) return;
    this.outcomes[index] = outcome;
    this.answered[rowNumber - 1] = true;
  }

  /** Reads every result of a pass's job from the server: 'lost' when the job is gone, 'stale' when the run was put away meanwhile. */
  private async reconcile(meta: JobMeta, pass: JobPass): Promise<'ok' | 'lost' | 'stale' | ApiError> {
    const client = this.client;
    if (client === null || pass.jobId === null) return 'lost';
    let cursor: string | undefined;
    do {
      const page = await getSeatJob(client, pass.jobId, { limit: 500, cursor }, { signal: this.runRequests.signal });
      if (!this.isCurrent(meta)) return 'stale';
      if (!page.ok) return page.error.kind === 'not-found' ? 'lost' : page.error;
      for (const result of page.value.results.items) this.record(pass, result.rowNumber, outcomeOf(result));
      cursor = page.value.results.nextCursor ?? undefined;
    } while (cursor !== undefined);
    this.set({ counts: this.counts() });
    return 'ok';
  }

  private pauseFor(reason: PauseReason, error: ApiError | null): void {
    if (this.snapshot.phase !== 'running' && this.snapshot.phase !== 'restoring' && this.snapshot.phase !== 'paused') return;
    this.set({ phase: 'paused', pause: reason, error });
  }

  /** Goes on after a pause (the "Try again" of a connection pause; session and account pauses resume by themselves). */
  resume(): void {
    if (this.snapshot.phase !== 'paused') return;
    if (!this.restored) {
      void this.restoreRun();
      return;
    }
    this.set({ phase: 'running', pause: null, error: null });
    this.pump();
  }

  /** Stops sending new chunks; the chunks already sent finish, then the server job is closed. */
  cancel(): void {
    if (this.meta === null || !this.busy || this.snapshot.phase === 'cancelling') return;
    this.meta = { ...this.meta, cancelled: true };
    void this.persist('update');
    this.queue = [];
    this.set({ phase: 'cancelling', pause: null });
    if (!this.restored) {
      void this.finish();
      return;
    }
    this.pump();
  }

  private finishing = false;

  private async finish(): Promise<void> {
    const meta = this.meta;
    const client = this.client;
    if (meta === null || this.finishing) return;
    this.finishing = true;
    const pass = this.currentPass();
    const answeredAll = this.answered.every(Boolean);
    if (client !== null && pass?.jobId && (meta.cancelled || !answeredAll)) await completeSeatJob(client, pass.jobId, { signal: this.runRequests.signal });
    if (!this.isCurrent(meta)) return;
    // A finished run stays stored until the user has seen it (Done, another upload): a tab closed as
    // the run ended shows its outcome when the user comes back, from the store and the server's job.
    const outcome: RunOutcome = this.snapshot.outcome === 'lost' ? 'lost' : meta.cancelled ? 'cancelled' : 'completed';
    if (outcome === 'lost') await this.forget(meta);
    if (!this.isCurrent(meta)) return;
    this.finishing = false;
    this.set({ phase: 'finished', pause: null, outcome, counts: this.counts() });
    if (this.viewers === 0) this.options.onUnseenEnd?.(this.snapshot);
  }

  /** Sends again, in a new server job, only the rows whose latest result is a failure. */
  async retryFailed(): Promise<void> {
    const meta = this.meta;
    if (meta === null || this.snapshot.phase !== 'finished') return;
    const rowIndexes = this.outcomes.flatMap((outcome, index) => (outcome?.status === 'failed' ? [index] : []));
    if (rowIndexes.length === 0) return;
    const previous = this.snapshot;
    this.meta = { ...meta, passes: [...meta.passes, { jobId: null, rowIndexes, chunkSize: this.chunkSize }], cancelled: false };
    this.answered = new Array<boolean>(rowIndexes.length).fill(false);
    this.client = this.clientFor(meta.account);
    this.set({ phase: 'starting', outcome: null, error: null, retrying: true, counts: this.counts() });
    const retryMeta = this.meta;
    await this.persist('save');
    if (!this.isCurrent(retryMeta)) return;
    const opened = await this.openPass();
    if (!this.isCurrent(retryMeta)) return;
    if (!opened.ok) {
      // Back to the finished run, stored as it was.
      this.meta = meta;
      this.answered = [];
      this.set({ ...previous, error: opened.error });
      await this.persist('save');
      return;
    }
    this.queue = Array.from({ length: chunkCount(this.currentPassOrThrow()) }, (_, chunk) => chunk);
    this.set({ phase: 'running', counts: this.counts() });
    this.pump();
  }

  /** After a reload: finds the user's unfinished run and finishes it (nothing is created twice). */
  async restore(): Promise<void> {
    if (this.busy || this.meta !== null) return;
    const userId = this.userId;
    let saved: Awaited<ReturnType<JobStore['load']>>;
    try {
      saved = await this.store.load(userId);
    } catch {
      return;
    }
    // Another user may have signed in while the store was read; and a record is only ever its own user's.
    if (saved === null || this.meta !== null || this.disposed || userId !== this.userId || saved.meta.userId !== userId) return;
    this.meta = saved.meta;
    this.rows = saved.rows;
    this.outcomes = new Array<RowOutcome | undefined>(saved.rows.length);
    this.answered = new Array<boolean>(this.currentPass()?.rowIndexes.length ?? 0).fill(false);
    this.client = this.clientFor(saved.meta.account);
    this.restored = false;
    this.set({
      ...idle,
      phase: 'restoring',
      account: saved.meta.account,
      fileName: saved.meta.fileName,
      retrying: saved.meta.passes.length > 1,
      counts: this.counts(),
    });
    await this.restoreRun();
  }

  /** Asks the server what each send of the run already did, then sends what is left. */
  private async restoreRun(): Promise<void> {
    const meta = this.meta;
    if (meta === null) return;
    if (this.wrongAccount()) {
      this.set({ phase: 'paused', pause: 'account' });
      return;
    }
    this.set({ phase: 'restoring', pause: null, error: null });
    const opened = await this.openPass();
    if (!this.isCurrent(meta)) return;
    if (!opened.ok) return this.restoreFailed(opened.error);
    const passes = this.meta?.passes ?? [];
    this.outcomes = new Array<RowOutcome | undefined>(this.rows.length);
    for (const [index, pass] of passes.entries()) {
      this.answered = new Array<boolean>(pass.rowIndexes.length).fill(false);
      const read = await this.reconcile(meta, pass);
      if (read === 'stale') return;
      if (read === 'lost') {
        await this.forget(meta);
        if (!this.isCurrent(meta)) return;
        this.restored = true;
        this.set({ phase: 'finished', outcome: 'lost', counts: this.counts() });
        return;
      }
      if (read !== 'ok') return this.restoreFailed(read);
      if (index < passes.length - 1) continue;
      this.queue = [];
      const last = this.currentPassOrThrow();
      for (let chunk = 0; chunk < chunkCount(last); chunk++) {
        if (chunkRowNumbers(last, chunk).some((rowNumber) => this.answered[rowNumber - 1] !== true)) this.queue.push(chunk);
      }
    }
    this.restored = true;
    if (this.meta?.cancelled) this.queue = [];
    this.set({ phase: this.meta?.cancelled ? 'cancelling' : 'running', counts: this.counts() });
    this.pump();
  }

  private restoreFailed(error: ApiError): void {
    this.set({ phase: 'paused', pause: error.kind === 'unauthorized' ? 'session' : 'connection', error: error.kind === 'unauthorized' ? null : error });
  }

  /** Forgets a finished run (Done), here and in the store; the screens go back to the upload. */
  dismiss(): void {
    if (this.busy) return;
    void this.forget(this.meta);
    this.meta = null;
    this.rows = [];
    this.outcomes = [];
    this.answered = [];
    this.queue = [];
    this.set(idle);
  }

  /** The summary file's rows: every row of the run in the user's order, with its latest outcome. */
  summaryRows(labels: { created: string; failed: string; notSent: string }): { userHeaders: readonly string[]; rows: SummaryRow[] } {
    const rows = this.rows.map((row, index): SummaryRow => {
      const outcome = this.outcomes[index];
      if (outcome?.status === 'created') return { raw: row.raw, userId: outcome.seatId, createdAt: new Date(outcome.createdAt), result: labels.created };
      if (outcome?.status === 'failed') return { raw: row.raw, result: labels.failed, error: outcome.message };
      return { raw: row.raw, result: labels.notSent };
    });
    return { userHeaders: this.meta?.userHeaders ?? [], rows };
  }

  /** The rows that failed, with the user's row number and the server's reason (for the confirmation). */
  failures(limit: number): { userRow: number; outcome: Extract<RowOutcome, { status: 'failed' }> }[] {
    const found: { userRow: number; outcome: Extract<RowOutcome, { status: 'failed' }> }[] = [];
    for (const [index, outcome] of this.outcomes.entries()) {
      if (outcome?.status !== 'failed') continue;
      found.push({ userRow: this.rows[index]?.userRow ?? 0, outcome });
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Every row whose latest result is a failure, in the user's order, with the user's headers (to fix them in a new preview). */
  failedRows(): { userHeaders: readonly string[]; rows: { userRow: number; raw: readonly string[]; outcome: Extract<RowOutcome, { status: 'failed' }> }[] } {
    const rows = this.rows.flatMap((row, index) => {
      const outcome = this.outcomes[index];
      return outcome?.status === 'failed' ? [{ userRow: row.userRow, raw: row.raw, outcome }] : [];
    });
    return { userHeaders: this.meta?.userHeaders ?? [], rows };
  }

  /** Stops listening to the host for good (tests; the app keeps one runner per host session). */
  dispose(): void {
    this.disposed = true;
    this.listenToHostWhileNeeded();
  }
}
