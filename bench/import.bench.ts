import { PerformanceObserver } from 'node:perf_hooks';
import Papa from 'papaparse';
import { runImport, type ImportOutcome, type SeatValidator } from '../src/import/pipeline';
import { checkRowInto, compileTemplate } from '../src/import/validate-rows';
import type { ImportFile } from '../src/import/read-table';
import { seatHeaderLine, seatRow, seatTemplateFixture } from '../src/import/testing/seat-template.fixture';

/** One line of the benchmark table. */
export interface BenchRow {
  readonly section: string;
  readonly metric: string;
  readonly value: string;
  readonly note?: string;
}

const section = 'import';
const iterations = 7;

function csvOf(rowCount: number): Uint8Array {
  const lines = [seatHeaderLine];
  for (let i = 0; i < rowCount; i++)
    lines.push(
      seatRow(i)
        .map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
        .join(','),
    );
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

function fileOf(bytes: Uint8Array): ImportFile {
  return { name: 'seats.csv', size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect !== undefined) collect();
};
/** CPU time of the whole process (all threads, GC helpers included), in ms: steadier than wall time on a busy machine. */
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const heapMb = (): number => process.memoryUsage().heapUsed / (1024 * 1024);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// Garbage-collection pauses, to say how much of each side's time they are. Entries arrive after the
// fact, so each measurement waits for them and sums those that fall inside its own interval.
const gcPauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ['gc'] });
async function gcMsBetween(start: number, end: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  let total = 0;
  for (const pause of gcPauses) if (pause.start >= start && pause.start < end) total += pause.duration;
  return total;
}

// The account check answers at once: the benchmark measures the engine, not a server.
const instantValidator: SeatValidator = async (request) => ({ results: request.rows.map((row) => ({ index: row.index, issues: [] })) });

async function bareParse(bytes: Uint8Array): Promise<{ ms: number; cpu: number; gcMs: number; peak: number; rows: number }> {
  gc();
  const base = heapMb();
  const cpuStarted = cpuMs();
  const started = performance.now();
  // The same work a bare reader does: get the bytes, decode them, parse them.
  const text = new TextDecoder().decode(await fileOf(bytes).arrayBuffer());
  const result = Papa.parse<string[]>(text, { delimiter: ',' });
  const ended = performance.now();
  const cpu = cpuMs() - cpuStarted;
  const peak = heapMb() - base;
  return { ms: ended - started, cpu, gcMs: await gcMsBetween(started, ended), peak, rows: result.data.length };
}

/**
 * The rules alone: every cell of rows already parsed checked as the pipeline checks it (one reused
 * values array, no batches). Any single-threaded pipeline costs at least the parse plus this, so
 * `1 + this / bare` is the lowest ratio that the rules of this template allow.
 */
function checksAlone(rows: readonly string[][]): number {
  const template = compileTemplate(seatTemplateFixture.columns);
  const hashes = template.columns.map(() => new Int32Array(rows.length));
  const values = new Array<string>(template.columns.length);
  const started = performance.now();
  for (let row = 0; row < rows.length; row++) checkRowInto(template, rows[row] ?? [], values, hashes, row);
  return performance.now() - started;
}

async function pipeline(
  bytes: Uint8Array,
  limits?: { maxBytes?: number; maxRows?: number },
  validateAccount?: SeatValidator,
): Promise<{ ms: number; cpu: number; gcMs: number; peak: number; outcome: ImportOutcome; rows: number }> {
  gc();
  const base = heapMb();
  let peak = 0;
  let rows = 0;
  const retained: unknown[] = [];
  const cpuStarted = cpuMs();
  const started = performance.now();
  const outcome = await runImport(fileOf(bytes), seatTemplateFixture.columns, {
    validateAccount,
    limits,
    onRows: (batch) => {
      // Keep the batches, as the preview would, so the memory figure is honest.
      retained.push(batch);
      rows += batch.raw.length;
      peak = Math.max(peak, heapMb() - base);
    },
  });
  const ended = performance.now();
  const cpu = cpuMs() - cpuStarted;
  peak = Math.max(peak, heapMb() - base);
  retained.length = 0;
  return { ms: ended - started, cpu, gcMs: await gcMsBetween(started, ended), peak, outcome, rows };
}

/** The import section: bare papaparse vs the whole pipeline on 100,000 rows, then 1,000,000 rows refused. */
export async function run(): Promise<BenchRow[]> {
  const rowCount = 100_000;
  const bytes = csvOf(rowCount);
  const bare: number[] = [];
  const full: number[] = [];
  const withAccount: number[] = [];
  const checks: number[] = [];
  const parsedRows = Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: ',', skipEmptyLines: true }).data.slice(1);
  checksAlone(parsedRows);
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const bareGc: number[] = [];
  const fullGc: number[] = [];
  let barePeak = 0;
  let fullPeak = 0;
  let invalid = -1;
  // One warm-up of each, then alternate so both see the same machine state.
  await bareParse(bytes);
  await pipeline(bytes);
  await pipeline(bytes, undefined, instantValidator);
  for (let i = 0; i < iterations; i++) {
    const b = await bareParse(bytes);
    const p = await pipeline(bytes);
    // The account check is a server round trip in the app; here it answers at once, to show what
    // building its requests and reading its answers add.
    withAccount.push((await pipeline(bytes, undefined, instantValidator)).ms);
    checks.push(checksAlone(parsedRows));
    if (b.rows !== rowCount + 2 || p.rows !== rowCount) throw new Error(`row counts differ: bare ${b.rows}, pipeline ${p.rows}`);
    if (p.outcome.ok) invalid = p.outcome.summary.invalidRows;
    bare.push(b.ms);
    bareGc.push(b.gcMs);
    fullGc.push(p.gcMs);
    full.push(p.ms);
    ratios.push(p.ms / b.ms);
    cpuRatios.push(p.cpu / b.cpu);
    barePeak = Math.max(barePeak, b.peak);
    fullPeak = Math.max(fullPeak, p.peak);
  }
  const fullMedian = median(full);

  const huge = csvOf(1_000_000);
  gc();
  const refusedBySize = await pipeline(huge);
  const refusedByRows = await pipeline(huge, { maxBytes: 1024 * 1024 * 1024 });
  const describe = (outcome: ImportOutcome): string => (outcome.ok ? `accepted ${outcome.summary.totalRows} rows` : `refused: ${outcome.issue.messageKey}`);

  const mb = (bytesCount: number): string => (bytesCount / (1024 * 1024)).toFixed(1);
  return [
    { section, metric: 'input', value: `${rowCount} rows x 12 columns`, note: `${mb(bytes.length)} MB CSV, ${iterations} runs, median` },
    {
      section,
      metric: 'bare papaparse (decode + parse)',
      value: `${median(bare).toFixed(0)} ms`,
      note: `heap +${barePeak.toFixed(0)} MB; GC ${median(bareGc).toFixed(0)} ms`,
    },
    {
      section,
      metric: 'whole pipeline',
      value: `${fullMedian.toFixed(0)} ms`,
      note: `decode, parse, map, validate, uniqueness; heap peak +${fullPeak.toFixed(0)} MB; GC ${median(fullGc).toFixed(0)} ms`,
    },
    {
      section,
      metric: 'pipeline + account check (instant stub)',
      value: `${median(withAccount).toFixed(0)} ms`,
      note: 'requests built from 100,000 rows, answers read',
    },
    { section, metric: 'ratio pipeline / bare', value: median(ratios).toFixed(2), note: `target <= 1.5; runs ${ratios.map((r) => r.toFixed(2)).join(' ')}` },
    {
      section,
      metric: 'rules alone, on parsed rows',
      value: `${median(checks).toFixed(0)} ms`,
      note: `12 columns, 7 normalising rules; lowest single-threaded ratio these rules allow: ${(1 + median(checks) / median(bare)).toFixed(2)}`,
    },
    {
      section,
      metric: 'ratio of CPU time',
      value: median(cpuRatios).toFixed(2),
      note: `process CPU, all threads; runs ${cpuRatios.map((r) => r.toFixed(2)).join(' ')}`,
    },
    {
      section,
      metric: 'pipeline throughput',
      value: `${Math.round(rowCount / (fullMedian / 1000)).toLocaleString('en-US')} rows/s`,
      note: `invalid rows found: ${invalid}`,
    },
    {
      section,
      metric: '1,000,000 rows, default limits',
      value: `${refusedBySize.ms.toFixed(0)} ms`,
      note: `${mb(huge.length)} MB; ${describe(refusedBySize.outcome)}; heap +${refusedBySize.peak.toFixed(0)} MB`,
    },
    {
      section,
      metric: '1,000,000 rows, size limit lifted',
      value: `${refusedByRows.ms.toFixed(0)} ms`,
      note: `${describe(refusedByRows.outcome)} while parsing; heap peak +${refusedByRows.peak.toFixed(0)} MB`,
    },
    { section, metric: 'process peak RSS', value: `${mb(process.resourceUsage().maxRSS * 1024)} MB`, note: 'whole run, generated inputs included' },
  ];
}
