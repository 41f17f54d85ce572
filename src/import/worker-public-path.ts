/**
 * Sets webpack's public path inside the import worker before anything else loads. The worker runs
 * from a blob: URL (see create-import-worker.ts), so webpack's automatic public path would point at
 * the blob; the bootstrap passes the remote's real base URL instead. Imported first by the worker.
 */
declare let __webpack_public_path__: string;

const base: unknown = Reflect.get(self, 'importWorkerBase');
if (typeof base === 'string' && typeof __webpack_public_path__ === 'string') {
  // eslint-disable-next-line no-useless-assignment -- webpack compiles this assignment into its runtime's public path
  __webpack_public_path__ = base;
}

export {};
