// From a click on an app in the host's Apps menu to that app's first screen showing server data, in
// Chromium against the production build: the first open in a fresh page (the app's code is fetched)
// and opening it again (the code is there, the app mounts and asks for its data again).
import type { Page } from 'playwright-core';
import { median, ms, openBenchBrowser, type BenchRow } from './browser-harness';

const section = 'open an app (Chromium)';
const RUNS = 5;
const AGAIN = 2;

/** Each app's first screen, and a text that is there only once its data came from the server. */
const apps = [
  { title: 'Bulk Manager', ready: 'The seat template has 12 columns.' },
  { title: 'Teams', ready: 'Northwind Traders (northwindtraders.onmicrosoft.com)' },
] as const;

/**
 * Clicks the app in the Apps menu and returns the page's own time from that click to the moment the
 * text appears, seen by a MutationObserver in the page (no polling, no round trip in the figure).
 */
async function openAndTime(page: Page, title: string, ready: string): Promise<number> {
  await page.getByRole('button', { name: 'Apps' }).click();
  const link = page.getByRole('group', { name: 'Apps' }).getByRole('link', { name: title });
  await link.waitFor();
  const appeared = page.evaluate(
    (text) =>
      new Promise<{ clicked: number; shown: number }>((resolve) => {
        let clicked = Number.NaN;
        document.addEventListener('click', () => (clicked = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (!(document.body.textContent ?? '').includes(text)) return;
          observer.disconnect();
          resolve({ clicked, shown: performance.now() });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    ready,
  );
  // The observer is in place once the evaluate has run; a short wait makes sure it has.
  await page.waitForTimeout(50);
  await link.click();
  const { clicked, shown } = await appeared;
  return shown - clicked;
}

async function goHome(page: Page) {
  await page.getByRole('link', { name: 'Admin Portal' }).click();
  await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
}

export async function run(): Promise<BenchRow[]> {
  const bench = await openBenchBrowser();
  try {
    const rows: BenchRow[] = [];
    for (const app of apps) {
      const first: number[] = [];
      const again: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await bench.signedInPage();
        first.push(await openAndTime(page, app.title, app.ready));
        await goHome(page);
        for (let i = 0; i < AGAIN; i++) {
          again.push(await openAndTime(page, app.title, app.ready));
          await goHome(page);
        }
        await page.context().close();
      }
      const spread = (values: number[]) => `median of ${values.length}; ${values.map((value) => Math.round(value)).join(', ')} ms`;
      rows.push({ section, metric: `${app.title}, first open in a fresh page`, value: ms(median(first)), note: spread(first) });
      rows.push({ section, metric: `${app.title}, opened again`, value: ms(median(again)), note: spread(again) });
    }
    return rows;
  } finally {
    await bench.close();
  }
}
