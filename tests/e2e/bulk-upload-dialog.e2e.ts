import fs from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, openApp, setupBrowser, signIn } from './browser';
import { fillTemplate, setupWorkDir } from './bulk-files';

const browser = setupBrowser();
const workDir = setupWorkDir('bulk-upload-dialog-e2e-');

/** The browser mocks' controls this file uses (`window.__portalMocks`, mocks/controls.ts). */
interface PageMocks {
  setFaults(rules: { routes?: string[]; latencyMs?: number }[]): void;
  clearFaults(): void;
}
type MockedWindow = { __portalMocks?: PageMocks };

/** Whether the focused element is inside a dialog, and what it is (for the failure message). */
const focusInDialog = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inside = active instanceof HTMLElement && active.closest('[role="dialog"]') !== null;
    return { inside, element: active ? `${active.tagName.toLowerCase()} ${active.textContent?.trim().slice(0, 40) ?? ''}` : 'none' };
  });

/** Tabs forwards and backwards round the dialog more times than it has stops: focus never leaves it. */
async function tabAround(page: Page, dialog: Locator) {
  const visited = new Set<string>();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let step = 0; step < 10; step += 1) {
      await page.keyboard.press(key);
      const focus = await focusInDialog(page);
      expect(focus, `${key} #${step + 1} left the dialog for ${focus.element}`).toMatchObject({ inside: true });
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
      visited.add(focus.element);
    }
  }
  return visited;
}

async function closeWithEscape(page: Page, dialog: Locator) {
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Upload file');
}

async function writeFile(name: string, text: string): Promise<string> {
  const file = path.join(workDir.path, name);
  await fs.writeFile(file, text, 'utf8');
  return file;
}

describe('Bulk Manager: the Upload file dialog keeps focus', () => {
  browserIt('Tab stays inside and Escape closes it back to Upload file: with nothing chosen, after a failed file, and while a file is read', async () => {
    const { page, errors } = browser;
    await signIn(page);
    await openApp(page, 'Bulk Manager');
    await page.getByText('The seat template has 12 columns.').waitFor();
    const opener = page.getByRole('button', { name: 'Upload file' });
    const dialog = page.getByRole('dialog', { name: 'Upload file' });

    await opener.click();
    await dialog.waitFor();
    await tabAround(page, dialog);
    await closeWithEscape(page, dialog);

    // A file that cannot be imported: its reason under the file, Upload disabled, focus still inside.
    await opener.focus();
    await page.keyboard.press('Enter');
    await dialog.getByLabel(/Browse files/).setInputFiles(await writeFile('empty.csv', ''));
    await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
    await dialog.getByText('The file is empty.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Upload', exact: true }).isDisabled()).toBe(true);
    expect(await focusInDialog(page)).toMatchObject({ inside: true });
    const stops = await tabAround(page, dialog);
    // The stops of the failed state: the file's Remove, Cancel and the close button at least.
    expect(stops.size).toBeGreaterThanOrEqual(3);
    await closeWithEscape(page, dialog);

    // While a file is read (the account check held back): Escape stops the read and closes.
    await page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.setFaults([{ routes: ['validateSeats'], latencyMs: 5000 }]));
    const header = [
      'First Name',
      'Last Name',
      'Email',
      'Extension',
      'Site',
      'Direct Number',
      'Mobile Number',
      'Role',
      'Device Model',
      'MAC Address',
      'Caller ID Name',
      'Address Book',
    ];
    await opener.click();
    await dialog
      .getByLabel(/Browse files/)
      .setInputFiles(await writeFile('slow.csv', fillTemplate(header, 5, { tag: 'focus', lastName: 'Tester', firstExtension: 7400 })));
    await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
    await dialog.getByRole('progressbar').waitFor();
    await tabAround(page, dialog);
    await closeWithEscape(page, dialog);
    await page.evaluate(() => (window as unknown as MockedWindow).__portalMocks?.clearFaults());
    expect(await page.getByRole('heading', { name: /^Preview of/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
