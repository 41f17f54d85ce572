// Gzipped sizes of what a host downloads from the remote, against the budgets in bench/budgets.json.
//   node bench/bundle-sizes.mjs            prints the table
//   node bench/bundle-sizes.mjs --check    also exits 1 when a budget is exceeded (npm test runs this)
// Shared React is not counted: a host that shares it downloads none of it from us.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const remoteDir = path.resolve(process.env.DIST_DIR ?? 'dist', 'remote');

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(remoteDir, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Rows of [name, bytes, budget bytes | null] for the built remote. */
export function measureBundle() {
  const manifest = JSON.parse(fs.readFileSync(path.join(remoteDir, 'mf-manifest.json'), 'utf8'));
  const budgets = JSON.parse(fs.readFileSync(path.join(here, 'budgets.json'), 'utf8'));
  const shared = new Set(manifest.shared.flatMap((item) => [...item.assets.js.sync, ...item.assets.js.async]));
  const expose = (name) => manifest.exposes.find((item) => item.name === name);
  const own = (files) => [...new Set(files)].filter((file) => !shared.has(file));
  const sum = (files) => own(files).reduce((total, file) => total + gzipSize(file), 0);

  const rows = [
    ['remoteEntry.js', gzipSize(manifest.metaData.remoteEntry.name), budgets.remoteEntry],
    ['catalogue (Apps menu)', sum(expose('catalogue').assets.js.sync), budgets.catalogue],
  ];
  for (const app of ['bulk-manager', 'teams']) {
    rows.push([`${app}: first load`, sum(expose(app).assets.js.sync), budgets.firstLoad[app]]);
  }
  const firstLoad = new Set(['bulk-manager', 'teams', 'catalogue'].flatMap((name) => expose(name).assets.js.sync));
  const lazy = own(manifest.exposes.flatMap((item) => item.assets.js.async)).filter((file) => !firstLoad.has(file));
  const lazySizes = lazy.map((file) => [file, gzipSize(file)]).sort((a, b) => b[1] - a[1]);
  for (const [file, bytes] of lazySizes.slice(0, 5)) rows.push([`lazy chunk ${file}`, bytes, budgets.lazyChunk]);
  rows.push(['all lazy chunks', lazySizes.reduce((total, [, bytes]) => total + bytes, 0), null]);
  const reactBytes = [...shared].filter((file) => fs.existsSync(path.join(remoteDir, file))).reduce((total, file) => total + gzipSize(file), 0);
  rows.push(['shared React (not counted)', reactBytes, null]);
  return rows;
}

/** Prints the table; returns the rows over budget. */
export function printBundleTable(rows) {
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`${'bundle (gzip)'.padEnd(width)}  ${'size'.padStart(9)}  ${'budget'.padStart(9)}`);
  const over = [];
  for (const [name, bytes, budget] of rows) {
    const flag = budget != null && bytes > budget ? '  OVER BUDGET' : '';
    if (flag) over.push(name);
    console.log(`${name.padEnd(width)}  ${kb(bytes).padStart(9)}  ${(budget != null ? kb(budget) : '').padStart(9)}${flag}`);
  }
  return over;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!fs.existsSync(path.join(remoteDir, 'mf-manifest.json'))) {
    console.error(`${remoteDir} has no build: run \`npm run build\` first.`);
    process.exit(2);
  }
  const over = printBundleTable(measureBundle());
  if (process.argv.includes('--check') && over.length > 0) {
    console.error(`\nOver budget: ${over.join(', ')}. Shrink them, or raise bench/budgets.json in a commit that says why.`);
    process.exit(1);
  }
}
