import type { TemplateColumn } from '../contract/template';
import type { ImportLimits } from './limits';
import type { AccountIssue, ImportOutcome, ImportProgress, ImportRowsBatch, SeatValidator } from './pipeline';
import type { FromImportWorker, ToImportWorker } from './worker-protocol';
import { WorkerScriptUrl } from './worker-script-url';

/** What a UI passes to run one import. */
export interface ImportJobOptions {
  readonly limits?: Partial<ImportLimits>;
  /** Account check through the bridge's API client; the worker asks for it in batches. */
  readonly validateAccount?: SeatValidator;
  readonly batchSize?: number;
  readonly onRows?: (batch: ImportRowsBatch) => void;
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

interface Endpoint {
  post(message: ToImportWorker): void;
  onMessage(listener: (message: FromImportWorker) => void): void;
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
function spawnWorker(): Endpoint | null {
  if (typeof Worker !== 'function' || typeof Blob !== 'function' || typeof URL.createObjectURL !== 'function') return null;
  const script = bundledWorkerUrl();
  if (script === null) return null;
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
  const revoke = (): void => {
    if (!revoked) URL.revokeObjectURL(blobUrl);
    revoked = true;
  };
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
        revoke();
        listener(event.data);
      }),
    terminate: () => {
      revoke();
      worker.terminate();
    },
  };
}

function inProcessEndpoint(): Endpoint {
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
    terminate: () => {
      terminated = true;
      listeners.length = 0;
    },
  };
}

/**
 * Creates the import engine: a Web Worker that works when this bundle is served from another origin
 * than the page, or the same engine in-process when workers are unavailable (or `inProcess` is set).
 */
export function createImportWorker(options: { readonly inProcess?: boolean } = {}): ImportWorker {
  const spawned = options.inProcess === true ? null : spawnWorker();
  const endpoint = spawned ?? inProcessEndpoint();
  const jobs = new Map<number, (message: FromImportWorker) => void>();
  let nextJobId = 1;
  endpoint.onMessage((message) => jobs.get(message.jobId)?.(message));

  return {
    mode: spawned === null ? 'in-process' : 'worker',
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
        jobs.set(jobId, (message) => {
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
        });
        endpoint.post({ type: 'start', jobId, file, columns, limits: job.limits, checkAccount: job.validateAccount !== undefined, batchSize: job.batchSize });
      });
    },
    terminate: () => endpoint.terminate(),
  };
}
