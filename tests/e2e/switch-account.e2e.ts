import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserIt, fillSignIn, setupBrowser, shimUrl } from './browser';

const browser = setupBrowser();

async function openSwitchAccount(page: Page) {
  await page.getByRole('button', { name: /^Account: Northwind Traders/ }).click();
  await page.getByRole('menuitem', { name: 'Switch Account' }).click();
  return page.getByRole('dialog', { name: 'Switch Account' });
}

/** Types an ID, asks for it, and returns what the field's description says under it (the error, then the current account). */
async function lookUp(page: Page, id: string) {
  const dialog = page.getByRole('dialog', { name: 'Switch Account' });
  const field = dialog.getByRole('textbox', { name: 'Account ID' });
  await field.fill(id);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    describedBy
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ').trim();
}

describe('Switch Account', () => {
  browserIt('explains a malformed ID, an unknown one and a forbidden one, each under the field, and stays on the account', async () => {
    const { page, errors } = browser;
    await page.goto(`${shimUrl}/apps/bulk-manager/seats`);
    await fillSignIn(page);
    await page.getByText('100 of 250 seats').waitFor();
    await openSwitchAccount(page);
    const current = 'Current account: Northwind Traders (100001).';
    expect(await lookUp(page, '12ab')).toBe(`An account ID is 6 digits, for example 100002. ${current}`);
    expect(await lookUp(page, '999999')).toBe(`There is no account with the ID 999999. ${current}`);
    expect(await lookUp(page, '100003')).toBe(`You do not have access to account 100003. ${current}`);
    // The current account is refused at the field: no confirmation to switch to where the user already is.
    expect(await lookUp(page, '100001')).toBe(`Northwind Traders (account 100001) is already the current account. ${current}`);
    expect(await page.getByRole('dialog', { name: 'Switch to this account?' }).count()).toBe(0);
    await page.getByRole('dialog', { name: 'Switch Account' }).getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('host-account').textContent()).toContain('Northwind Traders');
    expect(await page.getByText('100 of 250 seats').isVisible()).toBe(true);
    // The lookups of 999999 and 100003 are answered 404 and 403 by design; Chromium logs each one.
    expect(errors).toEqual([
      'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
      'console: Failed to load resource: the server responded with a status of 403 (Forbidden)',
    ]);
  });

  browserIt('switches to Contoso after a confirmation, and then shows only Contoso, in the app and in the host', async () => {
    const { page, errors } = browser;
    await page.goto(`${shimUrl}/apps/bulk-manager/seats`);
    await fillSignIn(page);
    await page.getByText('100 of 250 seats').waitFor();
    const dialog = await openSwitchAccount(page);
    await dialog.getByRole('textbox', { name: 'Account ID' }).fill('100002');
    await dialog.getByRole('button', { name: 'Next' }).click();
    const confirm = page.getByRole('dialog', { name: 'Switch to this account?' });
    await confirm.getByText('You are about to open Contoso Ltd (account 100002).').waitFor();
    // Back returns to the field with the ID kept and focused; Enter asks again.
    await confirm.getByRole('button', { name: 'Back' }).press('Enter');
    const field = dialog.getByRole('textbox', { name: 'Account ID' });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('100002');
    await page.keyboard.press('Enter');
    await confirm.getByRole('button', { name: 'Next' }).click();

    await page.getByText('60 of 60 seats').waitFor();
    expect(await page.getByTestId('host-account').textContent()).toContain('Contoso Ltd');
    await page.getByRole('button', { name: /^Account: Contoso Ltd \(100002\)/ }).waitFor();
    const emails = await page
      .getByRole('grid', { name: 'Seats' })
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelectorAll('[role="gridcell"]')[3]?.textContent ?? ''));
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((email) => email.endsWith('@contoso.example.com'))).toBe(true);

    // The other tabs load Contoso's data too: no Northwind job in its Event Logs.
    await page.getByRole('tab', { name: 'Event Logs' }).click();
    await page.getByRole('heading', { name: 'No bulk job yet' }).waitFor();
    const log = page.getByRole('grid', { name: 'Event log' });
    await log
      .getByText(/@contoso\.example\.com/)
      .first()
      .waitFor();
    expect(await log.getByText(/@example\.com/).count()).toBe(0);
    expect(await page.getByText('northwind-onboarding.csv').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
