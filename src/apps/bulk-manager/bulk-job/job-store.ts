import type { JobMeta, JobRow } from './job-model';

/**
 * Where a running bulk creation waits out a reload, or a closed tab. Its rows are personal data (names,
 * emails, numbers), so they never go to localStorage, sessionStorage or the URL: those are read
 * synchronously by every script of the origin and outlive the task. They go to IndexedDB, one record
 * per user, and are deleted once the user has seen how the run ended (Done, another upload, a new
 * run), or when the server no longer knows its job: a tab closed as the run ended shows the outcome
 * when the user comes back. The rows' outcomes are not stored: the server's job keeps them and is
 * asked again after a reload.
 *
 * A record is its user's alone: it is read back only for the host user id that started it (the runner
 * also puts a run away when another user signs in on the same host session), and its requests go to
 * the account it was started in. Signing out does not delete it: the host contract does not tell a
 * sign-out from an expired session, and the user who signs out or closes the tab mid-run gets the run
 * back, to finish it, when they sign in again; until then nobody else is shown it.
 */
export interface JobStore {
  /** Stores the run and its rows (replacing any earlier run of the same user). */
  save(meta: JobMeta, rows: readonly JobRow[]): Promise<void>;
  /** Updates the run's meta (a pass opened, cancelled); the rows stay. */
  update(meta: JobMeta): Promise<void>;
  /** The user's run that is unfinished, or finished but not yet seen, if any. */
  load(userId: string): Promise<{ meta: JobMeta; rows: JobRow[] } | null>;
  /** Forgets the user's run; with `runId`, only if that run is the stored one (another tab may have started a newer run). */
  clear(userId: string, runId?: string): Promise<void>;
}

/** A store in memory: where IndexedDB is missing (tests, some embedded browsers); it does not survive a reload. */
export function createMemoryJobStore(): JobStore {
  const runs = new Map<string, { meta: JobMeta; rows: JobRow[] }>();
  return {
    save: async (meta, rows) => void runs.set(meta.userId, { meta, rows: [...rows] }),
    update: async (meta) => {
      const run = runs.get(meta.userId);
      if (run) runs.set(meta.userId, { ...run, meta });
    },
    load: async (userId) => runs.get(userId) ?? null,
    clear: async (userId, runId) => {
      if (runId === undefined || runs.get(userId)?.meta.runId === runId) runs.delete(userId);
    },
  };
}

const DB_NAME = 'portal-apps-bulk-jobs';
const META = 'meta';
const ROWS = 'rows';

function request<T>(action: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    action.onsuccess = () => resolve(action.result);
    action.onerror = () => reject(action.error ?? new Error('IndexedDB request failed'));
  });
}

function isMeta(value: unknown): value is JobMeta {
  return typeof value === 'object' && value !== null && 'runId' in value && 'passes' in value && 'account' in value;
}

/**
 * The IndexedDB store: meta and rows in two object stores keyed by user id, so an update never rewrites the rows.
 * Its connection is opened on first use and again after the browser closed it (storage cleared) or it was
 * closed for another tab's newer version, so one lost connection does not fail every later save.
 */
export function createIndexedDbJobStore(factory: IDBFactory): JobStore {
  let opened: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    const opening = (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(META);
        request.result.createObjectStore(ROWS);
      };
      request.onsuccess = () => {
        const db = request.result;
        const forget = () => {
          if (opened === opening) opened = null;
        };
        db.onclose = forget;
        db.onversionchange = () => {
          db.close();
          forget();
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    }).catch((error: unknown) => {
      opened = null;
      throw error;
    }));
    return opening;
  };
  /** A transaction on the open connection, opening it again once if it turns out closed. */
  const transaction = async (stores: string[], mode: IDBTransactionMode): Promise<IDBTransaction> => {
    const db = await open();
    try {
      return db.transaction(stores, mode);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
      opened = null;
      return (await open()).transaction(stores, mode);
    }
  };
  const write = async (stores: string[], action: (transaction: IDBTransaction) => void): Promise<void> => {
    const writing = await transaction(stores, 'readwrite');
    await new Promise<void>((resolve, reject) => {
      action(writing);
      writing.oncomplete = () => resolve();
      writing.onerror = () => reject(writing.error ?? new Error('IndexedDB write failed'));
      writing.onabort = () => reject(writing.error ?? new Error('IndexedDB write aborted'));
    });
  };
  return {
    save: (meta, rows) =>
      write([META, ROWS], (writing) => {
        writing.objectStore(META).put(meta, meta.userId);
        writing.objectStore(ROWS).put(rows, meta.userId);
      }),
    update: (meta) => write([META], (writing) => void writing.objectStore(META).put(meta, meta.userId)),
    load: async (userId) => {
      const reading = await transaction([META, ROWS], 'readonly');
      const [meta, rows] = await Promise.all([request(reading.objectStore(META).get(userId)), request(reading.objectStore(ROWS).get(userId))]);
      if (!isMeta(meta) || !Array.isArray(rows)) return null;
      return { meta, rows: rows as JobRow[] };
    },
    clear: (userId, runId) =>
      write([META, ROWS], (writing) => {
        const metaStore = writing.objectStore(META);
        const remove = () => {
          metaStore.delete(userId);
          writing.objectStore(ROWS).delete(userId);
        };
        if (runId === undefined) return remove();
        const stored = metaStore.get(userId);
        stored.onsuccess = () => {
          if (isMeta(stored.result) && stored.result.runId === runId) remove();
        };
      }),
  };
}

let fallback: JobStore | null = null;

/** IndexedDB when the browser has it; otherwise one memory store for the page. */
export function defaultJobStore(): JobStore {
  if (typeof indexedDB !== 'undefined') return createIndexedDbJobStore(indexedDB);
  fallback ??= createMemoryJobStore();
  return fallback;
}
