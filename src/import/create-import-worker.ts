import type { TemplateColumn } from '../contract/template';
import type { ImportLimits } from './limits';
import type { PackedRows } from './packed-rows';
import type { AccountIssue, ImportOutcome, ImportProgress, SeatValidator } from './pipeline';
import type { FromImportWorker, ToImportWorker } from './worker-protocol';
import { WorkerScriptUrl } from './worker-script-url';

/** What a UI passes to run one import. */
export interface ImportJobOptions {
  readonly limits?: Partial<ImportLimits>;
  /** The admin's mapping: per template column, the index of its file column or -1 (default: suggested). */
  readonly columnChoice?: readonly number[];
  /** The sheet of a workbook to read (see `RunImportOptions.sheet`). */
  readonly sheet?: string;
  /** Account check through the bridge's API client; the worker asks for it in batches. */
  readonly validateAccount?: SeatValidator;
  readonly batchSize?: number;
  /** Rows as the worker packed them (packed-rows.ts); `PreviewModel.appendBatch` keeps them so. */
  readonly onRows?: (batch: PackedRows) => void;
  readonly onAccountIssues?: (issues: AccountIssue[]) => void;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Aborting rejects the job's promise with the signal's reason and stops the worker's job. */
  readonly signal?: AbortSignal;
}

/** A running import engine: a Web Worker, or the same engine in the page when workers are unavailable. */
export interface ImportWorker {
  readonly mode: 'worker' | 'in-process';
  /** Runs one import; rows and progress arrive through the callbacks, the outcome resolves the promise. */
  run(file: File, columns: readonly TemplateColumn[], options?: ImportJobOptions): Promise<ImportOutcome>;
  /** Stops the worker (and any job in it). */
  terminate(): void;
}

/** One side of the protocol: a Web Worker or the in-page host. */
export interface ImportEndpoint {
  post(message: ToImportWorker): void;
  onMessage(listener: (message: FromImportWorker) => void): void;
  /** Called when the engine cannot go on: its script failed to load, or it crashed. */
  onFailure(listener: () => void): void;
  terminate(): void;
}

/**
 * The worker script's URL, or null when this build did not bundle the worker (the URL is then the
 * TypeScript source's, as under vitest, or a bundler that emitted the file as a plain asset).
 */
function bundledWorkerUrl(): string | null {
  const url = new WorkerScriptUrl(new URL('./import.worker.ts', import.meta.url)).href;
  return /^https?:/.test(url) && !/\.ts(?:[?#]|$)/.test(url) ? url : null;
}

/**
 * A classic worker from a same-origin blob: URL whose only job is to `importScripts` the real worker
 * script from the remote's origin (allowed cross-origin, unlike `new Worker(url)`). Inside it, webpack's
 * automatic public path is derived from the blob URL, that is the page's origin, and it loads the
 * worker's other chunks (startup dependencies, the .xlsx reader) with `importScripts` before any of
 * our code runs; so the bootstrap maps that wrong base onto the remote's base for every load.
 */
function spawnWorker(): ImportEndpoint | null {
  if (typeof Worker !== 'function') return null;
  const script = bundledWorkerUrl();
  if (script === null) return null;
  // Served from the page's own origin (the host proxies the remote): the script itself, so a policy of
  // `worker-src 'self'` is enough and no blob: URL is needed.
  if (new URL(script).origin === globalThis.location?.origin) {
    try {
      return endpointOf(new Worker(script), () => undefined);
    } catch {
      return null;
    }
  }
  if (typeof Blob !== 'function' || typeof URL.createObjectURL !== 'function') return null;
  const base = script.slice(0, script.lastIndexOf('/') + 1);
  const bootstrap = [
    `var remoteBase=${JSON.stringify(base)};`,
    // The same derivation as webpack's runtime: strip "blob:", query and hash, keep up to the last "/".
    `var blobBase=String(self.location).replace(/^blob:|[?#].*$/g,"").replace(/\\/[^/]+$/,"/");`,
    'var load=self.importScripts.bind(self);',
    'self.importScripts=function(){return load.apply(self,Array.prototype.map.call(arguments,function(u){u=String(u);return u.indexOf(blobBase)===0?remoteBase+u.slice(blobBase.length):u;}));};',
    `importScripts(${JSON.stringify(script)});`,
  ].join('');
  const blobUrl = URL.createObjectURL(new Blob([bootstrap], { type: 'text/javascript' }));
  let worker: Worker;
  try {
    worker = new Worker(blobUrl);
  } catch {
    URL.revokeObjectURL(blobUrl);
    return null;
  }
  // The blob is fetched when the worker starts; once it has spoken, the URL can go.
  let revoked = false;
  return endpointOf(worker, () => {
    if (!revoked) URL.revokeObjectURL(blobUrl);
    revoked = true;
  });
}

/** The protocol's endpoint on a started worker; `revoke` is called once it has spoken, failed or stopped. */
function endpointOf(worker: Worker, revoke: () => void): ImportEndpoint {
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
        revoke();
        listener(event.data);
      }),
    // An `error` event is a script that failed to load (blocked, offline, a bad deploy) or an uncaught
    // exception in the worker: without this the job would wait for a message that never comes.
    onFailure: (listener) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        revoke();
        listener();
      }),
    terminate: () => {
      revoke();
      worker.terminate();
    },
  };
}

function inProcessEndpoint(): ImportEndpoint {
  const listeners: ((message: FromImportWorker) => void)[] = [];
  // Loaded on first use, so the page's bundle does not carry the engine when a worker runs it.
  // Messages are delivered asynchronously, as a worker would, so callers behave the same in both modes.
  const host = import('./import-host').then(({ createImportHost }) =>
    createImportHost((message) => queueMicrotask(() => listeners.forEach((listener) => listener(message)))),
  );
  let terminated = false;
  return {
    post: (message) => void host.then((handle) => (terminated ? undefined : handle(message))),
    onMessage: (listener) => listeners.push(listener),
    // The in-page host reports every error of a job as a `failed` message; it has no other way to fail.
    onFailure: () => undefined,
    terminate: () => {
      terminated = true;
      listeners.length = 0;
    },
  };
}

type StartMessage = Extract<ToImportWorker, { type: 'start' }>;

/** A job waiting for its outcome. */
interface PendingJob {
  readonly start: StartMessage;
  /** True once the engine answered; such a job cannot be run again elsewhere without repeating rows. */
  heard: boolean;
  readonly handle: (message: FromImportWorker) => void;
  readonly fail: (error: Error) => void;
}

/**
 * Creates the import engine: a Web Worker that works when this bundle is served from another origin
 * than the page, or the same engine in-process when workers are unavailable (or `inProcess` is set).
 * A worker whose script fails to load hands its jobs to the in-page engine, so the import still runs
 * (only less smoothly); a worker that crashes mid-job fails that job with a message.
 * `spawn` replaces the Web Worker, for tests.
 */
export function createImportWorker(options: { readonly inProcess?: boolean; readonly spawn?: () => ImportEndpoint | null } = {}): ImportWorker {
  const spawned = options.inProcess === true ? null : (options.spawn ?? spawnWorker)();
  let endpoint = spawned ?? inProcessEndpoint();
  let mode: ImportWorker['mode'] = spawned === null ? 'in-process' : 'worker';
  const jobs = new Map<number, PendingJob>();
  let nextJobId = 1;
  const listen = (source: ImportEndpoint): void =>
    source.onMessage((message) => {
      // A message from an engine that was replaced (a dying worker) is not this job's any more.
      if (source !== endpoint) return;
      const job = jobs.get(message.jobId);
      if (job === undefined) return;
      job.heard = true;
      job.handle(message);
    });
  listen(endpoint);
  spawned?.onFailure(() => {
    if (endpoint !== spawned) return;
    spawned.terminate();
    endpoint = inProcessEndpoint();
    mode = 'in-process';
    listen(endpoint);
    for (const job of jobs.values()) {
      if (job.heard) job.fail(new Error('The import stopped unexpectedly. Try again.'));
      else endpoint.post(job.start);
    }
  });

  return {
    get mode() {
      return mode;
    },
    run(file, columns, job = {}) {
      const jobId = nextJobId++;
      const { signal } = job;
      return new Promise<ImportOutcome>((resolve, reject) => {
        if (signal?.aborted === true) {
          reject(signal.reason);
          return;
        }
        const onAbort = (): void => {
          endpoint.post({ type: 'cancel', jobId });
          finish();
          reject(signal?.reason);
        };
        const finish = (): void => {
          jobs.delete(jobId);
          signal?.removeEventListener('abort', onAbort);
        };
        signal?.addEventListener('abort', onAbort);
        const start: StartMessage = {
          type: 'start',
          jobId,
          file,
          columns,
          limits: job.limits,
          columnChoice: job.columnChoice,
          sheet: job.sheet,
          checkAccount: job.validateAccount !== undefined,
          batchSize: job.batchSize,
        };
        const handle = (message: FromImportWorker): void => {
          switch (message.type) {
            case 'rows':
              job.onRows?.(message.batch);
              return;
            case 'progress':
              job.onProgress?.(message.progress);
              return;
            case 'account-issues':
              job.onAccountIssues?.(message.issues);
              return;
            case 'account-request': {
              const validate = job.validateAccount;
              if (validate === undefined) return;
              // Answered to whichever engine runs the job now.
              validate(message.request).then(
                (response) => endpoint.post({ type: 'account-response', jobId, requestId: message.requestId, response }),
                () => endpoint.post({ type: 'account-response', jobId, requestId: message.requestId }),
              );
              return;
            }
            case 'done':
              finish();
              resolve(message.outcome);
              return;
            case 'failed':
              finish();
              reject(new Error(message.message));
              return;
            case 'cancelled':
              finish();
              return;
          }
        };
        const fail = (error: Error): void => {
          finish();
          reject(error);
        };
        jobs.set(jobId, { start, heard: false, handle, fail });
        endpoint.post(start);
      });
    },
    terminate: () => endpoint.terminate(),
  };
}
