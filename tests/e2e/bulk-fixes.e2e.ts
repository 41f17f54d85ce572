import fs from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { workbookBytes } from '../../src/import/testing/files.fixture';
import { browserIt, setupBrowser } from './browser';
import { download, fillTemplate, openConfiguration, parseCsv, previewCell, setupWorkDir, uploadFile } from './bulk-files';

const browser = setupBrowser();
const workDir = setupWorkDir('bulk-fixes-e2e-');

type MockedWindow = { __portalMocks?: { snapshot(): { seatsByAccount: Record<string, number> } } };
const seats = (page: Page) => page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.snapshot().seatsByAccount['100001'] ?? -1);

/** Sends a file of bytes through the Upload file dialog, without waiting for it to close (a Columns step may follow). */
async function uploadBytes(page: Page, fileName: string, bytes: Uint8Array): Promise<void> {
  const file = path.join(workDir.path, fileName);
  await fs.writeFile(file, bytes);
  await page.getByRole('button', { name: 'Upload file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload file' });
  await dialog.getByLabel(/Browse files/).setInputFiles(file);
  await dialog.getByText(fileName).waitFor();
  await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
}

/** Every box of `inner` lies inside `outer`'s box, sideways (what is painted, not only what is in the DOM). */
async function expectInside(outer: Locator, inner: Locator): Promise<void> {
  const box = await outer.boundingBox();
  if (box === null) throw new Error('The container is not painted');
  for (const item of await inner.all()) {
    const own = await item.boundingBox();
    if (own === null) throw new Error('An item is not painted');
    expect(own.x).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(own.x + own.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
}

const focusOnBody = (page: Page) => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
const cellText = async (page: Page, row: number, column: string) => (await previewCell(page, row, column)).textContent();

/** Long tasks (over 50 ms) of the page from now on, read back with `longest()`. */
async function watchLongTasks(page: Page): Promise<{ longest: () => Promise<number> }> {
  await page.evaluate(() => {
    const holder = window as unknown as { __longest: number };
    holder.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) holder.__longest = Math.max(holder.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return { longest: () => page.evaluate(() => (window as unknown as { __longest: number }).__longest) };
}

describe('Bulk Manager: fixing a foreign file in the preview', () => {
  browserIt('a French-headed file with a Département column and HQ / Oui values is matched, its values mapped, and created', async () => {
    const { page, errors } = browser;
    await openConfiguration(page, workDir);
    const before = await seats(page);
    const header = ['Prénom', 'Nom', 'Courriel', 'Poste', 'Bureau', 'Dans l’annuaire', 'Département'];
    const rows = Array.from({ length: 6 }, (_, n) => [
      `Zoé${n}`,
      `Muñoz${n}`,
      `fr.user${n}@example.org`,
      String(7700 + n),
      n % 2 === 0 ? 'HQ' : 'Remote',
      n === 3 ? 'Non' : 'Oui',
      'Ventes',
    ]);
    await uploadFile(page, workDir, 'équipe.csv', `\uFEFF${Papa.unparse([header, ...rows], { delimiter: ';', newline: '\r\n' })}`).catch(() => undefined);
    const step = page.getByRole('dialog', { name: 'Match the columns of équipe.csv' });
    await step.waitFor();
    expect(await step.getByRole('combobox', { name: 'First Name' }).inputValue()).toBe('0');
    expect(await step.getByRole('combobox', { name: 'Email' }).inputValue()).toBe('2');
    expect(await step.getByRole('combobox', { name: 'Address Book' }).inputValue()).toBe('5');
    await step
      .getByRole('region', { name: /ignored/ })
      .getByText('Département')
      .waitFor();
    await step.getByRole('button', { name: 'Continue' }).click();
    await step.waitFor({ state: 'detached' });

    const values = page.getByRole('region', { name: /values your file uses are not allowed/ });
    await values.waitFor();
    expect(await values.getByRole('combobox', { name: /Site: “HQ” \(3 rows\)/ }).inputValue()).toBe('Headquarters');
    expect(await values.getByRole('combobox', { name: /Address Book: “Oui” \(5 rows\)/ }).inputValue()).toBe('Yes');
    expect(await values.getByRole('combobox', { name: /Address Book: “Non” \(1 row\)/ }).inputValue()).toBe('No');
    await page.screenshot({ path: 'test-results/screens/fixes-values.png', fullPage: true });
    await values.getByRole('button', { name: 'Apply 3 choices' }).click();
    await page.getByText('No errors found').waitFor();
    expect(await cellText(page, 2, 'Site')).toBe('Headquarters');
    expect(await cellText(page, 5, 'Address Book')).toBe('No');
    expect(await focusOnBody(page)).toBe(false);
    await page.getByRole('button', { name: 'Create 6 users' }).click();
    await page.getByText('6 users were created.').waitFor();
    expect(await seats(page)).toBe(before + 6);
    expect(errors).toEqual([]);
  });

  browserIt('a workbook of two sheets opens on the sheet with the users, and another sheet can be picked', async () => {
    const { page } = browser;
    const header = await openConfiguration(page, workDir);
    const sheetRows = (tag: string, first: number, count: number) => parseCsv(fillTemplate(header, count, { tag, lastName: 'Sheet', firstExtension: first }));
    await uploadBytes(
      page,
      'people.xlsx',
      workbookBytes([
        { name: 'Instructions', rows: [['Fill the sheet Staff: one user per row.']] },
        { name: 'Staff', rows: sheetRows('staff', 7800, 3) },
        { name: 'Contractors', rows: sheetRows('contractor', 7900, 2) },
      ]),
    );
    const step = page.getByRole('dialog', { name: 'Match the columns of people.xlsx' });
    const sheet = step.getByRole('combobox', { name: 'Sheet' });
    await sheet.waitFor();
    expect(await sheet.inputValue()).toBe('Staff');
    await page.screenshot({ path: 'test-results/screens/fixes-sheet.png' });
    await sheet.selectOption('Contractors');
    await step.getByRole('combobox', { name: 'Sheet' }).waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('[role="dialog"] select')?.value === 'Contractors');
    await step.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('2 rows: 2 valid, 0 with errors').waitFor();
    expect(await cellText(page, 2, 'Email')).toBe('contractor.user0@example.org');
  });

  browserIt('find and replace on 5,000 rows counts first, changes them in slices without long tasks, and Undo and Redo take it back and again', async () => {
    const { page } = browser;
    const header = await openConfiguration(page, workDir);
    const file = fillTemplate(header, 5000, { tag: 'bulk', lastName: 'Many', firstExtension: 20000 }).replaceAll('@example.org', '@old.example.org');
    await uploadFile(page, workDir, 'many.csv', file);
    await page.getByText('5,000 rows: 5,000 valid, 0 with errors').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Find and replace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Find and replace in a column' });
    await dialog.getByRole('combobox', { name: 'Column' }).selectOption({ label: 'Email' });
    await dialog.getByRole('textbox', { name: 'Find' }).fill('@OLD.example.org');
    await dialog.getByRole('textbox', { name: /^Replace with/ }).fill('@example.org');
    await dialog.getByText('5,000 cells will change.').waitFor();
    await expectInside(dialog, dialog.getByRole('textbox'));
    await page.screenshot({ path: 'test-results/screens/fixes-find-replace.png' });
    const tasks = await watchLongTasks(page);
    await dialog.getByRole('button', { name: 'Replace in 5,000 cells' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('5,000 cells changed by find and replace.').waitFor();
    expect(await cellText(page, 2, 'Email')).toBe('bulk.user0@example.org');
    console.info(`find and replace on 5,000 rows: longest task ${(await tasks.longest()).toFixed(0)} ms (0 when none passed 50 ms)`);
    expect(await focusOnBody(page)).toBe(false);

    await page.keyboard.press('Control+z');
    await page.getByText('Undone: find and replace.').waitFor();
    expect(await cellText(page, 2, 'Email')).toBe('bulk.user0@old.example.org');
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByText('Redone: find and replace.').waitFor();
    expect(await cellText(page, 3, 'Email')).toBe('bulk.user1@example.org');
  });

  browserIt('the error summary filters the grid, the rows with errors are removed with their errors file kept, and the rest is created', async () => {
    const { page, errors } = browser;
    const header = await openConfiguration(page, workDir);
    const before = await seats(page);
    const file = fillTemplate(header, 20, {
      tag: 'rest',
      lastName: 'Rest',
      firstExtension: 7950,
      spoil: (row, n) => {
        if (n === 3 || n === 11) row.Email = 'not-an-email';
        if (n === 7) row.Site = 'Mars';
      },
    });
    await uploadFile(page, workDir, 'rest.csv', file);
    const summary = page.getByRole('region', { name: 'Errors by column' });
    await summary.waitFor();
    await expectInside(page.getByRole('region', { name: /Preview of rest.csv/ }), summary.getByRole('button'));
    await page.screenshot({ path: 'test-results/screens/fixes-summary.png', fullPage: true });
    await summary.getByRole('button', { name: 'Email: Not a valid email address — 2 rows' }).click();
    await page.getByText(/Showing only the rows with: Email/).waitFor();
    expect(await page.getByRole('grid').getByRole('row').count()).toBe(3);
    // Focus is on the first row of the group, in its column.
    expect(await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.querySelector('[aria-colindex="2"]')?.textContent)).toBe('5');
    await page.getByRole('button', { name: 'Show all rows' }).click();

    await page.getByRole('button', { name: 'Remove 3 rows with errors' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Remove 3 rows with errors?' });
    await page.screenshot({ path: 'test-results/screens/fixes-remove.png' });
    await ask.getByRole('button', { name: 'Remove rows' }).click();
    await page.getByText('3 rows with errors were removed.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent?.startsWith('3 rows with errors were removed.'))).toBe(true);
    const removed = await download(page, workDir, () => page.getByRole('button', { name: 'Download the removed rows' }).click());
    expect(removed.name).toBe('rest-removed-rows.csv');
    expect(parseCsv(removed.text).map((row) => [row[0], row.at(-1)])).toEqual([
      ['First Name', 'Errors'],
      ['Ada3', 'Email: Not a valid email address.'],
      ['Ada7', 'Site: Must be one of: Headquarters, Branch Office, Remote.'],
      ['Ada11', 'Email: Not a valid email address.'],
    ]);
    await page.getByRole('button', { name: 'Create 17 users' }).click();
    await page.getByText('17 users were created.').waitFor();
    expect(await seats(page)).toBe(before + 17);
    expect(errors).toEqual([]);
  });

  browserIt('undoes each kind of change with Ctrl+Z, newest first: removal, fill, mapping, edit, added and deleted rows', async () => {
    const { page } = browser;
    const header = await openConfiguration(page, workDir);
    const file = fillTemplate(header, 6, {
      tag: 'undo',
      lastName: 'Undo',
      firstExtension: 7980,
      spoil: (row, n) => {
        if (n === 1) row.Site = 'HQ';
        if (n === 2) row['Device Model'] = '';
        if (n === 4) row.Email = 'nope';
      },
    });
    await uploadFile(page, workDir, 'undo.csv', file);
    await page.getByText('6 rows: 4 valid, 2 with errors').waitFor();
    // Edit a cell.
    await (await previewCell(page, 2, 'First Name')).dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Grace');
    await page.keyboard.press('Enter');
    await page.getByRole('grid').getByText('Grace').waitFor();
    // Add a row, delete another.
    await page.getByRole('button', { name: 'Add row' }).click();
    await page.getByText('7 rows: 4 valid, 3 with errors').waitFor();
    await page.getByRole('checkbox', { name: 'Select row 8' }).check();
    await page.getByRole('button', { name: 'Delete selected (1)' }).click();
    await page.getByText('6 rows: 4 valid, 2 with errors').waitFor();
    // Map a value, fill empty cells, remove the rest of the errors.
    await page.getByRole('button', { name: 'Apply 1 choice' }).click();
    await page.getByText('6 rows: 5 valid, 1 with errors').waitFor();
    await page.getByRole('button', { name: 'Fill empty cells' }).click();
    const fill = page.getByRole('dialog', { name: 'Fill the empty cells of a column' });
    await fill.getByRole('combobox', { name: 'Column' }).selectOption({ label: 'Device Model' });
    await fill.getByRole('combobox', { name: 'Value' }).selectOption('Softphone');
    await fill.getByRole('button', { name: /^Fill \d+ cells?$/ }).click();
    await page.getByText(/empty cells? filled/).waitFor();
    await page.getByRole('button', { name: 'Remove 1 row with errors' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove rows' }).click();
    await page.getByText('5 rows: 5 valid, 0 with errors').waitFor();

    const undo = async (said: string, counts: string) => {
      // From a cell of the grid (a click opens its editor, Escape leaves it on the cell): the preview
      // hears Ctrl+Z outside text fields, whose own undo is the browser's.
      await (await previewCell(page, 2, 'Last Name')).click();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+z');
      await page.getByText(`Undone: ${said}.`).waitFor();
      await page.getByText(counts).waitFor();
      expect(await focusOnBody(page)).toBe(false);
    };
    await undo('removed rows with errors', '6 rows: 5 valid, 1 with errors');
    await undo('filled cells', '6 rows: 5 valid, 1 with errors');
    expect(await cellText(page, 4, 'Device Model')).toBe('');
    await undo('value choices', '6 rows: 4 valid, 2 with errors');
    expect(await cellText(page, 3, 'Site')).toContain('HQ');
    await undo('deleted rows', '7 rows: 4 valid, 3 with errors');
    await undo('added row', '6 rows: 4 valid, 2 with errors');
    await undo('cell edit', '6 rows: 4 valid, 2 with errors');
    expect(await cellText(page, 2, 'First Name')).toBe('Ada0');
    expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('aria-disabled')).toBe('true');
  });

  browserIt('a changed mapping is used again for the next file with the same headers, and Undo returns to the preview before a change of columns', async () => {
    const { page } = browser;
    await openConfiguration(page, workDir);
    const header = ['Given name', 'Surname', 'E-mail address', 'Ext.', 'Office', 'Display name'];
    const file = (tag: string) =>
      Papa.unparse([header, ...Array.from({ length: 2 }, (_, n) => [`G${n}`, `S${n}`, `${tag}${n}@example.org`, String(7990 + n), 'Remote', `Shown ${n}`])], {
        newline: '\r\n',
      });
    // Every header is a known name: the preview opens at once.
    await uploadFile(page, workDir, 'first.csv', file('first'));
    await page.getByText('Columns: 6 matched, 0 ignored').waitFor();
    expect(await cellText(page, 2, 'Caller ID Name')).toBe('Shown 0');

    // The admin leaves Display name out: a new preview. Undo returns to the first, Redo to the new one.
    await page.getByRole('button', { name: 'Review columns' }).click();
    const step = page.getByRole('dialog', { name: 'Match the columns of first.csv' });
    await step.getByRole('combobox', { name: 'Caller ID Name' }).selectOption('-1');
    await step.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Columns: 5 matched, 1 ignored').waitFor();
    expect(await cellText(page, 2, 'Caller ID Name')).toBe('');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Columns: 6 matched, 0 ignored').waitFor();
    expect(await cellText(page, 2, 'Caller ID Name')).toBe('Shown 0');
    expect(await focusOnBody(page)).toBe(false);
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByText('Columns: 5 matched, 1 ignored').waitFor();

    // The next file with the same headers is read with the admin's mapping, not the suggestion.
    await uploadFile(page, workDir, 'second.csv', file('second'));
    await page.getByText('Preview of second.csv').waitFor();
    await page.getByText('Columns: 5 matched, 1 ignored').waitFor();
    expect(await cellText(page, 2, 'Caller ID Name')).toBe('');
  });

  browserIt('fits the preview and its tools on a 320 px screen with no sideways scroll', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 320, height: 800 });
    const header = await openConfiguration(page, workDir);
    await uploadFile(
      page,
      workDir,
      'narrow.csv',
      fillTemplate(header, 4, { tag: 'narrow', lastName: 'N', firstExtension: 7995, spoil: (row, n) => void (n === 1 ? (row.Email = 'bad') : undefined) }),
    );
    await page.getByRole('region', { name: 'Errors by column' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectInside(page.getByRole('region', { name: /Preview of narrow.csv/ }), page.getByRole('group', { name: 'Fix many rows' }).getByRole('button'));
    await page.screenshot({ path: 'test-results/screens/fixes-320.png', fullPage: true });
  });
});
