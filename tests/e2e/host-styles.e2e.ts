import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, openApp, setupBrowser, signIn } from './browser';

const browser = setupBrowser();

/**
 * What a careless or hostile host page sets: every inherited text property on `*`, boxes on elements.
 * The element rules are written `:where([data-app]) div`, of the same specificity as `div`, so that
 * they do not also narrow the host's own layout around the app (which would move auto margins).
 */
const hostileSheet = `
* { color: red; font: 20px serif; line-height: 3; letter-spacing: 2px; text-transform: uppercase; direction: rtl; text-align: center; word-spacing: 6px; text-indent: 10px; }
:where([data-app]) :is(button, input) { margin: 7px; padding: 9px; border: 3px dashed lime; background: yellow; border-radius: 12px; appearance: none; box-sizing: content-box; }
:where([data-app]) :is(table, div) { margin: 5px; padding: 5px; border: 2px solid purple; background: pink; box-sizing: content-box; }
:where([data-app]) :is(h1, h2, h3) { margin: 30px; padding: 4px; border-bottom: 4px solid orange; font-size: 40px; }
:where([data-app]) :is(p, li, label) { margin: 11px; padding: 6px; background: cyan; list-style: square; }
:where([data-app]) a { color: green; border: 1px solid green; padding: 3px; }
`;

const properties = [
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'direction',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-bottom-width',
  'border-left-width',
  'border-radius',
  'background-color',
  'box-sizing',
  'list-style-type',
  'appearance',
] as const;

/** The computed styles of every element of the apps (dialogs and panels are portalled inside them). */
function snapshot(page: Page): Promise<string[]> {
  return page.evaluate(
    (names) => {
      const rows: string[] = [];
      document.querySelectorAll('[data-app], [data-app] *').forEach((element, index) => {
        const style = getComputedStyle(element);
        const label = `${index} <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;
        rows.push(`${label} ${names.map((name) => `${name}: ${style.getPropertyValue(name)}`).join('; ')}`);
      });
      return rows;
    },
    [...properties],
  );
}

/** Takes the screen's styles on the clean page, adds the hostile sheet, and lists what changed. */
async function hostChanges(page: Page): Promise<string[]> {
  // The pointer rests where the last click was: a moved layout would change what it hovers.
  await page.mouse.move(1279, 859);
  await page.waitForTimeout(300);
  const clean = await snapshot(page);
  expect(clean.length).toBeGreaterThan(10);
  const sheet = await page.addStyleTag({ content: hostileSheet });
  const hostile = await snapshot(page);
  await sheet.evaluate((element) => (element as HTMLStyleElement).remove());
  const changed: string[] = [];
  clean.forEach((row, index) => {
    const other = hostile[index] ?? '(missing)';
    if (other !== row) {
      const before = row.split('; ');
      const after = other.split('; ');
      changed.push(`${row.slice(0, row.indexOf('>') + 1)} ${after.filter((part, at) => part !== before[at]).join('; ')}`);
    }
  });
  return changed;
}

describe('a host style sheet', () => {
  browserIt('changes nothing in Bulk Manager: each tab, the Add seat panel and a dialog', async () => {
    const { page } = browser;
    await signIn(page);
    await openApp(page, 'Bulk Manager');
    await page
      .getByText(/Download CSV template/)
      .first()
      .waitFor();
    expect(await hostChanges(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Seats' }).click();
    await page.getByRole('grid', { name: 'Seats' }).getByRole('row').nth(1).waitFor();
    expect(await hostChanges(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add seat' }).click();
    await page.getByRole('dialog', { name: 'Add seat' }).waitFor();
    expect(await hostChanges(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Event logs' }).click();
    await page.waitForTimeout(500);
    expect(await hostChanges(page)).toEqual([]);
  });

  browserIt('changes nothing in Teams: setup, phone numbers, the Buy dialog and users', async () => {
    const { page } = browser;
    await signIn(page);
    await openApp(page, 'Teams');
    await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
    expect(await hostChanges(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Phone Numbers' }).click();
    await page.getByRole('grid', { name: 'Phone numbers' }).getByRole('row').nth(1).waitFor();
    expect(await hostChanges(page)).toEqual([]);
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await page.getByRole('dialog', { name: 'Buy phone numbers' }).waitFor();
    expect(await hostChanges(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Teams' }).getByRole('link', { name: 'Users' }).click();
    await page.waitForTimeout(500);
    expect(await hostChanges(page)).toEqual([]);
  });
});
