import type { MockState } from './state';

/**
 * Keeps the browser mock's state in IndexedDB, so a reload does not lose what the user created.
 * Not localStorage or sessionStorage: the state holds (fictional) personal data and session tokens,
 * which must not sit in storage that every script of the origin reads synchronously.
 */

const DB_NAME = 'portal-apps-mocks';
const STORE = 'state';
/** Bump when the seed or the state shape changes, so an old stored state is ignored. */
const STATE_KEY = 'state-v2';

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
}

function run<T>(factory: IDBFactory, mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDb(factory).then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = action(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        transaction.onerror = () => {
          db.close();
          reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        };
        // A write refused at commit (quota) aborts the transaction without an error event.
        transaction.onabort = () => {
          db.close();
          reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
        };
      }),
  );
}

/** True for a stored state of the current shape (an older or foreign one is ignored). */
export function isMockState(value: unknown): value is MockState {
  return typeof value === 'object' && value !== null && 'version' in value && value.version === 1 && 'bulk' in value && 'teams' in value;
}

/** Where the state is kept. */
export interface StatePersistence {
  load(): Promise<MockState | null>;
  save(state: MockState): Promise<void>;
  clear(): Promise<void>;
}

/** IndexedDB persistence; `factory` is injectable for tests. */
export function createIndexedDbPersistence(factory: IDBFactory = indexedDB): StatePersistence {
  return {
    load: async () => {
      const value: unknown = await run(factory, 'readonly', (store) => store.get(STATE_KEY));
      return isMockState(value) ? value : null;
    },
    save: async (state) => {
      await run(factory, 'readwrite', (store) => store.put(state, STATE_KEY));
    },
    clear: async () => {
      await run(factory, 'readwrite', (store) => store.delete(STATE_KEY));
    },
  };
}
