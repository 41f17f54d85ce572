import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, openApp, setupBrowser, signIn } from './browser';

const browser = setupBrowser();

/** Signs in, opens Teams and its Phone Numbers section. */
async function openNumbers(page: Page) {
  await signIn(page);
  await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
  await openApp(page, 'Teams');
  await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Phone Numbers' }).click();
  await page.getByText('45 phone numbers.').waitFor();
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Phone numbers' });

describe('Teams phone numbers', () => {
  browserIt('buys numbers, one of which someone else bought first, and the table shows the new one', async () => {
    const { page, errors } = browser;
    await openNumbers(page);
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Buy phone numbers' });
    await dialog.getByRole('textbox', { name: /Area code/ }).fill('2l2');
    await dialog.getByRole('button', { name: 'Search' }).click();
    await dialog.getByText('Enter exactly 3 digits, for example 212.').waitFor();
    await dialog.getByRole('textbox', { name: /Area code/ }).fill('212');
    await dialog.getByRole('textbox', { name: 'Prefix (optional)' }).fill('555013');
    await dialog.getByRole('button', { name: 'Search' }).click();
    await dialog.getByText('10 numbers are for sale in area code 212 with prefix 555013.').waitFor();
    await dialog.getByRole('checkbox', { name: '(212) 555-0130' }).check();
    // Numbers ending in 7 are taken by someone else between the search and the purchase (mock rule).
    await dialog.getByRole('checkbox', { name: '(212) 555-0137' }).check();
    await dialog.getByRole('button', { name: 'Buy 2 numbers' }).click();
    await dialog.getByRole('heading', { name: '1 of 2 numbers was purchased.' }).waitFor();
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
      '✓(212) 555-0130Purchased',
      '✕(212) 555-0137No longer available: someone else bought it first',
    ]);
    await page.getByText('46 phone numbers.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('searchbox', { name: 'Search phone numbers' }).fill('555-013');
    await page.getByText('1 number matches.').waitFor();
    await grid(page).getByRole('gridcell', { name: '(212) 555-0130', exact: true }).waitFor();
    expect(await grid(page).getByRole('row').filter({ hasText: '(212) 555-0130' }).textContent()).toContain('New York City, NY');
    expect(errors).toEqual([]);
  });

  browserIt('releases numbers after a confirmation that says what their users lose', async () => {
    const { page, errors } = browser;
    await openNumbers(page);
    await page.getByRole('searchbox', { name: 'Search phone numbers' }).fill('555-012');
    await page.getByText('10 numbers match.').waitFor();
    const holder = (await grid(page).getByRole('row').filter({ hasText: '(212) 555-0127' }).getByRole('gridcell').nth(2).textContent()) ?? '';
    expect(holder).not.toBe('');
    for (const number of ['(212) 555-0127', '(212) 555-0128', '(212) 555-0129'])
      await grid(page)
        .getByRole('checkbox', { name: `Select ${number}` })
        .check();
    await page.getByRole('button', { name: 'Delete (3)' }).click();

    const dialog = page.getByRole('alertdialog', { name: 'Delete 3 phone numbers?' });
    expect(await dialog.getByRole('button', { name: 'Cancel' }).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await dialog.getByRole('region', { name: 'Assigned to a user' }).textContent()).toContain(`(212) 555-0127: ${holder} loses this phone number`);
    expect(await dialog.getByRole('region', { name: 'Spare' }).getByRole('listitem').allTextContents()).toEqual(['(212) 555-0128', '(212) 555-0129']);
    await dialog.getByRole('button', { name: 'Delete 3 numbers' }).click();
    const outcome = page.getByRole('alertdialog', { name: 'Numbers deleted' });
    await outcome.getByText('All 3 numbers were released.').waitFor();
    await outcome.getByRole('button', { name: 'Done' }).click();

    await page.getByText('7 numbers match.').waitFor();
    expect(await grid(page).getByRole('gridcell', { name: '(212) 555-0127', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete', exact: true }).isDisabled()).toBe(true);

    // The user lost the number: the Users table says so too.
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('searchbox', { name: 'Search users' }).fill(holder);
    await page.getByText(/^1 user matches\.$/).waitFor();
    expect(await page.getByRole('grid', { name: 'Users' }).getByRole('row').filter({ hasText: holder }).getByText('None').count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
