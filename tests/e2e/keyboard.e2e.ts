import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, openApp, setupBrowser, signIn } from './browser';

const browser = setupBrowser();

/** What has the focus: its role (or tag) and its name, enough to follow a Tab path. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    const grid = element.closest('[role="grid"]');
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
    return grid ? `${role} in ${grid.getAttribute('aria-label') ?? 'grid'}` : `${role} ${name}`;
  });
}

/** Presses Tab until `until` says yes (at most `limit` times); returns how many presses it took. */
async function tabsUntil(page: Page, until: (focus: string) => boolean, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (until(await focused(page))) return presses;
  }
  throw new Error(`Not reached in ${limit} Tabs; focus is on ${await focused(page)}`);
}

describe('Keyboard paths', () => {
  browserIt('Phone Numbers: Buy is one Tab from the search field, the grid one more stop, and one Tab leaves it', async () => {
    const { page, errors } = browser;
    await signIn(page);
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    await openApp(page, 'Teams');
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Phone Numbers' }).click();
    await page.getByText('45 phone numbers.').waitFor();
    await page.getByRole('searchbox', { name: 'Search phone numbers' }).focus();

    expect(await tabsUntil(page, (focus) => focus === 'button Buy')).toBe(1);
    // Past Download CSV and Upload (Delete is disabled with nothing selected).
    expect(await tabsUntil(page, (focus) => focus.endsWith('in Phone numbers'))).toBe(3);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.getByText('45 phone numbers. 1 selected.').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Select (212) 555-0101' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toContain('in Phone numbers');
    expect(errors).toEqual([]);
  });

  browserIt("the host's Apps menu answers arrows, Home, End and Escape", async () => {
    const { page, errors } = browser;
    await signIn(page);
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    const apps = page.getByRole('button', { name: 'Apps' });
    await apps.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('group', { name: 'Apps' });
    await menu.getByRole('link', { name: 'Bulk Manager' }).waitFor();
    expect(await focused(page)).toBe('a Bulk Manager');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('a Teams');
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('a Bulk Manager');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('a Teams');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button Apps');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('a Teams');
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Teams' }).waitFor();
    expect(errors).toEqual([]);
  });
});
