// Runs every benchmark section in one process and prints one table.
// Sections are TypeScript modules loaded through tsx; each exports `run()` returning rows
// `{ section, metric, value, note }`. Add a section by adding its module to `sections`.
//   npm run bench                 every section
//   npm run bench -- preview      only the sections whose name contains one of the words
// The browser sections build into DIST_DIR (default .tmp/dist-bench) when it has no up-to-date build.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const sections = [
  { name: 'import pipeline', module: './import.bench.ts' },
  { name: 'preview actions', module: './preview-actions.bench.ts' },
  { name: 'preview scroll (Chromium)', module: './preview-scroll.bench.ts' },
  { name: 'bulk creation (Chromium)', module: './bulk-create.bench.ts' },
  { name: 'open an app (Chromium)', module: './app-open.bench.ts' },
  { name: 'bundle sizes', module: './bundle.bench.ts' },
];

// Peak-memory figures need a clean heap between measurements: re-run with --expose-gc and tsx.
if (typeof globalThis.gc !== 'function') {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(result.status ?? 1);
}

const only = process.argv.slice(2);
const chosen = sections.filter((section) => only.length === 0 || only.some((word) => section.name.includes(word)));
// Figures on a busy machine are slower: the load average goes with the table.
const loadBefore = os.loadavg();
const rows = [];
for (const section of chosen) {
  const started = performance.now();
  const module = await import(section.module);
  rows.push(...(await module.run()));
  console.error(`${section.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const header = ['section', 'metric', 'value', 'note'];
const table = [header, ...rows.map((row) => [row.section, row.metric, String(row.value), row.note ?? ''])];
const widths = header.map((_, column) => Math.max(...table.map((line) => line[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(line(header));
console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
for (const row of table.slice(1)) console.log(line(row));
const load = (values) => values.map((value) => value.toFixed(2)).join(' ');
console.log(`\nload average (1, 5, 15 min): ${load(loadBefore)} before, ${load(os.loadavg())} after; ${os.cpus().length} CPUs`);
