// Creating 10,000 seats through the app's bulk job (chunks, a few in flight) against one
// `POST /api/v1/seats` per seat with bounded concurrency, both on the browser's mock backend in
// Chromium, one after the other in this run. Each side starts from the seed in a context of its own.
import type { Page } from 'playwright-core';
import { seatHeaderLine } from '../src/import/testing/seat-template.fixture';
import type { SeatInput } from '../src/contract';
import { ms, openApp, openBenchBrowser, uploadFile, type BenchRow } from './browser-harness';

const section = 'bulk creation (Chromium)';
const SEATS = 10_000;
/** Requests in flight for the one-per-seat side: the browser's per-origin connection limit, its best case. */
const PER_SEAT_CONCURRENCY = 6;
const SITES = ['Headquarters', 'Branch Office', 'Remote'];

/** Seat `n` of the run: distinct email and extension, none used by the seed; no phone number or MAC. */
function seat(n: number): SeatInput {
  return {
    firstName: `Bench${n}`,
    lastName: `Seat${n}`,
    email: `bench.seat${n}@example.org`,
    extension: String(300000 + n),
    site: SITES[n % 3] ?? 'Remote',
    role: 'User',
    deviceModel: 'Softphone',
    addressBook: true,
  };
}

/** The same seats as a filled template. */
function csvOf(count: number): string {
  const columns = seatHeaderLine.split(',');
  const lines = [seatHeaderLine];
  for (let n = 0; n < count; n++) {
    const value = seat(n);
    const cells: Record<string, string> = {
      'First Name': value.firstName,
      'Last Name': value.lastName,
      Email: value.email,
      Extension: value.extension,
      Site: value.site,
      Role: 'User',
      'Device Model': 'Softphone',
      'Address Book': 'Yes',
    };
    lines.push(columns.map((column) => cells[column] ?? '').join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

type MockedWindow = { __portalMocks?: { snapshot(): { seatsByAccount: Record<string, number> } } };
const seatCount = (page: Page) => page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.snapshot().seatsByAccount['100001'] ?? -1);

/** Through the app: upload, Create, until the confirmation says every seat was created. Returns ms from the click. */
async function throughTheJob(page: Page): Promise<number> {
  await openApp(page, 'Bulk Manager');
  await page.getByText('The seat template has 12 columns.').waitFor();
  await uploadFile(page, 'bench-seats.csv', csvOf(SEATS));
  await page.getByText('No errors found').waitFor({ timeout: 120_000 });
  const before = await seatCount(page);
  const button = page.getByRole('button', { name: `Create ${SEATS.toLocaleString('en-US')} users` });
  const start = Date.now();
  await button.click();
  await page.getByText(`${SEATS.toLocaleString('en-US')} users were created.`).waitFor({ timeout: 600_000 });
  const elapsed = Date.now() - start;
  const created = (await seatCount(page)) - before;
  if (created !== SEATS) throw new Error(`The job created ${created} seats, not ${SEATS}`);
  return elapsed;
}

/** One request per seat from the page itself (through the same service worker), signed in with its own session. */
async function onePerSeat(page: Page): Promise<number> {
  const seats = Array.from({ length: SEATS }, (_, n) => seat(n));
  const before = await seatCount(page);
  const result = await page.evaluate(
    async ({ seats, concurrency }) => {
      const login = await fetch('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'alex.admin', password: 'Passw0rd!', accountName: 'Northwind Traders' }),
      });
      const session = (await login.json()) as { accessToken: string; account: { id: string } };
      const start = performance.now();
      let next = 0;
      let failed = 0;
      // Inline, not a named function: tsx would wrap a named one in a helper the page does not have.
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < seats.length) {
            const body = JSON.stringify(seats[next++]);
            const response = await fetch('/api/v1/seats', {
              method: 'POST',
              headers: {
                'Content-Type': 'application/json',
                Accept: 'application/json',
                Authorization: `Bearer ${session.accessToken}`,
                'X-Account-Id': session.account.id,
                'Idempotency-Key': crypto.randomUUID(),
              },
              body,
            });
            // The body is read as a client would, so the response is complete.
            await response.json();
            if (response.status !== 201) failed++;
          }
        }),
      );
      return { elapsed: performance.now() - start, failed };
    },
    { seats, concurrency: PER_SEAT_CONCURRENCY },
  );
  const created = (await seatCount(page)) - before;
  if (result.failed > 0 || created !== SEATS) throw new Error(`One request per seat created ${created} seats (${result.failed} requests failed)`);
  return result.elapsed;
}

export async function run(): Promise<BenchRow[]> {
  const bench = await openBenchBrowser();
  try {
    const jobPage = await bench.signedInPage();
    const job = await throughTheJob(jobPage);
    await jobPage.context().close();
    const perSeatPage = await bench.signedInPage();
    const perSeat = await onePerSeat(perSeatPage);
    await perSeatPage.context().close();
    const rate = (elapsed: number) => `${Math.round(SEATS / (elapsed / 1000)).toLocaleString('en-US')} seats/s`;
    return [
      {
        section,
        metric: `${SEATS.toLocaleString('en-US')} seats, bulk job`,
        value: ms(job),
        note: `${rate(job)}; from Create (account check included) to the confirmation`,
      },
      {
        section,
        metric: `${SEATS.toLocaleString('en-US')} seats, one POST each`,
        value: ms(perSeat),
        note: `${rate(perSeat)}; ${PER_SEAT_CONCURRENCY} in flight, bare fetch (no client-side parsing)`,
      },
      { section, metric: 'throughput, job / one POST each', value: `${(perSeat / job).toFixed(1)}x`, note: 'same mock backend, each side from the seed' },
    ];
  } finally {
    await bench.close();
  }
}
