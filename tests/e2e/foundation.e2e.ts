import { describe, expect } from 'vitest';
import path from 'node:path';
import type { Server } from 'node:http';
import { closeServer, serveStatic } from '../../scripts/serve-static.mjs';
import { browserIt, distDir, fillSignIn, openApp, shimUrl, signIn, setupBrowser } from './browser';

const browser = setupBrowser();

describe('the reference host and the federated apps', () => {
  browserIt('refuses wrong credentials, an unknown account and a forbidden one, each with its own message', async () => {
    const { page } = browser;
    await signIn(page, { username: 'alex.admin', password: 'wrong', accountName: 'Northwind Traders' });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('The username or password is incorrect.');
    await signIn(page, { username: 'alex.admin', password: 'Passw0rd!', accountName: 'Nowhere Inc' });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('There is no account with that name.');
    await signIn(page, { username: 'alex.admin', password: 'Passw0rd!', accountName: 'Fabrikam Inc' });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('This user does not have access to that account.');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
  });

  browserIt('signs in, opens each app from the Apps menu, and unmounts the first completely', async () => {
    const { page, errors } = browser;
    await signIn(page);
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    expect(await page.getByTestId('host-account').textContent()).toContain('Northwind Traders');

    await page.getByRole('button', { name: 'Apps' }).click();
    const menu = page.getByRole('group', { name: 'Apps' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Bulk Manager', 'Teams']);
    expect(await menu.getByRole('img').count()).toBe(0); // icons are decorative (alt="")
    await menu.getByRole('link', { name: 'Bulk Manager' }).click();
    await page.getByText('The seat template has 12 columns.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/apps/bulk-manager/configuration');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Configuration');
    expect(await page.locator('style[data-portal-apps]').count()).toBeGreaterThan(0);

    await openApp(page, 'Teams');
    await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/apps/teams/setup');
    expect(await page.locator('[data-app="bulk-manager"]').count()).toBe(0);

    await page.getByRole('link', { name: 'Admin Portal' }).click();
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    expect(await page.locator('[data-app]').count()).toBe(0);
    expect(await page.locator('style[data-portal-apps]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  browserIt('keeps the host usable when the remote is down, and loads it on Retry once it is back', async () => {
    const { page } = browser;
    // A second copy of the host whose remote (the next port) is not served yet.
    const port = Number(new URL(shimUrl).port) + 10;
    const host = await serveStatic({ root: path.join(distDir, 'shim'), port, fallback: 'index.html' });
    let remote: Server | null = null;
    try {
      const url = `http://localhost:${port}`;
      await signIn(page, undefined, url);
      await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
      await page.getByRole('button', { name: 'Apps' }).click();
      await page.getByText('The apps are unavailable right now.').waitFor();
      await page.goto(`${url}/apps/teams`);
      await fillSignIn(page);
      await page.getByRole('heading', { name: 'This app is unavailable' }).waitFor();
      expect(await page.getByRole('button', { name: 'Logout' }).isEnabled()).toBe(true);

      remote = await serveStatic({ root: path.join(distDir, 'remote'), port: port + 1, headers: { 'Access-Control-Allow-Origin': '*' } });
      await page.getByRole('button', { name: 'Retry' }).click();
      await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
    } finally {
      await Promise.all([host, remote].map((server) => server && closeServer(server)));
    }
  });

  browserIt("passes the remote's bridge conformance kit with the host's own bridge", async () => {
    const { page } = browser;
    await page.goto(`${shimUrl}/conformance`);
    await fillSignIn(page);
    const report = page.getByTestId('conformance-report');
    await report.waitFor();
    expect(await report.textContent()).toMatch(/\b0 failed\b/);
    expect(await page.getByTestId('conformance-result').textContent()).toBe('This host honours the contract.');
  });

  browserIt("holds its own styles against the host page's global CSS", async () => {
    const { page } = browser;
    await signIn(page);
    await openApp(page, 'Bulk Manager');
    const title = page.getByRole('region', { name: 'Bulk Manager' }).getByRole('heading', { level: 1 });
    await title.waitFor();
    const styles = await title.evaluate((element) => {
      const style = getComputedStyle(element);
      return { transform: style.textTransform, spacing: style.letterSpacing, font: style.fontFamily };
    });
    expect(styles.transform).toBe('none');
    expect(styles.spacing).toBe('normal');
    expect(styles.font).not.toMatch(/Georgia/);
    const tab = page.getByRole('tab', { name: 'Seats' });
    expect(await tab.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgb(253, 243, 216)');
    const hostHeading = await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).count();
    expect(hostHeading).toBe(0);
  });

  browserIt('fits a narrow window: the top bar wraps and the Apps menu opens inside the window', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 400, height: 700 });
    await signIn(page);
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const logout = await page.getByRole('button', { name: 'Logout' }).boundingBox();
    expect((logout?.x ?? 0) + (logout?.width ?? 0)).toBeLessThanOrEqual(400);
    await page.getByRole('button', { name: 'Apps' }).click();
    const menu = await page.getByRole('group', { name: 'Apps' }).boundingBox();
    expect(menu?.x).toBeGreaterThanOrEqual(0);
    expect((menu?.x ?? 0) + (menu?.width ?? 0)).toBeLessThanOrEqual(400);
  });

  browserIt('logs out through the app (Teams Logout) and back to the sign-in page', async () => {
    const { page } = browser;
    await signIn(page);
    await openApp(page, 'Teams');
    await page.getByRole('region', { name: 'Teams' }).getByRole('button', { name: 'Logout' }).click();
    await page.getByRole('heading', { name: 'Admin Portal' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.locator('[data-app]').count()).toBe(0);
  });

  browserIt('keeps the demo data across a reload, and resets it on request', async () => {
    const { page } = browser;
    await signIn(page);
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    const seats = () => page.evaluate(() => window.__portalMocks?.snapshot().seatsByAccount['100001']);
    const before = await seats();
    // A seat created through the API (as the app would), then a reload: it is still there.
    await page.evaluate(async () => {
      const login = await fetch('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'alex.admin', password: 'Passw0rd!', accountName: 'Northwind Traders' }),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };
      await fetch('/api/v1/seats', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}`, 'X-Account-Id': '100001', 'Idempotency-Key': 'e2e-persist' },
        body: JSON.stringify({ firstName: 'Persisted', lastName: 'Seat', email: 'persisted.seat@example.com', extension: '4242', site: 'Headquarters' }),
      });
    });
    expect(await seats()).toBe((before ?? 0) + 1);
    await page.waitForTimeout(300);
    await page.reload();
    await fillSignIn(page);
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    expect(await seats()).toBe((before ?? 0) + 1);
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await page.getByRole('heading', { name: 'Admin Portal' }).waitFor();
    expect(await seats()).toBe(before);
  });

  browserIt('keeps the password and tokens out of storage and the URL', async () => {
    const { page } = browser;
    await signIn(page);
    await openApp(page, 'Bulk Manager');
    await page.getByText('The seat template has 12 columns.').waitFor();
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
    expect(stored).not.toContain('Passw0rd!');
    expect(stored).not.toMatch(/[0-9a-f]{32}/);
  });
});
