import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, setupBrowser } from './browser';
import { fillTemplate, openConfiguration, previewCell, setupWorkDir, uploadFile } from './bulk-files';

const browser = setupBrowser();
const workDir = setupWorkDir('bulk-fix-failed-e2e-');

type MockedWindow = { __portalMocks?: { snapshot(): { seatsByAccount: Record<string, number> } } };
const seats = (page: Page) => page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.snapshot().seatsByAccount['100001'] ?? -1);

/** Adds a seat through the Seats tab's form, as another admin could while a file waits in the preview. */
async function addSeat(page: Page, email: string, extension: string) {
  await page.getByRole('tab', { name: 'Seats' }).click();
  await page.getByRole('button', { name: 'Add seat' }).click();
  const panel = page.getByRole('dialog', { name: 'Add seat' });
  await panel.getByRole('textbox', { name: 'First name' }).fill('Grace');
  await panel.getByRole('textbox', { name: 'Last name' }).fill('Hopper');
  await panel.getByRole('textbox', { name: 'Email' }).fill(email);
  await panel.getByRole('textbox', { name: 'Extension' }).fill(extension);
  await panel.getByRole('combobox', { name: 'Site' }).selectOption('Remote');
  await panel.getByRole('combobox', { name: 'Device model' }).selectOption('Softphone');
  await panel.getByRole('button', { name: 'Add seat' }).click();
  await panel.getByRole('button', { name: 'Close' }).first().click();
  await page.getByRole('tab', { name: 'Configuration' }).click();
}

describe('Bulk Manager: fix the rows a job could not create', () => {
  browserIt('opens the refused row in a new preview with the taken email marked, and creates it once fixed', async () => {
    const { page, errors } = browser;
    const header = await openConfiguration(page, workDir);
    await uploadFile(page, workDir, 'hires.csv', fillTemplate(header, 4, { tag: 'fixrows', lastName: 'Fixer', firstExtension: 7400 }));
    await page.getByText('No errors found').waitFor();
    await addSeat(page, 'fixrows.user1@example.org', '7499');
    const before = await seats(page);

    await page.getByRole('button', { name: 'Create 4 users' }).click();
    await page.getByText('3 users were created.').waitFor();
    await page.getByText('1 row was refused by the server.').waitFor();
    await page.getByRole('button', { name: 'Fix 1 failed row' }).click();

    const heading = page.getByRole('heading', { name: 'Preview of hires.csv (failed rows)' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByText('1 row has errors. Click a cell to fix it.').waitFor();
    const email = await previewCell(page, 3, 'Email');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.textContent()).toBe('fixrows.user1@example.org Error: Already used by another user of this account.');

    await email.click();
    const editor = page.getByRole('textbox', { name: 'Email, row 3' });
    await editor.fill('fixrows.other1@example.org');
    await editor.press('Enter');
    await page.getByText('No errors found').waitFor();
    await page.getByRole('button', { name: 'Create 1 user' }).click();
    await page.getByText('1 user was created.').waitFor();
    expect(await page.getByRole('button', { name: /^Fix / }).count()).toBe(0);
    expect(await seats(page)).toBe(before + 4);
    expect(errors).toEqual([]);
  });
});
