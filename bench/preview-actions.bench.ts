import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PreviewModel } from '../src/import/preview-model';
import { seatRow, seatTemplateFixture } from '../src/import/testing/seat-template.fixture';
import type { BenchRow } from './import.bench';

const section = 'preview actions';
const rowCount = 100_000;
/** Longest main-thread task a user may feel as a freeze. */
const longTaskMs = 50;

/**
 * A preview of 100,000 rows; every tenth says `HQ` for its Site, so the value mapping has 10,000 cells
 * to fix, and every fifth has no Caller ID Name, for filling.
 */
function previewOf(): PreviewModel {
  const columns = seatTemplateFixture.columns;
  const model = new PreviewModel(columns);
  const site = columns.findIndex((column) => column.key === 'site');
  const callerId = columns.findIndex((column) => column.key === 'callerIdName');
  const raw = Array.from({ length: rowCount }, (_, i) => {
    const row = seatRow(i);
    if (i % 10 === 0) row[site] = 'HQ';
    if (i % 5 === 0) row[callerId] = '';
    return row;
  });
  model.appendBatch({ startId: 0, rowNumbers: raw.map((_, i) => i + 2), raw, values: raw.map((row) => [...row]), issues: raw.map(() => null) });
  return model;
}

/**
 * Runs one action and measures its whole time and its longest task: the longest the event loop
 * was kept from other work meanwhile (what a user feels as a freeze), by Node's event-loop delay monitor.
 */
async function measure(action: () => unknown): Promise<{ totalMs: number; longestMs: number; result: unknown }> {
  // Each action starts on a collected heap, so no action pays for the garbage of the one before.
  (globalThis as { gc?: () => void }).gc?.();
  const monitor = monitorEventLoopDelay({ resolution: 1 });
  monitor.enable();
  // The monitor measures from its first timer on: let it start before the action blocks the loop.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const started = performance.now();
  // The action's first slice runs before the first await, in this task.
  const result = await action();
  const totalMs = performance.now() - started;
  // One more turn of the loop, so the monitor sees the last slice.
  await new Promise((resolve) => setTimeout(resolve, 5));
  monitor.disable();
  // The monitor reports delays past its resolution; a task shorter than it shows as at most the resolution.
  return { totalMs, longestMs: Math.max(monitor.max / 1e6 - 1, 0), result };
}

/** Bulk fixes of the preview on 100,000 rows, each with its whole time and its longest task. */
export async function run(): Promise<BenchRow[]> {
  const model = previewOf();
  const columns = seatTemplateFixture.columns;
  const column = (key: string): number => columns.findIndex((candidate) => candidate.key === key);
  const email = column('email');
  const site = column('site');
  const callerId = column('callerIdName');
  const actions: { name: string; run: () => unknown }[] = [
    { name: 'edit one cell', run: () => model.editCell(5, email, 'changed@example.org') },
    { name: 'undo the edit', run: () => model.undo() },
    { name: 'error summary', run: () => model.errorGroups() },
    { name: 'map HQ to Headquarters (10,000 cells)', run: () => model.replaceValues(site, new Map([['HQ', 'Headquarters']])) },
    { name: 'undo the mapping', run: () => model.undo() },
    { name: 'redo the mapping', run: () => model.redo() },
    { name: 'count matches in a column', run: () => model.countMatches(email, 'example.org', { wholeCell: false, matchCase: false }) },
    {
      name: 'replace in every row (100,000 cells)',
      run: () => model.replaceInColumn(email, 'example.org', 'example.net', { wholeCell: false, matchCase: false }),
    },
    { name: 'undo the replace', run: () => model.undo() },
    { name: 'count empty cells', run: () => model.countEmpty(callerId) },
    { name: 'fill empty cells', run: () => model.fillEmpty(callerId, 'Front desk') },
    { name: 'make 10,000 rows errors', run: () => model.replaceValues(site, new Map([['Headquarters', 'Nowhere']])) },
    { name: 'error summary (10,000 rows with errors)', run: () => model.errorGroups() },
    { name: 'rows of one error group', run: () => model.rowIds({ column: site, messageKey: 'cell.notAllowed' }) },
    { name: 'remove the rows with errors', run: () => model.removeRowsWithErrors() },
    { name: 'undo the removal', run: () => model.undo() },
  ];
  const rows: BenchRow[] = [];
  for (const action of actions) {
    const { totalMs, longestMs } = await measure(action.run);
    rows.push({
      section,
      metric: action.name,
      value: `${totalMs.toFixed(1)} ms`,
      note: `longest task ${longestMs.toFixed(1)} ms (target < ${longTaskMs})${longestMs >= longTaskMs ? ' OVER' : ''}`,
    });
  }
  if (model.counts.total !== rowCount) throw new Error(`the undone removal left ${model.counts.total} rows`);
  return rows;
}
