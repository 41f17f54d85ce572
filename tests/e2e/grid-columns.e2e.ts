import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, openApp, setupBrowser, signIn } from './browser';
import { fillTemplate, openConfiguration, previewCell, setupWorkDir, uploadFile } from './bulk-files';

const browser = setupBrowser();
const workDir = setupWorkDir('grid-columns-e2e-');

const WIDTHS = [1280, 1440];

/**
 * Scrolls the grid to its right end and returns every rendered cell (header and body) that lies
 * outside its row's box: body rows are painted on their own (contain: strict), so such a cell is
 * never drawn. Also returns how far the last column reaches and how wide the grid scrolls.
 */
async function cellsOutsideTheirRow(grid: Locator) {
  return grid.evaluate((element) => {
    element.scrollLeft = element.scrollWidth;
    const outside: string[] = [];
    let cells = 0;
    for (const row of element.querySelectorAll<HTMLElement>('[role="row"]')) {
      const box = row.getBoundingClientRect();
      for (const cell of row.querySelectorAll<HTMLElement>(':scope > [role="gridcell"], :scope > [role="columnheader"]')) {
        cells += 1;
        const rect = cell.getBoundingClientRect();
        if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5) {
          outside.push(`row ${row.getAttribute('aria-rowindex')} col ${cell.getAttribute('aria-colindex')}`);
        }
      }
    }
    return { cells, outside, scrolled: element.scrollLeft > 0 };
  });
}

/** True when the focused element is a cell of `grid`, inside the grid's visible box (below its sticky header). */
async function focusedCellIsVisible(grid: Locator) {
  return grid.evaluate((element) => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || !element.contains(focused) || focused.getAttribute('role') !== 'gridcell') return false;
    const view = element.getBoundingClientRect();
    const header = element.querySelector('[role="rowgroup"]')?.getBoundingClientRect();
    const rect = focused.getBoundingClientRect();
    const row = focused.closest('[role="row"]')?.getBoundingClientRect();
    if (!row || rect.right > row.right + 0.5) return false;
    return rect.left >= view.left - 0.5 && rect.right <= view.right + 0.5 && rect.top >= (header?.bottom ?? view.top) - 0.5 && rect.bottom <= view.bottom + 0.5;
  });
}

async function openNumbers(page: Page) {
  await signIn(page);
  await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
  await openApp(page, 'Teams');
  await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Phone Numbers' }).click();
  await page.getByText('45 phone numbers.').waitFor();
}

describe('Grids paint every column', () => {
  browserIt(
    'the import preview draws its last columns at 1280 and 1440 px: an Address Book error is clicked and fixed, and Ctrl+End shows its cell',
    async () => {
      const { page, errors } = browser;
      const header = await openConfiguration(page, workDir);
      expect(header.slice(-3)).toEqual(['MAC Address', 'Caller ID Name', 'Address Book']);
      await uploadFile(
        page,
        workDir,
        'last-columns.csv',
        fillTemplate(header, 30, {
          tag: 'grid',
          lastName: 'Columns',
          firstExtension: 7400,
          spoil: (row, n) => {
            if (n === 2 || n === 29) row['Address Book'] = 'Maybe';
          },
        }),
      );
      await page.getByText('2 rows have errors. Click a cell to fix it.').waitFor();
      const grid = page.getByRole('grid').first();

      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 860 });
        const layout = await cellsOutsideTheirRow(grid);
        expect(layout.scrolled).toBe(true);
        expect(layout.cells).toBeGreaterThan(100);
        expect(layout.outside).toEqual([]);
      }

      // The error is painted where the user can click it.
      const broken = await previewCell(page, 4, 'Address Book');
      expect(await broken.getAttribute('aria-invalid')).toBe('true');
      const box = await broken.boundingBox();
      const gridBox = await grid.boundingBox();
      expect(box && gridBox && box.x >= gridBox.x && box.x + box.width <= gridBox.x + gridBox.width).toBe(true);
      await broken.click();
      const editor = page.getByRole('combobox', { name: 'Address Book, row 4' });
      await editor.fill('No');
      await editor.press('Enter');
      await page.getByText('1 row has errors. Click a cell to fix it.').waitFor();
      expect(await broken.getAttribute('aria-invalid')).toBeNull();
      expect(await broken.textContent()).toBe('No');

      // Ctrl+End from the first cell: the last row's Address Book, scrolled into view.
      await grid.evaluate((element) => {
        element.scrollLeft = 0;
      });
      await (await previewCell(page, 2, 'First Name')).click();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+End');
      const last = await previewCell(page, 31, 'Address Book');
      await expect.poll(() => last.evaluate((cell) => cell === document.activeElement)).toBe(true);
      expect(await focusedCellIsVisible(grid)).toBe(true);
      expect(errors).toEqual([]);
    },
  );

  browserIt('Teams phone numbers keep every cell inside its row at 1280, 1440 and 320 px', async () => {
    const { page, errors } = browser;
    await openNumbers(page);
    const grid = page.getByRole('grid', { name: 'Phone numbers' });
    for (const width of [...WIDTHS, 320]) {
      await page.setViewportSize({ width, height: 860 });
      const layout = await cellsOutsideTheirRow(grid);
      expect(layout.cells).toBeGreaterThan(20);
      expect(layout.outside).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});
