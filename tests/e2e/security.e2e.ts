import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect } from 'vitest';
import { closeServer, serveStatic } from '../../scripts/serve-static.mjs';
import { browserIt, distDir, openApp, shimUrl, signIn, setupBrowser } from './browser';
import { fillTemplate, setupWorkDir, uploadFile } from './bulk-files';
import { seatTemplateFixture } from '../../src/import/testing/seat-template.fixture';

const browser = setupBrowser();
const servers: Server[] = [];
const workDir = setupWorkDir('portal-security-');

afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
});

/** The policy docs/embedding.md asks of a host: no unsafe-eval, no inline scripts. */
function contentSecurityPolicy(remoteOrigin: string) {
  return [
    "default-src 'self'",
    `script-src 'self' ${remoteOrigin}`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self' ${remoteOrigin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

describe('the apps under a strict Content-Security-Policy', () => {
  browserIt('run both apps without a single violation (no eval, no inline script)', async () => {
    const { page } = browser;
    const port = Number(new URL(shimUrl).port) + 50;
    const remoteOrigin = `http://localhost:${port + 1}`;
    servers.push(
      await serveStatic({
        root: path.join(distDir, 'shim'),
        port,
        fallback: 'index.html',
        headers: { 'Content-Security-Policy': contentSecurityPolicy(remoteOrigin) },
      }),
    );
    servers.push(await serveStatic({ root: path.join(distDir, 'remote'), port: port + 1, headers: { 'Access-Control-Allow-Origin': '*' } }));
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    await signIn(page, undefined, `http://localhost:${port}`);
    await openApp(page, 'Bulk Manager');
    await page
      .getByText(/seats? in this account|Download CSV template/)
      .first()
      .waitFor();
    await page.getByRole('tab', { name: 'Seats' }).click();
    await openApp(page, 'Teams');
    await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
  });
});

/** A policy many enterprise portals set: no inline styles but by nonce, no blob: workers, nothing but the page's origin. */
function strictPolicy(nonce: string) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain',
  '.css': 'text/css',
};

describe("the apps under a policy without 'unsafe-inline' or blob:", () => {
  browserIt('style themselves by the page nonce and run the import worker from the remote on the page origin', async () => {
    const { page } = browser;
    const port = Number(new URL(shimUrl).port) + 55;
    const nonce = 'e2e-style-nonce';
    const template = fs.readFileSync(path.join(distDir, 'shim/index.html'), 'utf8');
    // The host proxies the remote under /remote/ and states its nonce for the apps' and its own styles.
    const html = template.replace(
      '<head>',
      `<head><meta property="csp-nonce" nonce="${nonce}"><meta name="portal-remote-manifest" content="/remote/mf-manifest.json">`,
    );
    servers.push(
      await serveStatic({
        root: path.join(distDir, 'shim'),
        port,
        fallback: 'index.html',
        headers: { 'Content-Security-Policy': strictPolicy(nonce) },
        intercept: (pathname) => {
          if (pathname.startsWith('/remote/')) {
            const file = path.join(distDir, 'remote', path.normalize(pathname.slice('/remote/'.length)).replace(/^(\.\.[/\\])+/, ''));
            if (!fs.existsSync(file)) return { status: 404, body: 'Not found', type: 'text/plain' };
            return { body: fs.readFileSync(file, 'utf8'), type: contentTypes[path.extname(file)] ?? 'application/octet-stream' };
          }
          return path.extname(pathname) === '' || pathname === '/index.html' ? { body: html, type: 'text/html; charset=utf-8' } : null;
        },
      }),
    );
    const violations: string[] = [];
    await page.exposeFunction('reportStrictViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportStrictViolation(text: string): void }).reportStrictViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await signIn(page, undefined, `http://localhost:${port}`);
    await openApp(page, 'Bulk Manager');
    await page.getByText('The seat template has 12 columns.').waitFor();
    // Styled: the app root's own font and the primary button's own background, not the browser's defaults.
    const looks = await page.evaluate(() => {
      const root = document.querySelector('[data-app]');
      const button = [...document.querySelectorAll('[data-app] button')].find((element) => getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)');
      return {
        font: root ? getComputedStyle(root).fontFamily : '',
        styled: button !== undefined,
        styles: document.querySelectorAll('style').length,
        unsigned: [...document.querySelectorAll('style')].filter((element) => element.nonce !== 'e2e-style-nonce').length,
      };
    });
    expect(looks.styles).toBeGreaterThan(0);
    expect(looks.unsigned).toBe(0);
    expect(looks.font).not.toMatch(/^"?Times/);
    expect(looks.styled).toBe(true);

    const header = seatTemplateFixture.columns.map((column) => column.header);
    await uploadFile(page, workDir, 'strict-policy.csv', fillTemplate(header, 6, { tag: 'strictcsp', lastName: 'Policy', firstExtension: 7300 }));
    await page.getByText('No errors found').waitFor();
    expect(workers.filter((url) => url.startsWith(`http://localhost:${port}/remote/`))).toHaveLength(1);
    expect(workers.filter((url) => url.startsWith('blob:'))).toEqual([]);

    await openApp(page, 'Teams');
    await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
    expect(violations).toEqual([]);
  });
});

describe('untrusted text', () => {
  browserIt('is shown literally and never runs (a seat named with an HTML payload)', async () => {
    const { page } = browser;
    await signIn(page);
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    const hostile = '<img src=x onerror="window.__hostile=1">';
    await page.evaluate(async (name) => {
      const login = await fetch('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'alex.admin', password: 'Passw0rd!', accountName: 'Northwind Traders' }),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const response = await fetch('/api/v1/seats', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}`, 'X-Account-Id': '100001', 'Idempotency-Key': 'e2e-hostile' },
        body: JSON.stringify({ firstName: name.slice(0, 64), lastName: 'Aaaa', email: 'hostile.name@example.com', extension: '4343', site: 'Headquarters' }),
      });
      if (!response.ok) throw new Error(`seat not created: ${response.status}`);
    }, hostile);
    await openApp(page, 'Bulk Manager');
    await page.getByRole('tab', { name: 'Seats' }).click();
    await page.getByLabel('Search seats').fill('hostile');
    await page.getByText(hostile.slice(0, 64)).first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile)).toBeUndefined();
    expect(await page.locator('[data-app] img[src="x"]').count()).toBe(0);
  });
});
