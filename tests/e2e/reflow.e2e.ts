import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, openApp, setupBrowser, signIn } from './browser';
import { fillTemplate, openConfiguration, setupWorkDir, uploadFile } from './bulk-files';

/*
 * Reflow (WCAG 1.4.10): at 320 CSS px, what 1280 px at 400% zoom gives, every main screen of both apps
 * works without scrolling the page sideways; tables scroll inside themselves, dialogs and panels fit.
 * And the layout details a person sees: pinned panel buttons, empty states near their header, an app
 * surface that fills the host's content area.
 */

const browser = setupBrowser();
const workDir = setupWorkDir('reflow-');

const NARROW = { width: 320, height: 800 };

/** The page itself never scrolls sideways (a table may, inside its own box). */
async function expectNoPageScroll(page: Page, screen: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${screen}: the page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

/** The element's painted box lies wholly inside the viewport. */
async function expectInViewport(page: Page, locator: Locator, what: string) {
  // A side panel slides in: measure where it stops.
  await locator.evaluate(async (element) => {
    const dialog = element.closest('[role="dialog"]');
    if (dialog) await Promise.all(dialog.getAnimations().map((animation) => animation.finished));
  });
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`${what} is not painted`);
  const outside = {
    left: box.x < -0.5,
    top: box.y < -0.5,
    right: box.x + box.width > viewport.width + 0.5,
    bottom: box.y + box.height > viewport.height + 0.5,
  };
  expect(outside, `${what} leaves the viewport (${JSON.stringify(box)})`).toEqual({ left: false, top: false, right: false, bottom: false });
}

const hostLogout = (page: Page) => page.getByRole('navigation', { name: 'Portal' }).getByRole('button', { name: 'Logout' });
const teams = (page: Page) => page.getByRole('region', { name: 'Teams' });

/** The distance from the bottom of a grid's header row to the top of the text shown under it. */
async function gapUnderHeader(grid: Locator, text: Locator): Promise<number> {
  const header = await grid.getByRole('row').first().boundingBox();
  const empty = await text.boundingBox();
  if (!header || !empty) throw new Error('The grid header or the empty state is not painted');
  return empty.y - (header.y + header.height);
}

describe('Reflow at 320 px and layout details', () => {
  browserIt('Bulk Manager at 320 px: Configuration, the preview, Seats, Add seat and Event Logs fit, and the page never scrolls sideways', async () => {
    const { page, errors } = browser;
    await page.setViewportSize(NARROW);
    const header = await openConfiguration(page, workDir);
    await expectNoPageScroll(page, 'Configuration');
    await expectInViewport(page, hostLogout(page), "The host's Logout");
    await expectInViewport(page, page.getByRole('tab', { name: 'Configuration' }), 'The Configuration tab');

    await uploadFile(page, workDir, 'reflow.csv', fillTemplate(header, 6, { tag: 'reflow', lastName: 'Reflow', firstExtension: 6100 }));
    await page.getByRole('heading', { name: 'Preview of reflow.csv' }).waitFor();
    await expectNoPageScroll(page, 'the preview');
    // The preview's twelve columns are wider than the window: the grid scrolls inside itself, in the viewport.
    const preview = page.getByRole('grid').first();
    await preview.scrollIntoViewIfNeeded();
    await expectInViewport(page, preview, 'The preview grid');
    expect(await preview.evaluate((grid) => grid.scrollWidth > grid.clientWidth)).toBe(true);

    await page.getByRole('tab', { name: 'Seats' }).click();
    await page.getByRole('grid', { name: 'Seats' }).getByRole('row').nth(1).waitFor();
    await expectNoPageScroll(page, 'Seats');

    await page.getByRole('button', { name: 'Add seat' }).click();
    const panel = page.getByRole('dialog', { name: 'Add seat' });
    await panel.getByRole('textbox', { name: 'First name' }).waitFor();
    await expectInViewport(page, panel, 'The Add seat panel');
    await expectInViewport(page, panel.getByRole('button', { name: 'Add seat' }), 'Add seat in the panel');
    await expectNoPageScroll(page, 'the Add seat panel');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await panel.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Event Logs' }).click();
    await page.getByRole('heading', { name: 'Event log' }).waitFor();
    await expectNoPageScroll(page, 'Event Logs');
    expect(errors).toEqual([]);
  });

  browserIt('Teams at 320 px: the side menu is a Menu button that opens by keyboard, and Setup, Phone Numbers, Buy, Users and the user panel fit', async () => {
    const { page, errors } = browser;
    await page.setViewportSize(NARROW);
    await signIn(page);
    await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
    await openApp(page, 'Teams');
    await page.getByRole('heading', { name: 'Setup' }).waitFor();
    await expectNoPageScroll(page, 'Setup');
    await expectInViewport(page, hostLogout(page), "The host's Logout");
    await expectInViewport(page, teams(page).getByRole('button', { name: 'Logout' }), "Teams' Logout");
    const menuButton = teams(page).getByRole('button', { name: 'Menu' });
    await expectInViewport(page, menuButton, 'The Menu button');
    // Closed, the menu takes no room: its links are not shown.
    expect(await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Users' }).isVisible()).toBe(false);

    // By keyboard: Enter opens the menu, Tab reaches a page, Enter opens it and closes the menu.
    await menuButton.focus();
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    const phoneNumbersLink = page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Phone Numbers' });
    await expectInViewport(page, phoneNumbersLink, 'The Phone Numbers link');
    for (let presses = 0; presses < 6 && !(await phoneNumbersLink.evaluate((link) => link === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await phoneNumbersLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Phone Numbers' }).waitFor();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('grid', { name: 'Phone numbers' }).getByRole('row').nth(1).waitFor();
    await expectNoPageScroll(page, 'Phone Numbers');

    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    const buy = page.getByRole('dialog', { name: 'Buy phone numbers' });
    await buy.getByRole('textbox', { name: /Area code/ }).waitFor();
    await expectInViewport(page, buy, 'The Buy dialog');
    await expectNoPageScroll(page, 'the Buy dialog');
    await buy.getByRole('button', { name: 'Cancel' }).click();
    await buy.waitFor({ state: 'detached' });

    await menuButton.click();
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Users' }).click();
    await page.getByText('40 users.').waitFor();
    await expectNoPageScroll(page, 'Users');
    await page.getByRole('grid', { name: 'Users' }).getByRole('row').nth(1).getByRole('gridcell').first().click();
    const userPanel = page.getByRole('dialog', { name: /^Edit / });
    await userPanel.getByRole('combobox', { name: 'Assigned phone number' }).waitFor();
    await expectInViewport(page, userPanel, 'The user panel');
    await expectInViewport(page, userPanel.getByRole('button', { name: 'Update' }), 'Update in the user panel');
    await expectNoPageScroll(page, 'the user panel');
    expect(errors).toEqual([]);
  });

  browserIt("At 1280x800 the Add seat panel's buttons stay in view while its form scrolls above them", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page);
    await openApp(page, 'Bulk Manager');
    await page.getByRole('tab', { name: 'Seats' }).click();
    await page.getByRole('button', { name: 'Add seat' }).click();
    const panel = page.getByRole('dialog', { name: 'Add seat' });
    await panel.getByRole('textbox', { name: 'First name' }).waitFor();
    await expectInViewport(page, panel.getByRole('button', { name: 'Add seat' }), 'Add seat in the panel');
    await expectInViewport(page, panel.getByRole('button', { name: 'Cancel' }), 'Cancel in the panel');
    // Scrolled to the first field and to the last, the buttons stay where they are.
    await panel.getByRole('checkbox', { name: 'Send login details by SMS' }).scrollIntoViewIfNeeded();
    await expectInViewport(page, panel.getByRole('button', { name: 'Add seat' }), 'Add seat in the scrolled panel');
    await expectInViewport(page, panel.getByRole('checkbox', { name: 'Send login details by SMS' }), 'The last option');
  });

  browserIt('An empty grid shows its empty state just under its header, and the app fills the page under the host bar', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page);
    await openApp(page, 'Teams');
    await page.getByRole('heading', { name: 'Setup' }).waitFor();
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Phone Numbers' }).click();
    const grid = page.getByRole('grid', { name: 'Phone numbers' });
    await grid.getByRole('row').nth(1).waitFor();
    await page.getByRole('searchbox', { name: 'Search phone numbers' }).fill('zzzz');
    const empty = page.getByRole('heading', { name: 'No number matches “zzzz”' });
    await empty.waitFor();
    expect(await gapUnderHeader(grid, empty)).toBeLessThan(200);

    // The page is short now: the app's surface still reaches the bottom of the window.
    const app = await teams(page).boundingBox();
    expect(app && Math.round(app.y + app.height)).toBeGreaterThanOrEqual(800);

    await openApp(page, 'Bulk Manager');
    await page.getByRole('tab', { name: 'Seats' }).click();
    const seats = page.getByRole('grid', { name: 'Seats' });
    await seats.getByRole('row').nth(1).waitFor();
    await page.getByRole('searchbox', { name: 'Search seats' }).fill('zzzz');
    const noSeat = page.getByRole('heading', { name: 'No seat matches' });
    await noSeat.waitFor();
    expect(await gapUnderHeader(seats, noSeat)).toBeLessThan(200);
    const bulkManager = await page.getByRole('region', { name: 'Bulk Manager' }).boundingBox();
    expect(bulkManager && Math.round(bulkManager.y + bulkManager.height)).toBeGreaterThanOrEqual(800);
  });
});
