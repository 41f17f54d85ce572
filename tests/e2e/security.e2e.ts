import path from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect } from 'vitest';
import { closeServer, serveStatic } from '../../scripts/serve-static.mjs';
import { browserIt, distDir, openApp, shimUrl, signIn, setupBrowser } from './browser';

const browser = setupBrowser();
const servers: Server[] = [];

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
    servers.push(await serveStatic({ root: path.join(distDir, 'shim'), port, fallback: 'index.html', headers: { 'Content-Security-Policy': contentSecurityPolicy(remoteOrigin) } }));
    servers.push(await serveStatic({ root: path.join(distDir, 'remote'), port: port + 1, headers: { 'Access-Control-Allow-Origin': '*' } }));
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    await signIn(page, undefined, `http://localhost:${port}`);
    await openApp(page, 'Bulk Manager');
    await page.getByText(/seats? in this account|Download CSV template/).first().waitFor();
    await page.getByRole('tab', { name: 'Seats' }).click();
    await openApp(page, 'Teams');
    await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.waitForTimeout(500);
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
