import { afterEach, describe, expect, it, vi } from 'vitest';
import { createImportWorker, type ImportWorker } from './create-import-worker';
import type { ImportRowsBatch } from './pipeline';
import { PreviewModel } from './preview-model';
import { seatHeaderLine, seatRow, seatTemplateFixture } from './testing/seat-template.fixture';

const columns = seatTemplateFixture.columns;
const csvFile = (rows: number): File => new File([[seatHeaderLine, ...Array.from({ length: rows }, (_, i) => seatRow(i).join(','))].join('\r\n')], 'seats.csv', { type: 'text/csv' });

let engine: ImportWorker | undefined;
afterEach(() => engine?.terminate());

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
    const batches: ImportRowsBatch[] = [];
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
    expect(batches.map((batch) => batch.raw.length)).toEqual([10, 10, 5]);
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
        rows += batch.raw.length;
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
});
