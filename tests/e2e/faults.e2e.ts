import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { MockControls } from '../../mocks/controls';
import { mockSnapshot as snapshot, setMockFaults as setFaults } from './page-mocks';
import { browserIt, setupBrowser } from './browser';
import { download, fillTemplate, openConfiguration, parseCsv, previewCell, setupWorkDir, uploadFile } from './bulk-files';

const browser = setupBrowser();
type MockedWindow = { __portalMocks?: MockControls };

const NORTHWIND = '100001';
const CONTOSO = '100002';

const workDir = setupWorkDir('faults-e2e-');

const fill = (header: string[], count: number) => fillTemplate(header, count, { tag: 'fault', lastName: 'Fault', firstExtension: 20000 });

/** Uploads the file and waits for a preview with nothing to fix. */
async function upload(page: Page, fileName: string, text: string) {
  await uploadFile(page, workDir, fileName, text);
  await page.getByText('No errors found').waitFor({ timeout: 30_000 });
}

/** One reading of the job panel taken together with the mock store, in the same task. */
interface Sample {
  done: number;
  total: number;
  created: number;
  stored: number;
}

/**
 * Reads the progress bar, the Created count and the store on every change of the page (and every
 * 20 ms), so a reading that ran ahead of the server, went back, or passed the total is caught.
 */
function startSampling(page: Page, before: Record<string, number>) {
  return page.evaluate(
    ({ northwind, contoso, base }) => {
      const samples: Sample[] = [];
      const holder = { samples, otherMax: 0, sessionPause: false, stop: () => {} };
      const read = () => {
        // The job's bar only (the upload and check have bars of their own).
        const bar = [...document.querySelectorAll('[role="progressbar"][aria-valuenow]')].find((candidate) =>
          document.getElementById(candidate.getAttribute('aria-labelledby') ?? '')?.textContent?.startsWith('Creating users from'),
        );
        const controls = (window as unknown as MockedWindow).__portalMocks;
        if (!controls) return;
        const seatsNow = controls.snapshot().seatsByAccount;
        holder.otherMax = Math.max(holder.otherMax, Math.abs((seatsNow[contoso] ?? 0) - (base[contoso] ?? 0)));
        if (!bar) return;
        holder.sessionPause ||= (bar.closest('section')?.textContent ?? '').includes('Your session has expired');
        const counts = [...document.querySelectorAll('dt')].find((term) => term.textContent === 'Created')?.nextElementSibling?.textContent ?? '';
        samples.push({
          done: Number(bar.getAttribute('aria-valuenow')),
          total: Number(bar.getAttribute('aria-valuemax')),
          created: Number(counts.replace(/\D/g, '')),
          stored: (seatsNow[northwind] ?? 0) - (base[northwind] ?? 0),
        });
      };
      const observer = new MutationObserver(read);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-valuenow'] });
      const timer = setInterval(read, 20);
      holder.stop = () => {
        observer.disconnect();
        clearInterval(timer);
      };
      (window as unknown as { __faultSamples?: typeof holder }).__faultSamples = holder;
    },
    { northwind: NORTHWIND, contoso: CONTOSO, base: before },
  );
}

/** Stops sampling; returns the readings, the most the other account's seat count ever moved, and whether the job ever showed a session pause. */
async function stopSampling(page: Page): Promise<{ samples: Sample[]; otherMax: number; sessionPause: boolean }> {
  return page.evaluate(() => {
    const holder = (window as unknown as { __faultSamples?: { samples: Sample[]; otherMax: number; sessionPause: boolean; stop: () => void } }).__faultSamples;
    holder?.stop();
    return { samples: holder?.samples ?? [], otherMax: holder?.otherMax ?? -1, sessionPause: holder?.sessionPause ?? false };
  });
}

/** Every reading: within the total, never behind the previous one, and no more created than stored. */
function expectHonestProgress(samples: Sample[], total: number) {
  expect(samples.length).toBeGreaterThan(0);
  let previous = { done: 0, created: 0 };
  for (const sample of samples) {
    expect(sample.total).toBe(total);
    expect(sample.done).toBeLessThanOrEqual(total);
    expect(sample.done).toBeGreaterThanOrEqual(previous.done);
    expect(sample.created).toBeGreaterThanOrEqual(previous.created);
    expect(sample.created).toBeLessThanOrEqual(sample.stored);
    previous = sample;
  }
}

/** Seats created per chunk key that did not exist before: every chunk at most once, all rows in all. */
function expectEachChunkOnce(before: Record<string, number>, after: Record<string, number>, rows: number) {
  const fresh = Object.entries(after).filter(([key]) => !(key in before));
  expect(fresh.length).toBe(Math.ceil(rows / 500));
  for (const [, created] of fresh) expect(created).toBeLessThanOrEqual(500);
  expect(fresh.reduce((sum, [, created]) => sum + created, 0)).toBe(rows);
}

/** Starts creating `rows` rows and waits until the server answered for some of them. */
async function startJob(page: Page, header: string[], fileName: string, rows: number) {
  await upload(page, fileName, fill(header, rows));
  await page.getByRole('button', { name: `Create ${rows.toLocaleString('en')} users` }).click();
  return page.getByRole('progressbar', { name: `Creating users from ${fileName}` });
}

/**
 * Runs the job to `done`, jumping the page's clock past the API client's 30 s request timeout whenever
 * progress has stood still for 2 s: only requests that never get an answer hold a job that long here.
 * The clock runs with real time otherwise (`page.clock.install()` before the page loads). Returns how
 * many times it had to jump.
 */
async function runPastHangs(page: Page, progress: ReturnType<Page['getByRole']>, done: () => Promise<boolean>, limitMs = 50_000): Promise<number> {
  const started = Date.now();
  let jumps = 0;
  let last = { value: '', since: Date.now() };
  while (!(await done())) {
    if (Date.now() - started > limitMs) throw new Error(`The job did not get past its hanging requests in ${limitMs} ms`);
    const value = (await progress.getAttribute('aria-valuenow').catch(() => null)) ?? 'none';
    if (value !== last.value) last = { value, since: Date.now() };
    else if (Date.now() - last.since > 2000) {
      await page.clock.fastForward(30_000);
      jumps += 1;
      last = { value, since: Date.now() };
    }
    await page.waitForTimeout(100);
  }
  return jumps;
}

// 10,000 rows is the figure; FAULTS_ROWS lets a slow machine run fewer (at least 6 chunks).
const manyRows = Number(process.env.FAULTS_ROWS ?? 10_000);

describe('Bulk Manager under faults', () => {
  browserIt(
    `creates ${manyRows.toLocaleString('en')} rows exactly once while a fifth of the chunk requests fail, with honest progress and an exact summary`,
    async () => {
      const { page, errors } = browser;
      const header = await openConfiguration(page, workDir);
      const before = await snapshot(page);
      // About one request in five goes wrong: 503, 429 with a 1 s Retry-After, a response lost after the
      // server committed the chunk, a gateway timeout (504); and the first chunks answer seconds late.
      await setFaults(page, [
        { routes: ['sendSeatJobChunk'], latencyMs: 2500, times: 4 },
        { routes: ['sendSeatJobChunk'], latencyMs: { min: 0, max: 300 } },
        { routes: ['sendSeatJobChunk'], errorRate: 0.06, errorStatus: 503 },
        { routes: ['sendSeatJobChunk'], rateLimitRate: 0.06, retryAfter: 1 },
        { routes: ['sendSeatJobChunk'], errorRate: 0.03, errorStatus: 504 },
        { routes: ['sendSeatJobChunk'], dropRate: 0.08 },
      ]);
      await startSampling(page, before.seatsByAccount);
      const started = Date.now();
      const progress = await startJob(page, header, 'faulty.csv', manyRows);
      await progress.waitFor();

      // A chunk that fails every attempt pauses the job; the user's Try again goes on without doubles.
      const result = page.getByText(`${manyRows.toLocaleString('en')} users were created.`);
      const tryAgain = page.getByRole('button', { name: 'Try again' });
      let retries = 0;
      while (!(await result.isVisible())) {
        if (await tryAgain.isVisible()) {
          retries += 1;
          await tryAgain.click();
        }
        if (Date.now() - started > 50_000) throw new Error('The job did not finish in 50 s');
        await page.waitForTimeout(100);
      }
      const { samples } = await stopSampling(page);
      const after = await snapshot(page);
      // The faults really happened (Chromium logs each failed response and each lost one).
      const failed = (pattern: RegExp) => errors.filter((line) => pattern.test(line)).length;
      const injected = { unavailable: failed(/status of 50[34]/), rateLimited: failed(/status of 429/), dropped: failed(/net::|Failed to fetch/) };
      console.info(`faults: ${JSON.stringify(injected)}`);
      expect(injected.unavailable).toBeGreaterThan(0);
      expect(injected.rateLimited).toBeGreaterThan(0);
      expect(injected.dropped).toBeGreaterThan(0);
      console.info(`faults: ${manyRows} rows in ${Date.now() - started} ms, ${samples.length} samples, ${retries} Try again`);

      expect(after.seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + manyRows);
      expectEachChunkOnce(before.seatsCreatedByIdempotencyKey, after.seatsCreatedByIdempotencyKey, manyRows);
      expectHonestProgress(samples, manyRows);
      expect(samples.some((sample) => sample.done > 0 && sample.done < manyRows)).toBe(true);

      const summary = await download(page, workDir, () => page.getByRole('button', { name: 'Download summary' }).click());
      const rows = parseCsv(summary.text);
      const at = (name: string) => rows[0]?.indexOf(name) ?? -1;
      expect(rows).toHaveLength(manyRows + 1);
      const ids = new Set<string>();
      for (const [index, row] of rows.slice(1).entries()) {
        expect(row[at('Email')]).toBe(`fault.user${index}@example.org`);
        expect(row[at('Result')]).toBe('Created');
        expect(row[at('User ID')]).toMatch(/\S/);
        ids.add(row[at('User ID')] ?? '');
      }
      expect(ids.size).toBe(manyRows);
    },
  );

  browserIt(
    'creates every row exactly once when chunk requests never get an answer, some after the server committed them: each is aborted at its timeout and sent again with its key',
    async () => {
      const { page } = browser;
      await page.clock.install();
      const header = await openConfiguration(page, workDir);
      const before = await snapshot(page);
      const rows = 5000;
      // The first chunk request hangs before the server does anything, the second after it committed
      // the chunk; then one request in twenty hangs after committing.
      await setFaults(page, [
        { routes: ['sendSeatJobChunk'], hangRate: 1, times: 1 },
        { routes: ['sendSeatJobChunk'], hangRate: 1, hangAfterCommit: true, times: 2 },
        { routes: ['sendSeatJobChunk'], latencyMs: { min: 50, max: 250 } },
        { routes: ['sendSeatJobChunk'], hangRate: 0.05, hangAfterCommit: true },
      ]);
      await startSampling(page, before.seatsByAccount);
      const progress = await startJob(page, header, 'hanging.csv', rows);
      await progress.waitFor();
      const result = page.getByText(`${rows.toLocaleString('en')} users were created.`);
      const jumps = await runPastHangs(page, progress, () => result.isVisible());
      console.info(`hangs: the clock jumped past the request timeout ${jumps} times`);
      expect(jumps).toBeGreaterThan(0);
      const { samples } = await stopSampling(page);
      const after = await snapshot(page);

      expect(after.seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
      expectEachChunkOnce(before.seatsCreatedByIdempotencyKey, after.seatsCreatedByIdempotencyKey, rows);
      expectHonestProgress(samples, rows);
      // A chunk the server committed whose answer had not come was never counted ahead of it.
      expect(samples.some((sample) => sample.created < sample.stored)).toBe(true);

      const summary = parseCsv((await download(page, workDir, () => page.getByRole('button', { name: 'Download summary' }).click())).text);
      expect(summary).toHaveLength(rows + 1);
      const at = (name: string) => summary[0]?.indexOf(name) ?? -1;
      const ids = new Set<string>();
      for (const [index, row] of summary.slice(1).entries()) {
        expect(row[at('Email')]).toBe(`fault.user${index}@example.org`);
        expect(row[at('Result')]).toBe('Created');
        ids.add(row[at('User ID')] ?? '');
      }
      expect(ids.size).toBe(rows);
    },
  );

  browserIt(
    'pauses and says the server did not answer in time when a chunk gets no answer on any attempt, and Try again finishes every row exactly once',
    async () => {
      const { page } = browser;
      await page.clock.install();
      const header = await openConfiguration(page, workDir);
      const before = await snapshot(page);
      const rows = 1000;
      await setFaults(page, [{ routes: ['sendSeatJobChunk'], hangRate: 1, hangAfterCommit: true }]);
      const progress = await startJob(page, header, 'silent.csv', rows);
      await progress.waitFor();
      const paused = page.getByRole('alert').filter({ hasText: 'Creation is paused' });
      await runPastHangs(page, progress, () => paused.isVisible());
      expect(await paused.textContent()).toContain(
        'Creation is paused: The server did not answer in time. Try again in a moment. No row will be created twice.',
      );
      // The server committed both chunks, but the job counts none of them: no answer came.
      expect((await snapshot(page)).seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
      expect(Number(await progress.getAttribute('aria-valuenow'))).toBe(0);

      await page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.clearFaults());
      await paused.getByRole('button', { name: 'Try again' }).click();
      await page.getByText('1,000 users were created.').waitFor({ timeout: 20_000 });
      const after = await snapshot(page);
      expect(after.seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
      expectEachChunkOnce(before.seatsCreatedByIdempotencyKey, after.seatsCreatedByIdempotencyKey, rows);
    },
  );

  browserIt('pauses when the session expires mid-job, tells the user, and after signing in again finishes every row exactly once', async () => {
    const { page } = browser;
    const header = await openConfiguration(page, workDir);
    const before = await snapshot(page);
    const rows = 5000;
    await setFaults(page, [{ routes: ['sendSeatJobChunk'], latencyMs: 2000 }]);
    await startSampling(page, before.seatsByAccount);
    const progress = await startJob(page, header, 'expiring.csv', rows);
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.expireSessions());

    const paused = page.getByRole('alert').filter({ hasText: 'Your session has expired' });
    await paused.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await paused.textContent()).toBe('Your session has expired. Sign in again: creation goes on where it stopped, and nothing is lost.');
    const relogin = page.getByRole('dialog', { name: 'Your session has expired' });
    await relogin.waitFor();
    const pausedAt = Number(await progress.getAttribute('aria-valuenow'));
    expect(pausedAt).toBeLessThan(rows);
    // Paused for real: nothing more is created while the user is away.
    const storedWhilePaused = (await snapshot(page)).seatsByAccount[NORTHWIND];
    await page.waitForTimeout(1500);
    expect((await snapshot(page)).seatsByAccount[NORTHWIND]).toBe(storedWhilePaused);

    await relogin.getByLabel('Password').fill('Passw0rd!');
    await relogin.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('5,000 users were created.').waitFor({ timeout: 40_000 });
    const { samples, sessionPause } = await stopSampling(page);
    expect(sessionPause).toBe(true);
    const after = await snapshot(page);
    expect(after.seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
    expectEachChunkOnce(before.seatsCreatedByIdempotencyKey, after.seatsCreatedByIdempotencyKey, rows);
    expectHonestProgress(samples, rows);

    // Nothing of the file was lost on the way: the summary has every row, each created.
    const summary = parseCsv((await download(page, workDir, () => page.getByRole('button', { name: 'Download summary' }).click())).text);
    expect(summary).toHaveLength(rows + 1);
    const result = summary[0]?.indexOf('Result') ?? -1;
    expect(summary.slice(1).every((row) => row[result] === 'Created')).toBe(true);
  });

  browserIt('keeps a running job in its own account when the user switches account: not one write reaches the new one', async () => {
    const { page } = browser;
    const header = await openConfiguration(page, workDir);
    const before = await snapshot(page);
    const rows = 5000;
    await setFaults(page, [{ routes: ['sendSeatJobChunk'], latencyMs: 3000 }]);
    await startSampling(page, before.seatsByAccount);
    const progress = await startJob(page, header, 'switching.csv', rows);
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 20_000 }).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Account: Northwind Traders (100001)' }).click();
    await page.getByRole('menuitem', { name: 'Switch Account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Switch Account' });
    await dialog.getByRole('textbox', { name: 'Account ID' }).fill(CONTOSO);
    await dialog.getByRole('button', { name: 'Next' }).click();
    const confirm = page.getByRole('dialog', { name: 'Switch to this account?' });
    await confirm
      .getByText('A bulk creation is running for Northwind Traders (account 100001). It keeps creating users in that account after you switch.')
      .waitFor();
    await confirm.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Account: Contoso Ltd (100002)' }).waitFor();
    // The switch happened mid-job: part of the rows were still to be created in Northwind.
    expect((await snapshot(page)).seatsByAccount[NORTHWIND]).toBeLessThan((before.seatsByAccount[NORTHWIND] ?? 0) + rows);

    await expect.poll(async () => (await snapshot(page)).seatsByAccount[NORTHWIND], { timeout: 40_000 }).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
    await page
      .getByText(/5,000 users were created\.|Bulk creation finished: 5000 users created, 0 failed\./)
      .first()
      .waitFor({ timeout: 10_000 });
    const { samples, otherMax } = await stopSampling(page);
    const after = await snapshot(page);
    expect(after.seatsByAccount[CONTOSO]).toBe(before.seatsByAccount[CONTOSO]);
    expect(otherMax).toBe(0);
    expect(after.jobsByAccount[CONTOSO]).toBe(before.jobsByAccount[CONTOSO]);
    expectHonestProgress(samples, rows);
    expectEachChunkOnce(before.seatsCreatedByIdempotencyKey, after.seatsCreatedByIdempotencyKey, rows);
  });
  browserIt('keeps the edited preview when the session expires before Create, and creates it after signing in again', async () => {
    const { page } = browser;
    const header = await openConfiguration(page, workDir);
    const before = await snapshot(page);
    const file = fill(header, 40).replace('fault.user7@example.org', 'not-an-email');
    await uploadFile(page, workDir, 'edited.csv', file);
    await (await previewCell(page, 9, 'Email')).click();
    const editor = page.getByRole('textbox', { name: 'Email, row 9' });
    await editor.fill('fixed.user7@example.org');
    await editor.press('Enter');
    await page.getByText('No errors found').waitFor();

    await page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.expireSessions());
    await page.getByRole('button', { name: 'Create 40 users' }).click();
    const relogin = page.getByRole('dialog', { name: 'Your session has expired' });
    await relogin.waitFor({ timeout: 20_000 });
    await relogin.getByLabel('Password').fill('Passw0rd!');
    await relogin.getByRole('button', { name: 'Sign in' }).click();
    await relogin.waitFor({ state: 'hidden' });
    // The check before creating met the expired session: nothing was created and the preview stayed, edit included.
    await page
      .getByText(
        'The edited rows could not be checked against the account: Your session has expired. Sign in again to continue. Nothing was created; your rows are still here.',
      )
      .waitFor();
    expect((await snapshot(page)).seatsByAccount[NORTHWIND]).toBe(before.seatsByAccount[NORTHWIND]);
    expect(await (await previewCell(page, 9, 'Email')).textContent()).toBe('fixed.user7@example.org');

    await page.getByRole('button', { name: 'Create 40 users' }).click();
    await page.getByText('40 users were created.').waitFor();
    expect((await snapshot(page)).seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + 40);
    const summary = parseCsv((await download(page, workDir, () => page.getByRole('button', { name: 'Download summary' }).click())).text);
    const email = summary[0]?.indexOf('Email') ?? -1;
    expect(summary.slice(1).map((row) => row[email])).toEqual(
      Array.from({ length: 40 }, (_, n) => (n === 7 ? 'fixed.user7@example.org' : `fault.user${n}@example.org`)),
    );
  });
  browserIt('renews an expired access token silently mid-job: no pause, no dialog, every row exactly once', async () => {
    const { page, errors } = browser;
    const header = await openConfiguration(page, workDir);
    const before = await snapshot(page);
    const rows = 5000;
    await setFaults(page, [{ routes: ['sendSeatJobChunk'], latencyMs: 1200 }]);
    await startSampling(page, before.seatsByAccount);
    const progress = await startJob(page, header, 'renewing.csv', rows);
    await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.expireSessions({ keepRefreshTokens: true }));
    const sessionsBefore = (await snapshot(page)).sessions;

    await page.getByText('5,000 users were created.').waitFor({ timeout: 30_000 });
    const { samples, sessionPause } = await stopSampling(page);
    // The expiry was met mid-job (a 401), and the user never saw it.
    expect(errors.some((line) => line.includes('status of 401'))).toBe(true);
    expect(sessionPause).toBe(false);
    const after = await snapshot(page);
    expect(await page.getByRole('dialog', { name: 'Your session has expired' }).isVisible()).toBe(false);
    expect(await page.getByText('Your session has expired. Sign in again').count()).toBe(0);
    expect(after.sessions).toBe(sessionsBefore);
    expect(after.seatsByAccount[NORTHWIND]).toBe((before.seatsByAccount[NORTHWIND] ?? 0) + rows);
    expectEachChunkOnce(before.seatsCreatedByIdempotencyKey, after.seatsCreatedByIdempotencyKey, rows);
    expectHonestProgress(samples, rows);
  });
});
