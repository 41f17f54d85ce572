/**
 * A small in-memory IndexedDB for tests of the code that stores in it, since jsdom has none. It does
 * the part those stores use (open with an upgrade, transactions over object stores, get, put, delete)
 * and lets a test do what a browser does to them: abort a write (quota), close a connection
 * (storage cleared, the disk gone) or ask it to close for a newer version (another tab upgrading).
 */

type Handler<E extends Event = Event> = ((event: E) => void) | null;

class DoubleRequest<T> {
  result: T | undefined = undefined;
  error: DOMException | null = null;
  onsuccess: Handler = null;
  onerror: Handler = null;
  onupgradeneeded: Handler = null;
}

class DoubleStore {
  constructor(
    private readonly data: Map<IDBValidKey, unknown>,
    private readonly transaction: DoubleTransaction,
  ) {}

  get(key: IDBValidKey): DoubleRequest<unknown> {
    return this.transaction.schedule(() => structuredClone(this.data.get(key)));
  }

  put(value: unknown, key: IDBValidKey): DoubleRequest<IDBValidKey> {
    this.transaction.assertWritable();
    return this.transaction.schedule(() => {
      this.data.set(key, structuredClone(value));
      return key;
    });
  }

  delete(key: IDBValidKey): DoubleRequest<undefined> {
    this.transaction.assertWritable();
    return this.transaction.schedule(() => {
      this.data.delete(key);
      return undefined;
    });
  }
}

class DoubleTransaction {
  error: DOMException | null = null;
  oncomplete: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;
  private pending = 0;
  private readonly undo: (() => void)[] = [];

  constructor(
    private readonly stores: Map<string, Map<IDBValidKey, unknown>>,
    private readonly mode: IDBTransactionMode,
    private readonly abortWith: DOMException | null,
  ) {
    // Like a browser, the transaction commits once no request is left in a task after the caller's.
    setTimeout(() => this.settle(), 0);
  }

  objectStore(name: string): DoubleStore {
    const data = this.stores.get(name);
    if (!data) throw new DOMException(`No object store ${name}`, 'NotFoundError');
    if (this.mode === 'readwrite') {
      const before = new Map(data);
      this.undo.push(() => {
        data.clear();
        for (const [key, value] of before) data.set(key, value);
      });
    }
    return new DoubleStore(data, this);
  }

  assertWritable(): void {
    if (this.mode !== 'readwrite') throw new DOMException('Read-only transaction', 'ReadOnlyError');
  }

  schedule<T>(action: () => T): DoubleRequest<T> {
    const request = new DoubleRequest<T>();
    this.pending += 1;
    queueMicrotask(() => {
      request.result = action();
      this.pending -= 1;
      request.onsuccess?.(new Event('success'));
    });
    return request;
  }

  private settle(): void {
    if (this.pending > 0) {
      setTimeout(() => this.settle(), 0);
      return;
    }
    if (this.abortWith) {
      for (const undo of this.undo.reverse()) undo();
      this.error = this.abortWith;
      // A transaction aborted at commit (quota) fires abort only: no request failed, so no error event.
      this.onabort?.(new Event('abort'));
      return;
    }
    this.oncomplete?.(new Event('complete'));
  }
}

class DoubleDatabase {
  onclose: Handler = null;
  onversionchange: Handler = null;
  closed = false;

  constructor(
    private readonly stores: Map<string, Map<IDBValidKey, unknown>>,
    private readonly owner: IdbDouble,
  ) {}

  createObjectStore(name: string): void {
    this.stores.set(name, new Map());
  }

  transaction(names: string | string[], mode: IDBTransactionMode = 'readonly'): DoubleTransaction {
    if (this.closed) throw new DOMException('The database connection is closing.', 'InvalidStateError');
    for (const name of typeof names === 'string' ? [names] : names) {
      if (!this.stores.has(name)) throw new DOMException(`No object store ${name}`, 'NotFoundError');
    }
    return new DoubleTransaction(this.stores, mode, mode === 'readwrite' ? this.owner.takeWriteFailure() : null);
  }

  close(): void {
    this.closed = true;
  }
}

/** The double; `factory` is what the code under test takes as its `IDBFactory`. */
export class IdbDouble {
  /** Every connection opened, the latest last. */
  readonly connections: DoubleDatabase[] = [];
  private readonly databases = new Map<string, Map<string, Map<IDBValidKey, unknown>>>();
  private writeFailures: DOMException[] = [];

  /** The next `count` write transactions abort with a quota error. */
  failWrites(count = 1): void {
    for (let at = 0; at < count; at += 1) this.writeFailures.push(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  }

  /** @internal the failure the next write transaction aborts with, if any. */
  takeWriteFailure(): DOMException | null {
    return this.writeFailures.shift() ?? null;
  }

  /** The browser closes every open connection (storage cleared): each gets a close event. */
  closeAll(): void {
    for (const db of this.connections.filter((candidate) => !candidate.closed)) {
      db.closed = true;
      db.onclose?.(new Event('close'));
    }
  }

  /** Another tab opens a newer version: every open connection gets a versionchange event. */
  requestVersionChange(): void {
    for (const db of this.connections.filter((candidate) => !candidate.closed)) db.onversionchange?.(new Event('versionchange'));
  }

  /** How many connections are open now. */
  openConnections(): number {
    return this.connections.filter((db) => !db.closed).length;
  }

  private open(name: string): DoubleRequest<DoubleDatabase> {
    const request = new DoubleRequest<DoubleDatabase>();
    setTimeout(() => {
      const existing = this.databases.get(name);
      const stores = existing ?? new Map<string, Map<IDBValidKey, unknown>>();
      const db = new DoubleDatabase(stores, this);
      this.connections.push(db);
      request.result = db;
      if (!existing) {
        this.databases.set(name, stores);
        request.onupgradeneeded?.(new Event('upgradeneeded'));
      }
      request.onsuccess?.(new Event('success'));
    }, 0);
    return request;
  }

  /** The double as the `IDBFactory` the stores take (only `open` is there). */
  get factory(): IDBFactory {
    const factory = { open: (name: string) => this.open(name) };
    return factory as unknown as IDBFactory;
  }
}
