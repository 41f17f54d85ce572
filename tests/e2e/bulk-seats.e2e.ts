import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserIt, fillSignIn, setupBrowser, shimUrl } from './browser';

const browser = setupBrowser();

/** Signs in straight into the Seats tab (the host returns to the page asked for). */
async function openSeats(page: Page) {
  await page.goto(`${shimUrl}/apps/bulk-manager/seats`);
  await fillSignIn(page);
  await page.getByText('100 of 250 seats').waitFor();
}

describe('Bulk Manager seats', () => {
  browserIt('adds one seat through the form and shows it in the table', async () => {
    const { page, errors } = browser;
    await openSeats(page);
    await page.getByRole('button', { name: 'Add seat' }).click();
    const panel = page.getByRole('dialog', { name: 'Add seat' });
    await panel.getByRole('textbox', { name: 'First name' }).fill('Ada');
    await panel.getByRole('textbox', { name: 'Last name' }).fill('Lovelace');
    await panel.getByRole('textbox', { name: 'Email' }).fill('ada.lovelace@example.com');
    await panel.getByRole('textbox', { name: 'Extension' }).fill('0042');
    await panel.getByRole('combobox', { name: 'Site' }).selectOption('Remote');
    await panel.getByRole('combobox', { name: 'Device model' }).selectOption('Yealink T54W');
    await panel.getByRole('button', { name: 'Add seat' }).click();
    // A desk phone without a MAC address: the template's rule, beside the field, and nothing sent.
    await panel.getByText('Required when Device Model is Yealink T54W.').waitFor();
    await panel.getByRole('textbox', { name: 'MAC address' }).fill('80:5e:c0:12:34:56');
    await panel.getByRole('button', { name: 'Add seat' }).click();
    await panel.getByText('Ada Lovelace was added with extension 0042.').waitFor();
    await panel.getByRole('button', { name: 'Close' }).first().click();
    await panel.waitFor({ state: 'detached' });

    await page.getByText('101 of 251 seats').waitFor();
    const firstRow = page.getByRole('grid', { name: 'Seats' }).getByRole('row').nth(1);
    expect(await firstRow.getByRole('gridcell').allTextContents()).toEqual(
      expect.arrayContaining(['Ada', 'Lovelace', 'ada.lovelace@example.com', '0042', 'Remote']),
    );

    // The server has it too: a search finds it.
    await page.getByRole('searchbox', { name: 'Search seats' }).fill('lovelace');
    await page.getByText('1 of 1 seat').waitFor();
    const snapshot = await page.evaluate(() => window.__portalMocks?.snapshot().seatsByAccount['100001']);
    expect(snapshot).toBe(251);
    expect(errors).toEqual([]);
  });

  browserIt('sends welcome emails to the selected seats, then SMS with a result per seat', async () => {
    const { page, errors } = browser;
    await openSeats(page);
    const grid = page.getByRole('grid', { name: 'Seats' });
    const rows = grid.getByRole('row');
    // The first three seats by last name: Adams, Adams (no mobile numbers) and Adams (one).
    for (const index of [1, 2, 3]) await rows.nth(index).getByRole('checkbox').check();
    const names = await Promise.all([1, 2, 3].map(async (index) => (await rows.nth(index).getByRole('gridcell').allTextContents()).slice(1, 3).join(' ')));

    await page.getByRole('button', { name: 'Send welcome message (3)' }).click();
    let dialog = page.getByRole('dialog', { name: 'Send welcome message' });
    await dialog.getByRole('button', { name: 'Send 3 emails' }).click();
    let results = page.getByRole('dialog', { name: 'Welcome messages' });
    expect(await results.getByRole('status').textContent()).toContain('3 emails sent.');
    const emailItems = await results.getByRole('listitem').allTextContents();
    expect(emailItems).toHaveLength(3);
    names.forEach((name, index) => expect(emailItems[index]).toMatch(new RegExp(`^${name}Sent to .+@example\\.com$`)));
    await results.getByRole('button', { name: 'Close' }).first().click();

    await page.getByRole('button', { name: 'Send welcome message (3)' }).click();
    dialog = page.getByRole('dialog', { name: 'Send welcome message' });
    await dialog.getByRole('radio', { name: /SMS/ }).check();
    await dialog.getByRole('button', { name: 'Send 3 SMS' }).click();
    results = page.getByRole('dialog', { name: 'Welcome messages' });
    expect(await results.getByRole('status').textContent()).toContain('1 SMS sent. 2 not sent.');
    const smsItems = await results.getByRole('listitem').allTextContents();
    expect(smsItems.filter((item) => item.endsWith('Not sent: no mobile number'))).toHaveLength(2);
    expect(smsItems.filter((item) => /Sent to \+1\d{10}$/.test(item))).toHaveLength(1);
    await results.getByRole('button', { name: 'Close' }).first().click();

    // Each message sent is in the event log.
    await page.getByRole('tab', { name: 'Event Logs' }).click();
    await page.getByLabel('Event type').selectOption('welcome-sent');
    const log = page.getByRole('grid', { name: 'Event log' });
    await log.getByText(/^SMS to \+1\d{10}$/).waitFor();
    expect(await log.getByText(/^Email to /).count()).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
  });
});
