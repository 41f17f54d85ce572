import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect } from 'vitest';
import { closeServer, serveStatic, type Interception } from '../../scripts/serve-static.mjs';
import { browserIt, distDir, fillSignIn, openApp, shimUrl, signIn, setupBrowser } from './browser';
import { fillTemplate, setupWorkDir, uploadFile } from './bulk-files';
import { seatTemplateFixture } from '../../src/import/testing/seat-template.fixture';

const browser = setupBrowser();
const servers: Server[] = [];
const workDir = setupWorkDir('portal-resilience-');

/** A copy of the host on its own port, with a remote that misbehaves as `intercept` says. */
async function hostWithRemote(offset: number, intercept: (pathname: string) => Interception | null): Promise<string> {
  const port = Number(new URL(shimUrl).port) + offset;
  servers.push(await serveStatic({ root: path.join(distDir, 'shim'), port, fallback: 'index.html' }));
  servers.push(await serveStatic({ root: path.join(distDir, 'remote'), port: port + 1, headers: { 'Access-Control-Allow-Origin': '*' }, intercept }));
  return `http://localhost:${port}`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
});

/** The chunks with each app's lifecycles, which the catalogue's `load()` fetches. */
let lifecycleChunks: { teams: string; bulkManager: string } | null = null;
const appChunks = () => (lifecycleChunks ??= { teams: chunkOf('src/apps/teams/lifecycles.tsx'), bulkManager: chunkOf('src/apps/bulk-manager/lifecycles.tsx') });
const teamsCode = () => appChunks().teams;
const bulkManagerCode = () => appChunks().bulkManager;

describe('a host whose remote misbehaves', () => {
  browserIt('stays usable while the remote is slow, then shows the apps when it answers', async () => {
    const { page } = browser;
    const url = await hostWithRemote(20, (pathname) => (pathname.endsWith('mf-manifest.json') ? { delayMs: 4000 } : null));
    await signIn(page, undefined, url);
    await page.getByRole('button', { name: 'Apps' }).click();
    await page.getByText('Loading apps…').waitFor();
    // The host answers while the remote is slow: its own language menu works.
    await page.getByLabel('Language').selectOption('fr');
    expect(await page.getByLabel('Language').inputValue()).toBe('fr');
    await page.getByRole('group', { name: 'Apps' }).getByRole('link', { name: 'Teams' }).waitFor({ timeout: 15_000 });
  });

  browserIt('shows one app as unavailable when its code throws, and the other app still works', async () => {
    const { page, errors } = browser;
    const url = await hostWithRemote(30, (pathname) => (pathname === teamsCode() ? { body: 'throw new Error("Teams failed to start");' } : null));
    await signIn(page, undefined, url);
    await openApp(page, 'Teams');
    await page.getByRole('heading', { name: 'Teams is unavailable' }).waitFor();
    expect(await page.locator('[data-app]').count()).toBe(0);
    expect(errors.join('\n')).toMatch(/Teams failed to start/);

    await openApp(page, 'Bulk Manager');
    await page.getByText('The seat template has 12 columns.').waitFor();
    expect(await page.getByRole('heading', { name: 'Teams is unavailable' }).count()).toBe(0);
  });

  browserIt('asks once more for an app’s code that failed to arrive, and opens the app', async () => {
    const { page } = browser;
    let failed = 0;
    const url = await hostWithRemote(50, (pathname) => {
      if (failed > 0 || pathname !== teamsCode()) return null;
      failed++;
      return { status: 404, body: 'Not found', type: 'text/plain' };
    });
    await signIn(page, undefined, url);
    await openApp(page, 'Teams');
    await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
    expect(failed).toBe(1);
    expect(await page.getByRole('heading', { name: 'Teams is unavailable' }).count()).toBe(0);
  });

  browserIt('recovers an app on Retry once its code loads again', async () => {
    const { page } = browser;
    let broken = true;
    let refused = 0;
    const url = await hostWithRemote(40, (pathname) => {
      if (!broken || pathname !== bulkManagerCode()) return null;
      refused++;
      return { status: 500, body: 'oops', type: 'text/plain' };
    });
    await page.goto(`${url}/apps/bulk-manager`);
    await fillSignIn(page);
    await page.getByRole('heading', { name: 'Bulk Manager is unavailable' }).waitFor();
    // The app's code was asked for twice (the load and its one retry) before the app was shown as unavailable.
    expect(refused).toBe(2);
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('The seat template has 12 columns.').waitFor();
  });
});

/** The chunk of the built remote that holds a source file (read from the source maps), as a URL path. */
function chunkOf(source: string): string {
  const remote = path.join(distDir, 'remote');
  const found = fs
    .readdirSync(remote)
    .filter((name) => name.endsWith('.js.map'))
    .filter((name) => (JSON.parse(fs.readFileSync(path.join(remote, name), 'utf8')) as { sources: string[] }).sources.some((file) => file.endsWith(source)));
  if (found.length !== 1) throw new Error(`Expected one chunk with ${source} in ${remote}, found: ${found.join(', ') || 'none'}`);
  return `/${found[0]?.replace(/\.map$/, '')}`;
}

describe('a screen whose code arrives late or not at all', () => {
  browserIt('shows a loading state until a tab’s chunk arrives, then the tab with its data', async () => {
    const { page } = browser;
    const url = await hostWithRemote(70, (pathname) => (/\/(bulk-manager-seats|teams-users)\.[^/]*\.js$/.test(pathname) ? { delayMs: 1500 } : null));
    await signIn(page, undefined, url);
    await openApp(page, 'Bulk Manager');
    await page.getByRole('tab', { name: 'Seats' }).click();
    await page.getByRole('tabpanel').getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
    await page.getByRole('grid', { name: 'Seats' }).waitFor({ timeout: 15_000 });

    await openApp(page, 'Teams');
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Users' }).click();
    await page.getByText('40 users.').waitFor({ timeout: 15_000 });
  });

  browserIt('says a tab could not be loaded when its chunk fails twice, and Try again opens it', async () => {
    const { page } = browser;
    let broken = true;
    let asked = 0;
    const url = await hostWithRemote(80, (pathname) => {
      if (!/\/bulk-manager-event-logs\.[^/]*\.js$/.test(pathname)) return null;
      asked++;
      return broken ? { status: 500, body: 'oops', type: 'text/plain' } : null;
    });
    await signIn(page, undefined, url);
    await openApp(page, 'Bulk Manager');
    await page.getByRole('tab', { name: 'Event Logs' }).click();
    await page.getByText('Part of the app could not be loaded. Check your connection and try again.').waitFor();
    expect(asked).toBe(2);
    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Event log' }).waitFor({ timeout: 15_000 });
    // The button is gone with the message: the screen's heading has the focus, not the page body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toMatch(/^H[1-3]$/);
    // The rest of the app was never touched.
    await page.getByRole('tab', { name: 'Configuration' }).click();
    await page.getByText('The seat template has 12 columns.').waitFor();
  });
});

/**
 * The import worker's script in the built remote: the one self-starting bundle (not a chunk pushed onto
 * webpack's array) that holds the import engine's host (import-host.ts's message).
 */
function importWorkerScript(): string {
  const remote = path.join(distDir, 'remote');
  const found = fs
    .readdirSync(remote)
    .filter((name) => name.endsWith('.js'))
    .filter((name) => {
      const code = fs.readFileSync(path.join(remote, name), 'utf8');
      return code.startsWith('(()=>') && code.includes('account check failed');
    });
  if (found.length !== 1) throw new Error(`Expected one import worker script in ${remote}, found: ${found.join(', ') || 'none'}`);
  return `/${found[0]}`;
}

describe('an import worker that cannot load', () => {
  browserIt('still reads the file, in the page, and shows the preview', async () => {
    const { page } = browser;
    const worker = importWorkerScript();
    let blocked = 0;
    const url = await hostWithRemote(60, (pathname) => {
      if (pathname !== worker) return null;
      blocked++;
      return { status: 404, body: 'Not found', type: 'text/plain' };
    });
    await signIn(page, undefined, url);
    await openApp(page, 'Bulk Manager');
    await page.getByText('The seat template has 12 columns.').waitFor();
    const header = seatTemplateFixture.columns.map((column) => column.header);
    await uploadFile(page, workDir, 'no-worker.csv', fillTemplate(header, 8, { tag: 'noworker', lastName: 'Inpage', firstExtension: 7100 }));
    await page.getByText('No errors found').waitFor();
    expect(blocked).toBeGreaterThan(0);
  });
});

describe('a plain page that shares nothing', () => {
  browserIt('mounts Teams as a parcel with the remote’s own React, and unmounts it completely', async () => {
    const { page, errors } = browser;
    await page.goto(`${shimUrl}/plain-host.html`);
    await page.getByText('Teams is mounted as a parcel.').waitFor();
    await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
    expect(await page.evaluate(() => document.querySelectorAll('style[data-portal-apps]').length)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Unmount Teams' }).click();
    await page.getByText('Teams is unmounted.').waitFor();
    expect(await page.locator('#outlet').innerHTML()).toBe('');
    expect(await page.evaluate(() => document.querySelectorAll('style[data-portal-apps]').length)).toBe(0);
    expect(errors).toEqual([]);
  });

  browserIt('keeps the page’s URL and history as they are while Teams, as a parcel, moves between its sections', async () => {
    const { page, errors } = browser;
    await page.goto(`${shimUrl}/plain-host.html?from=test#top`);
    const before = await page.evaluate(() => ({ href: location.href, length: history.length }));
    await page.getByText('Teams is mounted as a parcel.').waitFor();
    await page.getByRole('heading', { name: 'Setup' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Teams' });
    // The app's sections live under its own route, in the page's memory navigation.
    expect(await menu.getByRole('link', { name: 'Users' }).getAttribute('href')).toBe('/apps/teams/users');
    await menu.getByRole('link', { name: 'Users' }).click();
    await page.getByText('40 users.').waitFor();
    await menu.getByRole('link', { name: 'Phone Numbers' }).click();
    await page.getByRole('searchbox', { name: 'Search phone numbers' }).waitFor();
    expect(await page.evaluate(() => ({ href: location.href, length: history.length }))).toEqual(before);
    await page.getByRole('button', { name: 'Unmount Teams' }).click();
    await page.getByText('Teams is unmounted.').waitFor();
    expect(await page.evaluate(() => ({ href: location.href, length: history.length }))).toEqual(before);
    expect(errors).toEqual([]);
  });
});
