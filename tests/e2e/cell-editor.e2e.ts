import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, setupBrowser } from './browser';
import { fillTemplate, openConfiguration, previewCell, setupWorkDir, uploadFile } from './bulk-files';

const browser = setupBrowser();
const workDir = setupWorkDir('cell-editor-e2e-');

/** The box of `locator` lies in the window (painted where the user can see it, not cut by the grid). */
async function inWindow(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  return Boolean(
    box && size && box.width > 0 && box.height > 0 && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height,
  );
}

describe('Fixing a cell of the import preview', () => {
  browserIt(
    "shows the cell's message under its editor, picks a Site from the allowed values by keyboard and a Direct Number from the spare numbers by mouse, then creates the rows",
    async () => {
      const { page, errors } = browser;
      await page.setViewportSize({ width: 1280, height: 860 });
      const header = await openConfiguration(page, workDir);
      await uploadFile(
        page,
        workDir,
        'to-fix.csv',
        fillTemplate(header, 4, {
          tag: 'celledit',
          lastName: 'Editor',
          firstExtension: 7600,
          spoil: (row, n) => {
            if (n === 1) row.Site = 'HQ';
            // The first seeded seat has the pool's first number: taken.
            if (n === 3) row['Direct Number'] = '+14155550100';
          },
        }),
      );
      await page.getByText('2 rows have errors. Click a cell to fix it.').waitFor();

      // Site: a combobox with the message under it and the allowed values in a list, both painted in the window.
      await (await previewCell(page, 3, 'Site')).click();
      const site = page.getByRole('combobox', { name: 'Site, row 3' });
      expect(await site.evaluate((element) => element === document.activeElement)).toBe(true);
      const siteMessage = page.getByText('Must be one of: Headquarters, Branch Office, Remote.', { exact: true });
      expect(await inWindow(page, siteMessage)).toBe(true);
      const list = page.getByRole('listbox');
      expect(await list.getByRole('option').allTextContents()).toEqual(['Headquarters', 'Branch Office', 'Remote']);
      expect(await inWindow(page, list)).toBe(true);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('bra');
      expect(await list.getByRole('option').allTextContents()).toEqual(['Branch Office']);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByText('1 row has errors. Click a cell to fix it.').waitFor();
      expect(await (await previewCell(page, 3, 'Site')).textContent()).toBe('Branch Office');
      expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

      // Direct Number: the account said it is taken; the spare numbers are offered, one is clicked.
      await (await previewCell(page, 5, 'Direct Number')).click();
      const number = page.getByRole('combobox', { name: 'Direct Number, row 5' });
      const describedBy = (await number.getAttribute('aria-describedby')) ?? '';
      const numberMessage = page.locator(`[id="${describedBy}"]`);
      expect(await numberMessage.textContent()).toBe('Already used by another user of this account.');
      expect(await inWindow(page, numberMessage)).toBe(true);
      const spare = page.getByRole('listbox').getByRole('option');
      expect(await spare.count()).toBeGreaterThan(10);
      const chosen = spare.nth(2);
      expect(await inWindow(page, chosen)).toBe(true);
      const written = (await chosen.textContent()) ?? '';
      expect(written).toMatch(/^\(415\) 555-\d{4}$/);
      await chosen.click();
      await page.getByText('No errors found').waitFor();
      const digits = written.replace(/\D/g, '');
      expect((await (await previewCell(page, 5, 'Direct Number')).textContent())?.replace(/\D/g, '')).toBe(`1${digits}`);

      await page.getByRole('button', { name: 'Create 4 users' }).click();
      await page.getByText('4 users were created.').waitFor();
      expect(errors).toEqual([]);
    },
  );
});
