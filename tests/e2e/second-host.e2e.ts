import { promises as fs } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import '../../src/zod-setup';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/http-server';
import { closeServer, serveStatic } from '../../scripts/serve-static.mjs';
import { browserIt, remoteUrl, setupBrowser } from './browser';

/**
 * The apps in a host unlike the reference host (tests/second-host): React 18 for its own UI, shared
 * as a singleton; its own router, whose listeners are told synchronously inside navigate(); single-spa;
 * a hostile global style sheet; a bridge written from the contract, against the reference backend
 * over real HTTP. Built here with esbuild, served on its own origin.
 */
const browser = setupBrowser();
let hostUrl = '';
let host: Server | null = null;
let backend: MockHttpServer | null = null;

beforeAll(async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'second-host-'));
  await build({
    entryPoints: [path.resolve('tests/second-host/src/main.tsx')],
    bundle: true,
    outdir: out,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await fs.copyFile(path.resolve('tests/second-host/index.html'), path.join(out, 'index.html'));
  backend = await startMockHttpServer({ port: 0 });
  host = await serveStatic({ root: out, port: 0, fallback: 'index.html' });
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  if (host) await closeServer(host);
  await backend?.close();
});

async function open(page: Page, at: string) {
  const query = new URLSearchParams({ manifest: `${remoteUrl}/mf-manifest.json`, api: backend?.url ?? '' });
  await page.goto(`${hostUrl}${at}?${query.toString()}`);
  await page.waitForFunction(() => 'secondHost' in window || document.body.hasAttribute('data-host-error'));
  const failed = await page.getAttribute('body', 'data-host-error');
  if (failed) throw new Error(`The second host did not start: ${failed}`);
}

const hostNav = (page: Page) => page.getByRole('navigation', { name: 'Second host' });
const path_ = (page: Page) => page.evaluate(() => window.location.pathname);
const counts = (page: Page) =>
  page.evaluate(() => (window as unknown as { secondHost: { listenerCounts(): Record<string, number> } }).secondHost.listenerCounts());

describe('A host unlike ours', () => {
  browserIt('shares React 18: both apps still mount, on their own React 19, beside the host’s React 18', async () => {
    const { page, errors } = browser;
    await open(page, '/apps/teams');
    expect(await page.getByTestId('host-react').textContent()).toBe('React 18.3.1');
    await page.getByRole('heading', { name: 'Setup' }).waitFor();
    await page.getByRole('button', { name: 'Activate' }).waitFor();
    await hostNav(page).getByRole('link', { name: 'Bulk Manager' }).click();
    await page.getByRole('heading', { name: 'Bulk Manager' }).waitFor();
    await page.getByText('The seat template has 12 columns.').waitFor();
    expect(errors).toEqual([]);
  });

  browserIt('lets the host leave an app although its router tells listeners inside navigate(): to another app, and home', async () => {
    const { page, errors } = browser;
    await open(page, '/apps/bulk-manager');
    await page.getByRole('tab', { name: 'Configuration' }).waitFor();
    expect(await path_(page)).toBe('/apps/bulk-manager/configuration');
    await page.getByRole('tab', { name: 'Seats' }).click();
    await page.waitForFunction(() => window.location.pathname === '/apps/bulk-manager/seats');

    await hostNav(page).getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('heading', { name: 'Setup' }).waitFor();
    expect(await path_(page)).toBe('/apps/teams/setup');
    await hostNav(page).getByRole('link', { name: 'Bulk Manager' }).click();
    await page.getByRole('tab', { name: 'Configuration' }).waitFor();
    await hostNav(page).getByRole('link', { name: 'Home' }).click();
    await page.locator('[data-app]').waitFor({ state: 'detached' });
    // Given time to fight back, neither app pulls the host back to its route.
    await page.waitForTimeout(300);
    expect(await path_(page)).toBe('/home');
    expect(await page.getByTestId('host-path').textContent()).toBe('/home');
    expect(errors).toEqual([]);
  });

  browserIt('leaves no listener of the host’s bridge behind after each app is mounted and unmounted three times', async () => {
    const { page, errors } = browser;
    await open(page, '/home');
    const before = await counts(page);
    for (let cycle = 0; cycle < 3; cycle++) {
      await hostNav(page).getByRole('link', { name: 'Bulk Manager' }).click();
      await page.getByText('The seat template has 12 columns.').waitFor();
      await hostNav(page).getByRole('link', { name: 'Home' }).click();
      await page.locator('[data-app]').waitFor({ state: 'detached' });
      await hostNav(page).getByRole('link', { name: 'Teams' }).click();
      await page.getByRole('button', { name: 'Activate' }).waitFor();
      await hostNav(page).getByRole('link', { name: 'Home' }).click();
      await page.locator('[data-app]').waitFor({ state: 'detached' });
    }
    expect(await counts(page)).toEqual(before);
    expect(errors).toEqual([]);
  });

  browserIt('keeps the apps’ look under a hostile global style sheet (* { color: red; font: 20px serif; text-transform: uppercase })', async () => {
    const { page } = browser;
    await open(page, '/apps/bulk-manager');
    await page.getByText('The seat template has 12 columns.').waitFor();
    // The host's own text does take the hostile style: the sheet is in force.
    const hostStyle = await page.getByTestId('host-path').evaluate((element) => getComputedStyle(element).color);
    expect(hostStyle).toBe('rgb(255, 0, 0)');
    const looks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-app] h1, [data-app] h2, [data-app] p, [data-app] button, [data-app] [role="tab"]')].map((element) => {
        const style = getComputedStyle(element);
        return {
          text: element.textContent?.trim().slice(0, 30),
          color: style.color,
          family: style.fontFamily,
          transform: style.textTransform,
          spacing: style.letterSpacing,
        };
      }),
    );
    expect(looks.length).toBeGreaterThan(5);
    for (const look of looks) {
      expect(look.color, look.text).not.toBe('rgb(255, 0, 0)');
      expect(look.family, look.text).not.toMatch(/^serif$/);
      expect(look.transform, look.text).toBe('none');
      expect(look.spacing, look.text).toBe('normal');
    }
  });
});
