import { afterEach, describe, expect, it, vi } from 'vitest';
import { createImportWorker, type ImportEndpoint, type ImportWorker } from './create-import-worker';
import type { FromImportWorker, ToImportWorker } from './worker-protocol';
import type { PackedRows } from './packed-rows';
import { PreviewModel } from './preview-model';
import { seatHeaderLine, seatRow, seatTemplateFixture } from './testing/seat-template.fixture';

const columns = seatTemplateFixture.columns;
const csvFile = (rows: number): File =>
  new File([[seatHeaderLine, ...Array.from({ length: rows }, (_, i) => seatRow(i).join(','))].join('\r\n')], 'seats.csv', { type: 'text/csv' });

let engine: ImportWorker | undefined;
afterEach(() => engine?.terminate());

/** A stand-in for the Web Worker: records what it is sent; the test makes it speak or fail. */
function fakeWorker() {
  const posted: ToImportWorker[] = [];
  const listeners: ((message: FromImportWorker) => void)[] = [];
  const failures: (() => void)[] = [];
  let terminated = false;
  const endpoint: ImportEndpoint = {
    post: (message) => posted.push(message),
    onMessage: (listener) => listeners.push(listener),
    onFailure: (listener) => failures.push(listener),
    terminate: () => {
      terminated = true;
    },
  };
  return {
    endpoint,
    posted,
    say: (message: FromImportWorker) => listeners.forEach((listener) => listener(message)),
    fail: () => failures.forEach((listener) => listener()),
    get terminated() {
      return terminated;
    },
  };
}

describe('createImportWorker', () => {
  it('runs in-process where Web Workers are unavailable', () => {
    vi.stubGlobal('Worker', undefined);
    engine = createImportWorker();
    expect(engine.mode).toBe('in-process');
    vi.unstubAllGlobals();
  });

  it('streams rows in batches, relays account checks to the page and resolves with the summary', async () => {
    engine = createImportWorker({ inProcess: true });
    const model = new PreviewModel(columns);
    const batches: PackedRows[] = [];
    const progress: string[] = [];
    const validateAccount = vi.fn(async (request: { rows: { index: number }[] }) => ({
      results: request.rows.map((row) => ({ index: row.index, issues: row.index === 0 ? [{ column: 'email' as const, code: 'taken' as const }] : [] })),
    }));
    const outcome = await engine.run(csvFile(25), columns, {
      batchSize: 10,
      validateAccount,
      onRows: (batch) => {
        batches.push(batch);
        model.appendBatch(batch);
      },
      onAccountIssues: (issues) => model.applyAccountIssues(issues),
      onProgress: (step) => progress.push(step.phase),
    });
    expect(outcome).toMatchObject({ ok: true, summary: { totalRows: 25, invalidRows: 1, accountChecked: true } });
    expect(batches.map((batch) => batch.rowNumbers.length)).toEqual([10, 10, 5]);
    expect(validateAccount).toHaveBeenCalledTimes(1);
    expect(progress).toContain('checking-account');
    expect(model.counts).toEqual({ total: 25, valid: 24, invalid: 1 });
  });

  it('is cancellable: the promise rejects with the abort reason and no more rows arrive', async () => {
    engine = createImportWorker({ inProcess: true });
    const controller = new AbortController();
    let rows = 0;
    const run = engine.run(csvFile(50), columns, {
      batchSize: 10,
      signal: controller.signal,
      onRows: (batch) => {
        rows += batch.rowNumbers.length;
        controller.abort(new Error('user cancelled'));
      },
    });
    await expect(run).rejects.toThrow('user cancelled');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(rows).toBe(10);
  });

  it('reports file-level errors as outcomes, not failures', async () => {
    engine = createImportWorker({ inProcess: true });
    await expect(engine.run(new File([''], 'empty.csv'), columns)).resolves.toMatchObject({ ok: false, issue: { code: 'empty' } });
  });

  it('runs the job in the page when the worker script fails to load, instead of waiting forever', async () => {
    const worker = fakeWorker();
    engine = createImportWorker({ spawn: () => worker.endpoint });
    expect(engine.mode).toBe('worker');
    let rows = 0;
    const run = engine.run(csvFile(12), columns, { batchSize: 5, onRows: (batch) => (rows += batch.rowNumbers.length) });
    expect(worker.posted.map((message) => message.type)).toEqual(['start']);
    worker.fail();
    await expect(run).resolves.toMatchObject({ ok: true, summary: { totalRows: 12 } });
    expect(rows).toBe(12);
    expect(engine.mode).toBe('in-process');
    expect(worker.terminated).toBe(true);
    // Later jobs go straight to the page's engine.
    await expect(engine.run(csvFile(3), columns)).resolves.toMatchObject({ ok: true, summary: { totalRows: 3 } });
    expect(worker.posted).toHaveLength(1);
  });

  it('fails a job whose worker crashed after it had started, rather than repeating its rows', async () => {
    const worker = fakeWorker();
    engine = createImportWorker({ spawn: () => worker.endpoint });
    const run = engine.run(csvFile(12), columns);
    worker.say({ type: 'progress', jobId: 1, progress: { phase: 'reading', done: 0, total: 0 } });
    worker.fail();
    await expect(run).rejects.toThrow('The import stopped unexpectedly');
    // A late message of the dead worker changes nothing.
    worker.say({ type: 'done', jobId: 1, outcome: { ok: false, issue: { code: 'empty', messageKey: 'file.empty', params: {} } } });
  });
});
