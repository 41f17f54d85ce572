import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { mockSnapshot as snapshot, setMockFaults as setFaults } from './page-mocks';
import { browserIt, openApp, setupBrowser, signIn } from './browser';
import { fillTemplate, openConfiguration, setupWorkDir, uploadFile } from './bulk-files';

const browser = setupBrowser();

const NORTHWIND = '100001';
const rows = 2600;
const chunks = Math.ceil(rows / 500);

const workDir = setupWorkDir('bulk-job-return-e2e-');

/** The values of one of the page's IndexedDB object stores: all of them, or the one at `key`. */
const readStore = (page: Page, database: string, store: string, key?: string) =>
  page.evaluate(
    ([database, store, key]) =>
      new Promise<unknown[]>((resolve, reject) => {
        const opening = indexedDB.open(database);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const objects = opening.result.transaction(store).objectStore(store);
          const read: IDBRequest = key === undefined ? objects.getAll() : objects.get(key);
          read.onsuccess = () => {
            opening.result.close();
            resolve(key === undefined ? (read.result as unknown[]) : [read.result]);
          };
        };
      }),
    [database, store, key] as const,
  );

/** The runs the bulk job store holds, as user id and file name. */
const storedRuns = async (page: Page) =>
  ((await readStore(page, 'portal-apps-bulk-jobs', 'meta')) as { userId: string; fileName: string }[]).map(({ userId, fileName }) => ({ userId, fileName }));

/** The Northwind jobs the mock backend has saved in this browser (its IndexedDB state). */
const savedMockJobs = async (page: Page) => {
  const [state] = (await readStore(page, 'portal-apps-mocks', 'state', 'state-v2')) as (
    { bulk?: Record<string, { jobs: { fileName: string; completedAt: string | null }[] }> } | undefined
  )[];
  return (state?.bulk?.['100001']?.jobs ?? []).map((job) => ({ fileName: job.fileName, completed: job.completedAt !== null }));
};

/**
 * Uploads `rows` rows and starts creating them, each chunk answering slowly, and returns once the server
 * answered for some of them but not all: the job is under way.
 */
async function startSlowJob(page: Page, fileName: string) {
  const header = await openConfiguration(page, workDir);
  const before = await snapshot(page);
  await setFaults(page, [{ routes: ['sendSeatJobChunk'], latencyMs: 1500 }]);
  await uploadFile(page, workDir, fileName, fillTemplate(header, rows, { tag: 'back', lastName: 'Later', firstExtension: 40000 }));
  await page.getByText('No errors found').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: `Create ${rows.toLocaleString('en')} users` }).click();
  const progress = page.getByRole('progressbar', { name: `Creating users from ${fileName}` });
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 20_000 }).toBeGreaterThan(0);
  return before;
}

/** Every row created once: one chunk key per chunk, none creating more than its rows, all rows in all. */
function expectEachChunkOnce(before: Record<string, number>, after: Record<string, number>) {
  const fresh = Object.entries(after).filter(([key]) => !(key in before));
  expect(fresh).toHaveLength(chunks);
  expect(fresh.reduce((sum, [, created]) => sum + created, 0)).toBe(rows);
}

describe('Bulk Manager: coming back to a bulk job', () => {
  browserIt('shows the outcome of a job whose tab was closed mid-job when the user comes back later in a new tab: every row created exactly once', async () => {
    const { context, page } = browser;
    const before = await startSlowJob(page, 'closed-tab.csv');
    const atClose = (await snapshot(page)).seatsByAccount[NORTHWIND] ?? 0;
    expect(atClose).toBeLessThan((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
    await page.close();

    // Later, a new tab of the same browser: the host asks to sign in again, then Bulk Manager.
    const later = await context.newPage();
    await signIn(later);
    await openApp(later, 'Bulk Manager');
    await later.getByRole('heading', { name: /Creating users|Users created/ }).waitFor();
    await later.getByText('2,600 users were created.').waitFor({ timeout: 45_000 });
    expect(await later.getByText('In Northwind Traders (account 100001), from closed-tab.csv.').isVisible()).toBe(true);
    const after = await snapshot(later);
    expect(after.seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
    expectEachChunkOnce(before.seatsCreatedByIdempotencyKey, after.seatsCreatedByIdempotencyKey);
    // Kept until the user is done with it.
    expect(await storedRuns(later)).toEqual([{ userId: 'user-1', fileName: 'closed-tab.csv' }]);
    await later.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => storedRuns(later)).toEqual([]);
  });

  browserIt('shows the outcome of a job that finished as its tab was closed, with its summary, until the user is done with it', async () => {
    const { context, page } = browser;
    const header = await openConfiguration(page, workDir);
    const before = await snapshot(page);
    await uploadFile(page, workDir, 'finished.csv', fillTemplate(header, 30, { tag: 'ended', lastName: 'Ended', firstExtension: 46000 }));
    await page.getByText('No errors found').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Create 30 users' }).click();
    await page.getByText('30 users were created.').waitFor({ timeout: 30_000 });
    expect(await storedRuns(page)).toEqual([{ userId: 'user-1', fileName: 'finished.csv' }]);
    // The reference host's mock backend saves its state shortly after its last change (a real server
    // has the job at once): once it has saved the finished job, the tab is closed before Done.
    await expect.poll(() => savedMockJobs(page), { timeout: 10_000 }).toContainEqual({ fileName: 'finished.csv', completed: true });
    await page.close();

    const later = await context.newPage();
    await signIn(later);
    await openApp(later, 'Bulk Manager');
    await later.getByText('30 users were created.').waitFor({ timeout: 30_000 });
    expect(await later.getByText('In Northwind Traders (account 100001), from finished.csv.').isVisible()).toBe(true);
    expect(await later.getByRole('button', { name: /Download summary/ }).isEnabled()).toBe(true);
    const after = await snapshot(later);
    expect(after.seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + 30);
    await later.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => storedRuns(later)).toEqual([]);
    // Done went on to Event Logs; once seen, the run is not shown again.
    await later.getByRole('tab', { name: 'Configuration' }).click();
    await later.getByText(/The seat template has \d+ columns\./).waitFor();
    expect(await later.getByText('finished.csv').count()).toBe(0);
  });

  browserIt('keeps the job of a user who signed out mid-job away from the next user of the browser, and finishes it when its user signs in again', async () => {
    const { page } = browser;
    const before = await startSlowJob(page, 'signed-out.csv');
    await page.getByRole('button', { name: 'Logout' }).click();
    await page.getByLabel('Username').waitFor();

    await signIn(page, { username: 'fran.fabrikam', password: 'Passw0rd!', accountName: 'Fabrikam Inc' });
    await openApp(page, 'Bulk Manager');
    await page.getByText(/The seat template has \d+ columns\./).waitFor();
    expect(await page.getByRole('heading', { name: /Creating users|Users created|Creation/ }).count()).toBe(0);
    expect(await page.getByText('signed-out.csv').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Upload file' }).isEnabled()).toBe(true);
    // Nothing of the job is sent while another user is signed in (the chunks sent before may still land).
    await page.waitForTimeout(2000);
    const whileAway = (await snapshot(page)).seatsByAccount[NORTHWIND];
    await page.waitForTimeout(2000);
    expect((await snapshot(page)).seatsByAccount[NORTHWIND]).toBe(whileAway);
    expect(whileAway).toBeLessThan((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
    // The run waits in this browser for its own user only.
    expect(await storedRuns(page)).toEqual([{ userId: 'user-1', fileName: 'signed-out.csv' }]);

    await page.getByRole('button', { name: 'Logout' }).click();
    await page.getByLabel('Username').waitFor();
    await signIn(page);
    await openApp(page, 'Bulk Manager');
    await page.getByText('2,600 users were created.').waitFor({ timeout: 45_000 });
    const after = await snapshot(page);
    expect(after.seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
    expectEachChunkOnce(before.seatsCreatedByIdempotencyKey, after.seatsCreatedByIdempotencyKey);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => storedRuns(page)).toEqual([]);
  });
});
