import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, setupBrowser } from './browser';
import { openConfiguration, previewCell, setupWorkDir, uploadFile } from './bulk-files';

const browser = setupBrowser();
const workDir = setupWorkDir('columns-e2e-');

type MockedWindow = { __portalMocks?: { snapshot(): { seatsByAccount: Record<string, number> } } };
const seats = (page: Page) => page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.snapshot().seatsByAccount['100001'] ?? -1);

/** A file made without our template: other headers, in the order another program wrote them. */
const foreignHeaders = ['Given name', 'Surname', 'E-mail address', 'Ext.', 'Office', 'Phone (direct)', 'Role', 'Display name', 'In directory', 'Département'];
function foreignFile(count: number): string {
  const rows = Array.from({ length: count }, (_, n) => [
    `Given${n}`,
    'Foreign',
    `foreign${n}@example.org`,
    String(7600 + n),
    'Headquarters',
    `(415) 555-01${String(40 + n)}`,
    'User',
    `Caller ${n}`,
    n === 1 ? 'No' : 'Yes',
    'Sales',
  ]);
  return Papa.unparse([foreignHeaders, ...rows], { newline: '\r\n' });
}

describe('Bulk Manager: the Columns step of a file made without the template', () => {
  browserIt('shows each match painted inside the dialog, keeps the columns a similar name found, lists the ignored one, and creates every user', async () => {
    const { page, errors } = browser;
    await openConfiguration(page, workDir);
    const before = await seats(page);
    await uploadFile(page, workDir, 'foreign.csv', foreignFile(4));

    const step = page.getByRole('dialog', { name: 'Match the columns of foreign.csv' });
    await step.waitFor();
    const direct = step.getByRole('combobox', { name: 'Direct Number' });
    expect(await direct.inputValue()).toBe('5');
    expect(await step.getByRole('combobox', { name: 'Caller ID Name' }).inputValue()).toBe('7');
    expect(await step.getByRole('combobox', { name: 'Address Book' }).inputValue()).toBe('8');
    await step.getByRole('heading', { name: '1 column of your file ignored' }).waitFor();
    await step
      .getByRole('region', { name: /ignored/ })
      .getByText('Département')
      .waitFor();

    // Painted: every select inside the dialog's box, the dialog inside the viewport, nothing sideways.
    const box = await step.boundingBox();
    if (box === null) throw new Error('The Columns step has no box');
    for (const select of await step.getByRole('combobox').all()) {
      const own = await select.boundingBox();
      if (own === null) continue;
      expect(own.x).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(own.x + own.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    await page.screenshot({ path: 'test-results/screens/columns-step.png' });

    await step.getByRole('button', { name: 'Continue' }).click();
    await step.waitFor({ state: 'detached' });
    await page.getByText('Columns: 9 matched, 1 ignored').waitFor();
    await page.screenshot({ path: 'test-results/screens/columns-preview.png', fullPage: true });
    await page.getByText('No errors found').waitFor();
    expect(await (await previewCell(page, 3, 'Address Book')).textContent()).toBe('No');
    expect(await (await previewCell(page, 2, 'Caller ID Name')).textContent()).toBe('Caller 0');
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

    await page.getByRole('button', { name: 'Create 4 users' }).click();
    await page.getByText('4 users were created.').waitFor();
    expect(await seats(page)).toBe(before + 4);
    expect(errors).toEqual([]);
  });

  browserIt('fits a phone at 320 px with no sideways scroll', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 320, height: 700 });
    await openConfiguration(page, workDir);
    await uploadFile(page, workDir, 'foreign.csv', foreignFile(2));
    const step = page.getByRole('dialog', { name: 'Match the columns of foreign.csv' });
    await step.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = await step.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320.5).toBe(true);
    await page.screenshot({ path: 'test-results/screens/columns-step-320.png', fullPage: true });
  });
});
