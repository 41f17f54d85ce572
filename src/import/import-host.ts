import type { SeatValidationResponse } from '../contract/seat-validation';
import { packRows } from './packed-rows';
import { runImport } from './pipeline';
import type { FromImportWorker, ToImportWorker } from './worker-protocol';

/**
 * The engine side of the worker protocol, independent of where it runs: inside the Web Worker, or in
 * the page when workers are unavailable (tests, old embedders). Returns the message handler.
 */
export function createImportHost(post: (message: FromImportWorker) => void): (message: ToImportWorker) => void {
  const jobs = new Map<number, AbortController>();
  const waiting = new Map<number, (response: SeatValidationResponse | undefined) => void>();
  let nextRequestId = 1;

  const start = async (message: Extract<ToImportWorker, { type: 'start' }>): Promise<void> => {
    const controller = new AbortController();
    jobs.set(message.jobId, controller);
    const { jobId } = message;
    try {
      const outcome = await runImport(message.file, message.columns, {
        limits: message.limits,
        columnChoice: message.columnChoice,
        sheet: message.sheet,
        batchSize: message.batchSize,
        signal: controller.signal,
        validateAccount: message.checkAccount
          ? (request) =>
              new Promise((resolve, reject) => {
                const requestId = nextRequestId++;
                waiting.set(requestId, (response) => (response === undefined ? reject(new Error('account check failed')) : resolve(response)));
                post({ type: 'account-request', jobId, requestId, request });
              })
          : undefined,
        // Packed: the page copies two strings instead of 24 per row, and keeps them as they are.
        onRows: (batch) => post({ type: 'rows', jobId, batch: packRows(batch, message.columns.length) }),
        onAccountIssues: (issues) => post({ type: 'account-issues', jobId, issues }),
        onProgress: (progress) => post({ type: 'progress', jobId, progress }),
        // A macrotask between batches lets a `cancel` message in.
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      });
      post({ type: 'done', jobId, outcome });
    } catch (error) {
      if (controller.signal.aborted) post({ type: 'cancelled', jobId });
      else post({ type: 'failed', jobId, message: error instanceof Error ? error.message : String(error) });
    } finally {
      jobs.delete(jobId);
    }
  };

  return (message) => {
    switch (message.type) {
      case 'start':
        void start(message);
        return;
      case 'cancel':
        jobs.get(message.jobId)?.abort();
        for (const [requestId, answer] of waiting) {
          waiting.delete(requestId);
          answer(undefined);
        }
        return;
      case 'account-response': {
        const answer = waiting.get(message.requestId);
        waiting.delete(message.requestId);
        answer?.(message.response);
        return;
      }
    }
  };
}
