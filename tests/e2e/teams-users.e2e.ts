import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, openApp, setupBrowser, shimUrl, signIn } from './browser';

const browser = setupBrowser();

/** Signs in, opens Teams and its Users section. */
async function openUsers(page: Page) {
  await signIn(page);
  await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
  await openApp(page, 'Teams');
  // Teams opens on Setup: wait for it before choosing another section.
  await page.getByRole('heading', { name: 'Setup' }).waitFor();
  await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Users' }).click();
  await page.getByText('40 users.').waitFor();
}

/** The row of the users grid that holds this text, once the search shows it. */
async function searchUsers(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search users' }).fill(text);
  await page.getByText(/^1 user matches\.$/).waitFor();
}

const usersGrid = (page: Page) => page.getByRole('grid', { name: 'Users' });

describe('Teams users and assignments', () => {
  browserIt('assigns a number and a failover number to a user, and both tables show it', async () => {
    const { page, errors } = browser;
    await openUsers(page);
    await searchUsers(page, 'Benoît Bauer');
    await usersGrid(page).getByRole('gridcell', { name: 'Benoît Bauer' }).click();
    const panel = page.getByRole('dialog', { name: 'Edit Benoît Bauer' });
    const failover = panel.getByRole('textbox', { name: 'Failover phone number' });
    expect(await failover.isDisabled()).toBe(true);
    await panel.getByRole('checkbox', { name: 'Only show unassigned numbers' }).check();
    await panel.getByRole('combobox', { name: 'Assigned phone number' }).selectOption('+12125550128');
    await failover.fill('(628) 555-0177');
    await panel.getByRole('button', { name: 'Update' }).click();
    await panel.waitFor({ state: 'detached' });

    await usersGrid(page).getByRole('gridcell', { name: '(212) 555-0128' }).waitFor();
    await usersGrid(page).getByRole('gridcell', { name: '(628) 555-0177' }).waitFor();

    await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Phone Numbers' }).click();
    await page.getByRole('searchbox', { name: 'Search phone numbers' }).fill('555-0128');
    const numbers = page.getByRole('grid', { name: 'Phone numbers' });
    await numbers.getByRole('gridcell', { name: 'Benoît Bauer' }).waitFor();
    expect(errors).toEqual([]);
  });

  browserIt('shows the recent calls of a number a page at a time; a bare link to the page goes back to the table', async () => {
    const { page, errors } = browser;
    await openUsers(page);
    await searchUsers(page, '555-0108');
    await usersGrid(page).getByRole('row').nth(1).getByRole('gridcell').first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Show Recent Calls' }).click();
    await page.getByRole('heading', { name: 'Calls from/to (212) 555-0108' }).waitFor();
    // No personal data in the URL: the number is handed over in memory.
    expect(new URL(page.url()).pathname).toBe('/apps/teams/users/calls');
    expect(page.url()).not.toMatch(/555|0108/);
    await page.getByText('Calls 1–20 of 22').waitFor();
    expect(await page.getByRole('grid', { name: 'Calls from/to (212) 555-0108' }).getByRole('row').count()).toBe(21);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Calls 21–22 of 22').waitFor();

    await page.getByRole('button', { name: 'Back to Users' }).click();
    await page.getByText('40 users.').waitFor();
    // The browser's Back button leads to the calls page again: a bare link now, so back to the table.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/apps/teams/users');
    await page.getByText('40 users.').waitFor();
    expect(await page.getByRole('heading', { name: /Calls from/ }).count()).toBe(0);

    // A reload of the page's address has nothing to show either (Teams then opens on Setup, as on every entry).
    await page.goto(`${shimUrl}/apps/teams/users/calls`);
    await page.getByLabel('Username').fill('alex.admin');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!');
    await page.getByLabel('Account Name').fill('Northwind Traders');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).not.toBe('/apps/teams/users/calls');
    expect(await page.getByRole('heading', { name: /Calls from/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  browserIt('downloads the assignments CSV, and applies an edited copy after a preview', async () => {
    const { page, errors } = browser;
    await openUsers(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^teams-assignments-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['User Principal Name', 'Display Name', 'Phone Number', 'Failover Number', 'Ratecenter']);
    // 40 users and the 17 spare numbers; numbers protected against spreadsheet formulas.
    expect(rows).toHaveLength(1 + 40 + 17);
    const obrien = rows.find((row) => row[1] === "Alex O'Brien");
    expect(obrien?.slice(2, 4)).toEqual(["'+12125550102", "'+12125550103"]);

    // The admin's edits: a spare number for Benoît Bauer, none for Alex O'Brien.
    const edited = rows.map((row) =>
      row[1] === 'Benoît Bauer'
        ? [row[0] ?? '', row[1], '(212) 555-0129', '', '']
        : row[1] === "Alex O'Brien"
          ? [row[0] ?? '', row[1], '', row[3] ?? '', row[4] ?? '']
          : row,
    );
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'teams-assignments-')), 'assignments.csv');
    await writeFile(file, `\uFEFF${Papa.unparse(edited, { newline: '\r\n' })}`);

    await page.getByRole('button', { name: 'Upload' }).click();
    const dialog = page.getByRole('dialog', { name: 'Upload assignments' });
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await dialog.getByText('57 rows read. Changes: 2. Problems: 0. Unchanged rows: 55.').waitFor();
    const changes = dialog.getByRole('grid', { name: 'Changes' });
    await changes.getByRole('gridcell', { name: 'Assign number' }).waitFor();
    await changes.getByRole('gridcell', { name: 'Remove number' }).waitFor();
    await dialog.getByRole('button', { name: 'Apply 2 changes' }).click();
    await dialog.getByText('Applied: 2. Unchanged: 55. Failed: 0.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await searchUsers(page, 'Benoît Bauer');
    await usersGrid(page).getByRole('gridcell', { name: '(212) 555-0129' }).waitFor();
    expect(errors).toEqual([]);
  });
});
