import '../zod-setup';
import { createImportHost } from './import-host';
import type { FromImportWorker, ToImportWorker } from './worker-protocol';

/** The import Web Worker: the protocol host, posting to and listening on the worker scope. */
const scope = self as unknown as {
  postMessage(message: FromImportWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToImportWorker>) => void): void;
};
const handle = createImportHost((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => handle(event.data));
