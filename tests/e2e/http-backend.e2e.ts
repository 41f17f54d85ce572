import { promises as fs } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect } from 'vitest';
import '../../src/zod-setup';
import { API_BASE_META } from '../../host-shim/api-base';
import { startMockHttpServer, type MockHttpRequestInfo, type MockHttpServer } from '../../mocks/http-server';
import { loginAsDemoUser } from '../../mocks/node';
import { closeServer, serveStatic } from '../../scripts/serve-static.mjs';
import { browserIt, distDir, openApp, setupBrowser, shimUrl, signIn } from './browser';
import { download, fillTemplate, parseCsv, setupWorkDir, uploadFile } from './bulk-files';

/**
 * The built reference host in its HTTP mode: the same dist/ the other browser tests load, its page
 * naming the reference backend (`<meta name="portal-api-base-url">`), which runs here over real HTTP
 * on its own port with a fresh seeded state for each test. No MSW in the page: every API request
 * crosses the network to that server, with CORS.
 */
const browser = setupBrowser();
const workDir = setupWorkDir('http-backend-e2e-');
const hostPort = Number(new URL(shimUrl).port) + 70;
const hostUrl = `http://localhost:${hostPort}`;
const servers: Server[] = [];
let backend: MockHttpServer;
/** The API requests the server received during the current test. */
const received: MockHttpRequestInfo[] = [];
/** The requests the page sent to its own origin's /api/ (the in-page mocks would answer these). */
const sameOriginApiRequests: string[] = [];

beforeAll(async () => {
  backend = await startMockHttpServer({ port: 0, onRequest: (request) => received.push(request) });
  const template = await fs.readFile(path.join(distDir, 'shim/index.html'), 'utf8');
  const page = template.replace('<head>', `<head><meta name="${API_BASE_META}" content="${backend.url}">`);
  servers.push(
    await serveStatic({
      root: path.join(distDir, 'shim'),
      port: hostPort,
      intercept: (pathname) => (path.extname(pathname) === '' || pathname === '/index.html' ? { body: page, type: 'text/html; charset=utf-8' } : null),
    }),
    await serveStatic({ root: path.join(distDir, 'remote'), port: hostPort + 1, headers: { 'Access-Control-Allow-Origin': '*' } }),
  );
});

afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  await backend?.close();
});

beforeEach(async () => {
  await backend.controls.reset();
  received.length = 0;
  sameOriginApiRequests.length = 0;
  browser.page?.on('request', (request) => {
    if (request.url().startsWith(`${hostUrl}/api/`)) sameOriginApiRequests.push(`${request.method()} ${request.url()}`);
  });
});

/** What the server received from the page, as `METHOD /path`. */
const fromPage = () => received.filter((request) => request.origin === hostUrl).map((request) => `${request.method} ${request.path}`);

/** A GET to the server over HTTP, as the demo user of Northwind Traders. */
async function serverGet<T>(pathname: string): Promise<T> {
  const session = await loginAsDemoUser({ baseUrl: backend.url });
  const response = await session.fetch(pathname);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** No service worker (MSW's) is registered or controls the page, and the in-page mocks are absent. */
async function expectNoMocksInPage(page: Page) {
  const state = await page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    controlled: navigator.serviceWorker.controller !== null,
    mocks: '__portalMocks' in window,
  }));
  expect(state).toEqual({ registrations: 0, controlled: false, mocks: false });
  expect(sameOriginApiRequests).toEqual([]);
}

describe('The reference host against the reference backend over HTTP', () => {
  browserIt('imports a CSV in Bulk Manager: preview, create, summary, and the seats are on the server', async () => {
    const { page, errors } = browser;
    await signIn(page, undefined, hostUrl);
    await openApp(page, 'Bulk Manager');
    await page.getByText('The seat template has 12 columns.').waitFor();
    const template = await download(page, workDir, () => page.getByRole('button', { name: 'Download CSV template' }).click());
    const [header] = parseCsv(template.text);
    expect(header?.slice(0, 3)).toEqual(['First Name', 'Last Name', 'Email']);
    const before = await serverGet<{ total: number }>('/api/v1/seats?q=wire.user');
    expect(before.total).toBe(0);

    await uploadFile(page, workDir, 'over-http.csv', fillTemplate(header ?? [], 5, { tag: 'wire', lastName: 'Wire', firstExtension: 7000 }));
    await page.getByText('No errors found').waitFor();
    await page.getByRole('button', { name: 'Create 5 users' }).click();
    await page.getByText('5 users were created.').waitFor();
    const summary = await download(page, workDir, () => page.getByRole('button', { name: 'Download summary' }).click());
    const rows = parseCsv(summary.text);
    expect(rows).toHaveLength(6);
    expect(rows.slice(1).map((row) => row[rows[0]?.indexOf('Result') ?? -1])).toEqual(Array(5).fill('Created'));

    const created = await serverGet<{ total: number; items: { email: string; lastName: string }[] }>('/api/v1/seats?q=wire.user&limit=20');
    expect(created.total).toBe(5);
    expect(created.items.map((seat) => seat.email).sort()).toEqual([0, 1, 2, 3, 4].map((n) => `wire.user${n}@example.org`));

    const sent = fromPage();
    expect(sent).toContain('POST /api/v1/auth/login');
    expect(sent).toContain('GET /api/v1/seat-template');
    expect(sent).toContain('POST /api/v1/seats/validate');
    expect(sent).toContain('POST /api/v1/seat-jobs');
    expect(sent.filter((request) => /^POST \/api\/v1\/seat-jobs\/[^/]+\/chunks$/.test(request)).length).toBeGreaterThan(0);
    // Cross-origin with Authorization: the browser asked the server's CORS preflight first.
    expect(sent.some((request) => request.startsWith('OPTIONS '))).toBe(true);
    await expectNoMocksInPage(page);
    expect(errors).toEqual([]);
  });

  browserIt('buys a phone number in Teams, and the number is on the server', async () => {
    const { page, errors } = browser;
    const before = await serverGet<{ total: number }>('/api/v1/teams/numbers?q=2125550130');
    expect(before.total).toBe(0);
    await signIn(page, undefined, hostUrl);
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    await openApp(page, 'Teams');
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Phone Numbers' }).click();
    await page.getByText('45 phone numbers.').waitFor();
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Buy phone numbers' });
    await dialog.getByRole('textbox', { name: /Area code/ }).fill('212');
    await dialog.getByRole('textbox', { name: 'Prefix (optional)' }).fill('555013');
    await dialog.getByRole('button', { name: 'Search' }).click();
    await dialog.getByText('10 numbers are for sale in area code 212 with prefix 555013.').waitFor();
    await dialog.getByRole('checkbox', { name: '(212) 555-0130' }).check();
    await dialog.getByRole('button', { name: /^Buy 1 number/ }).click();
    await page.getByText('46 phone numbers.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    const bought = await serverGet<{ total: number; items: { number: string }[] }>('/api/v1/teams/numbers?q=2125550130');
    expect(bought.total).toBe(1);
    expect(bought.items[0]?.number).toBe('+12125550130');
    expect(fromPage()).toContain('GET /api/v1/teams/numbers/available');
    expect(fromPage().filter((request) => request === 'POST /api/v1/teams/numbers/purchase')).toHaveLength(1);
    await expectNoMocksInPage(page);
    expect(errors).toEqual([]);
  });

  browserIt('starts each test from the seed: the seats created and the number bought above are gone', async () => {
    expect((await serverGet<{ total: number }>('/api/v1/seats?q=wire.user')).total).toBe(0);
    expect((await serverGet<{ total: number }>('/api/v1/teams/numbers?q=2125550130')).total).toBe(0);
    expect(received.map((request) => request.origin)).not.toContain(hostUrl);
  });
});
