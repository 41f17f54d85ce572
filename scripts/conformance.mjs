// `npm run conformance`: opens the reference host's conformance page in Chromium, which runs the
// remote's bridge conformance kit against the host's bridge, and prints the report. Exits 1 when a
// check fails. Serve the host first (`npm start` or `npm run preview`), or pass --url.
//
//   npm run conformance -- --url http://localhost:3000 --username alex.admin --password 'Passw0rd!' --account 'Northwind Traders'
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import fs from 'node:fs';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    username: { type: 'string', default: 'alex.admin' },
    password: { type: 'string', default: 'Passw0rd!' },
    account: { type: 'string', default: 'Northwind Traders' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

if (!fs.existsSync(values.chromium)) {
  console.error(`No Chromium at ${values.chromium}: install Debian's (apt-get install -y chromium) or pass --chromium.`);
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: values.chromium,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${values.url}/conformance`);
  await page.getByLabel('Username').fill(values.username);
  await page.getByLabel('Password', { exact: true }).fill(values.password);
  await page.getByLabel('Account Name').fill(values.account);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const report = page.getByTestId('conformance-report');
  await report.waitFor({ timeout: 60_000 });
  const text = await report.textContent();
  console.log(text);
  process.exitCode = /\b0 failed\b/.test(text ?? '') ? 0 : 1;
} finally {
  await browser.close();
}
