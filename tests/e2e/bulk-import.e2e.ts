import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, fillSignIn, setupBrowser } from './browser';
import { download, fillTemplate, openConfiguration, parseCsv, previewCell, setupWorkDir, uploadFile } from './bulk-files';

const browser = setupBrowser();

/** The browser mocks' controls this file uses (`window.__portalMocks`, mocks/controls.ts). */
interface PageMocks {
  setFaults(rules: { routes?: string[]; latencyMs?: number }[]): void;
  clearFaults(): void;
  snapshot(): { seatsByAccount: Record<string, number> };
}
type MockedWindow = { __portalMocks?: PageMocks };

const workDir = setupWorkDir('bulk-import-e2e-');

const fill = (header: string[], count: number, spoil?: (row: Record<string, string>, n: number) => void) =>
  fillTemplate(header, count, { tag: 'e2e', lastName: 'Tester', firstExtension: 7000, spoil });
const upload = (page: Page, fileName: string, text: string) => uploadFile(page, workDir, fileName, text);

const seats = (page: Page) => page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.snapshot().seatsByAccount['100001'] ?? -1);

describe('Bulk Manager: create users from a file', () => {
  browserIt('downloads the template, fills and uploads it, fixes an error in the preview, creates, and the summary is complete and safe', async () => {
    const { page, errors } = browser;
    const header = await openConfiguration(page, workDir);
    expect(header.slice(0, 5)).toEqual(['First Name', 'Last Name', 'Email', 'Extension', 'Site']);
    const before = await seats(page);

    await upload(
      page,
      'new-hires.csv',
      fill(header, 30, (row, n) => {
        if (n === 3) row.Email = 'not-an-email';
        if (n === 5) row['First Name'] = '=HYPERLINK("http://x","y")';
        if (n === 6) row['Caller ID Name'] = '@Ada';
      }),
    );
    await page.getByText('1 row has errors. Click a cell to fix it.').waitFor();
    const broken = await previewCell(page, 5, 'Email');
    expect(await broken.getAttribute('aria-invalid')).toBe('true');
    expect(await broken.textContent()).toBe('not-an-email Error: Not a valid email address.');
    await broken.click();
    const editor = page.getByRole('textbox', { name: 'Email, row 5' });
    // The cell's message is shown under the input and is its description.
    expect(await editor.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByText('Not a valid email address.', { exact: true }).waitFor();
    await editor.fill('fixed.user3@example.org');
    await editor.press('Enter');
    await page.getByText('No errors found').waitFor();
    expect(await broken.textContent()).toBe('fixed.user3@example.org');
    expect(await broken.getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: 'Create 30 users' }).click();
    await page.getByText('30 users were created.').waitFor();
    expect(await seats(page)).toBe(before + 30);

    const summary = await download(page, workDir, () => page.getByRole('button', { name: 'Download summary' }).click());
    expect(summary.name).toBe('new-hires-summary.csv');
    expect(summary.text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(summary.text);
    expect(rows[0]).toEqual([...header, 'User ID', 'Created At', 'Result', 'Error']);
    expect(rows).toHaveLength(31);
    const at = (name: string) => rows[0]?.indexOf(name) ?? -1;
    for (const row of rows.slice(1)) {
      expect(row[at('Result')]).toBe('Created');
      expect(row[at('User ID')]).not.toBe('');
      expect(new Date(row[at('Created At')] ?? '').toISOString()).toBe(row[at('Created At')]);
    }
    expect(rows[4]?.[at('Email')]).toBe('fixed.user3@example.org');
    expect(rows[6]?.[at('First Name')]).toBe('\'=HYPERLINK("http://x","y")');
    expect(rows[7]?.[at('Caller ID Name')]).toBe("'@Ada");
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

    await page.getByRole('button', { name: 'Done' }).click();
    await page.waitForURL('**/apps/bulk-manager/event-logs');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Event Logs');
    expect(errors).toEqual([]);
  });

  browserIt(
    'blocks a file with errors: the action says how many rows to fix and creates nothing, and the errors file, offered at once, lists every row with its errors',
    async () => {
      const { page } = browser;
      const header = await openConfiguration(page, workDir);
      const before = await seats(page);
      await upload(
        page,
        'with-errors.csv',
        fill(header, 6, (row, n) => {
          if (n === 1) row.Site = 'Mars';
          if (n === 4) row.Extension = '7000';
        }),
      );
      await page.getByText('3 rows have errors. Click a cell to fix it.').waitFor();
      const action = page.getByRole('button', { name: 'Fix 3 rows to create users' });
      expect(await action.getAttribute('aria-disabled')).toBe('true');
      // aria-disabled keeps the button focusable and readable; a click (forced past Playwright's
      // enabled check, as a user's click is) must create nothing.
      await action.click({ force: true });
      expect(await page.getByText('Checking the edited rows against the account…').count()).toBe(0);
      expect(await seats(page)).toBe(before);

      const errorsFile = await download(page, workDir, () => page.getByRole('button', { name: 'Download errors file' }).click());
      expect(errorsFile.name).toBe('with-errors-errors.csv');
      const rows = parseCsv(errorsFile.text);
      expect(rows[0]).toEqual([...header, 'Errors']);
      expect(rows.slice(1).map((row) => row[0])).toEqual(['Ada0', 'Ada1', 'Ada2', 'Ada3', 'Ada4', 'Ada5']);
      const errorsOf = rows.slice(1).map((row) => row[row.length - 1]);
      expect(errorsOf[0]).toBe('Extension: Also used in row 6.');
      expect(errorsOf[1]).toBe('Site: Must be one of: Headquarters, Branch Office, Remote.');
      expect(errorsOf[4]).toBe('Extension: Also used in row 2.');
      expect([errorsOf[2], errorsOf[3], errorsOf[5]]).toEqual(['', '', '']);
    },
  );

  browserIt('comes back to a job after a reload, once signed in again, and finishes it without creating a seat twice', async () => {
    const { page } = browser;
    const header = await openConfiguration(page, workDir);
    const before = await seats(page);
    await page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.setFaults([{ routes: ['sendSeatJobChunk'], latencyMs: 600 }]));
    await upload(page, 'big.csv', fill(header, 2600));
    await page.getByRole('button', { name: 'Create 2,600 users' }).click();
    const progress = page.getByRole('progressbar', { name: 'Creating users from big.csv' });
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 20_000 }).toBeGreaterThan(0);
    // While the job runs, the rows are in IndexedDB only: nothing personal in web storage or the URL.
    const exposed = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
    expect(exposed).not.toMatch(/e2e\.user\d+@example\.org/);

    await page.reload();
    await fillSignIn(page);
    await page.getByRole('heading', { name: /Creating users|Users created/ }).waitFor();
    await page.getByText('2,600 users were created.').waitFor({ timeout: 45_000 });
    expect(await seats(page)).toBe(before + 2600);
    // The run's rows stay in this browser until the user is done with its outcome.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('tab', { name: 'Event Logs', selected: true }).waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const opening = indexedDB.open('portal-apps-bulk-jobs');
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const count = opening.result.transaction('meta').objectStore('meta').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(0);
  });
});
