import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';

export const shimUrl = inject('shimUrl');
export const remoteUrl = inject('remoteUrl');
/** The built host and remote (`dist/shim`, `dist/remote`), for tests that serve them differently. */
export const distDir = inject('distDir');
const executablePath = inject('chromium');

/** `it`, skipped (loudly, by global setup) when this machine has no Chromium. */
export const browserIt = executablePath ? it : it.skip;

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors of the page, for tests that demand a clean run. */
  errors: string[];
}

/**
 * One Chromium for the file, a fresh context (no storage, no service worker) per test. Returns a
 * holder filled before each test.
 */
export function setupBrowser(): BrowserSession {
  let browser: Browser | null = null;
  const session = {} as BrowserSession;
  beforeAll(async () => {
    if (!executablePath) return;
    browser = await playwright.launch({ executablePath, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) return;
    session.context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    session.page = await session.context.newPage();
    session.errors = [];
    session.page.on('pageerror', (error) => session.errors.push(`pageerror: ${error.message}`));
    session.page.on('console', (message) => {
      if (message.type() === 'error') session.errors.push(`console: ${message.text()}`);
    });
  });
  afterEach(async () => {
    await session.context?.close();
  });
  return session;
}

/** Signs in on the reference host's login page (of the default host, or the one at `url`). */
export async function signIn(page: Page, credentials = { username: 'alex.admin', password: 'Passw0rd!', accountName: 'Northwind Traders' }, url = shimUrl) {
  await page.goto(`${url}/login`);
  await fillSignIn(page, credentials);
}

/** Fills and sends the sign-in form of the page as it is (the host returns to the page asked for). */
export async function fillSignIn(page: Page, credentials = { username: 'alex.admin', password: 'Passw0rd!', accountName: 'Northwind Traders' }) {
  await page.getByLabel('Username').fill(credentials.username);
  await page.getByLabel('Password', { exact: true }).fill(credentials.password);
  await page.getByLabel('Account Name').fill(credentials.accountName);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens an app from the host's Apps menu. */
export async function openApp(page: Page, title: 'Bulk Manager' | 'Teams') {
  await page.getByRole('button', { name: 'Apps' }).click();
  await page.getByRole('group', { name: 'Apps' }).getByRole('link', { name: title }).click();
}
