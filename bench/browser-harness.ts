// The browser benchmarks' common ground: a production build of their own, the reference host and
// the remote served on their own ports, Debian's Chromium, and the steps every section takes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { closeServer, serveStatic } from '../scripts/serve-static.mjs';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium';

/** One line of the benchmark table (bench/run.mjs prints them). */
export interface BenchRow {
  readonly section: string;
  readonly metric: string;
  readonly value: string;
  readonly note?: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The build the benchmarks measure: DIST_DIR, or a directory of their own so no one else's build is measured. */
export const benchDist = path.resolve(root, process.env.DIST_DIR ?? '.tmp/dist-bench');
const HOST_PORT = Number(process.env.BENCH_PORT ?? 4460);
const SOURCES = ['src', 'host-shim', 'mocks', 'public', 'webpack.config.mjs', 'package-lock.json'].map((entry) => path.join(root, entry));

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/**
 * Builds into {@link benchDist} when it has no build, or when BENCH_BUILD=1. A build older than the
 * sources is measured as it is, with a warning: in a shared checkout the sources change all the time.
 */
let buildChecked = false;
export function ensureBuild(): void {
  if (buildChecked) return;
  buildChecked = true;
  const manifest = path.join(benchDist, 'remote/mf-manifest.json');
  const built = fs.existsSync(path.join(benchDist, 'shim/index.html')) ? (fs.statSync(manifest, { throwIfNoEntry: false })?.mtimeMs ?? 0) : 0;
  if (built > 0 && process.env.BENCH_BUILD !== '1') {
    if (Math.max(...SOURCES.map(newestMtime)) > built)
      console.error(`Note: ${path.relative(root, benchDist)} is older than the sources; BENCH_BUILD=1 rebuilds it.`);
    return;
  }
  console.error(`Building into ${path.relative(root, benchDist)}...`);
  execFileSync(process.execPath, ['node_modules/webpack-cli/bin/cli.js', '--mode', 'production'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // webpack.config.mjs joins DIST_DIR to the repository's root: it must be relative.
    env: { ...process.env, DIST_DIR: path.relative(root, benchDist) },
  });
}

/** The served build and one Chromium. */
export interface BenchBrowser {
  readonly browser: Browser;
  readonly hostUrl: string;
  /** A fresh context and page at 1280x860, signed in on the host's home page. */
  signedInPage(options?: { initScript?: () => void }): Promise<Page>;
  close(): Promise<void>;
}

/** Serves the build (host on BENCH_PORT, default 4460, remote on the next port) and launches Chromium. */
export async function openBenchBrowser(): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium was not found (/usr/bin/chromium or CHROMIUM_PATH): the browser benchmarks need it.');
  ensureBuild();
  const servers: Server[] = [
    await serveStatic({ root: path.join(benchDist, 'remote'), port: HOST_PORT + 1, headers: { 'Access-Control-Allow-Origin': '*' } }),
    await serveStatic({ root: path.join(benchDist, 'shim'), port: HOST_PORT, fallback: 'index.html' }),
  ];
  const hostUrl = `http://localhost:${HOST_PORT}`;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  return {
    browser,
    hostUrl,
    async signedInPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      if (options.initScript) await page.addInitScript(options.initScript);
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(`${hostUrl}/login`);
      await page.getByLabel('Username').fill('alex.admin');
      await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
      await page.getByLabel('Account Name').fill('Northwind Traders');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
      return page;
    },
    async close() {
      await browser.close();
      await Promise.all(servers.map(closeServer));
    },
  };
}

/** Opens an app from the host's Apps menu. */
export async function openApp(page: Page, title: 'Bulk Manager' | 'Teams'): Promise<void> {
  await page.getByRole('button', { name: 'Apps' }).click();
  await page.getByRole('group', { name: 'Apps' }).getByRole('link', { name: title }).click();
}

/** Writes `text` to a temporary file and uploads it through the Configuration tab's upload dialog (the tab must be open). */
export async function uploadFile(page: Page, fileName: string, text: string, timeout = 180_000): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
  const file = path.join(dir, fileName);
  fs.writeFileSync(file, text, 'utf8');
  try {
    await page.getByRole('button', { name: 'Upload file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Upload file' });
    await dialog.getByLabel(/Browse files/).setInputFiles(file);
    await dialog.getByText(fileName).waitFor();
    await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The median of the values (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Milliseconds as the table shows them. */
export const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
