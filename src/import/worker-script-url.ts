/**
 * The absolute URL of the import worker's script, as webpack emits it. webpack.config.mjs declares
 * `WorkerScriptUrl from ./worker-script-url` as worker syntax (`module.parser.javascript.worker`), so
 * `new WorkerScriptUrl(new URL('./import.worker.ts', import.meta.url))` is bundled like
 * `new Worker(new URL(...))`: the worker becomes its own entry chunk, and the argument is rewritten to
 * that chunk's URL on the remote's public path. Nothing is started and no global is touched; the
 * caller decides how to start the worker. Without that syntax (tests, other bundlers) the argument is
 * left as it is: the source file's own URL, which the caller recognises and does not start.
 */
export class WorkerScriptUrl {
  /** The script's absolute URL. */
  readonly href: string;

  constructor(url: URL) {
    this.href = url.href;
  }
}
