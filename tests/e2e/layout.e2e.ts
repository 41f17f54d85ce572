import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, openApp, setupBrowser, signIn } from './browser';
import { fillTemplate, setupWorkDir } from './bulk-files';
import { axeViolations, focusIsLost, layoutProblems } from './layout-check';

const browser = setupBrowser();
const workDir = setupWorkDir('layout-e2e-');

/** Screenshots kept by the run (test-results/ is not committed), for a person to look at. */
const SCREENS = path.resolve('test-results/screens');
const WIDTHS = [320, 1280, 1440] as const;
const LANGUAGES = ['en', 'fr'] as const;
type Language = (typeof LANGUAGES)[number];

/** A text of the apps in `language`, read from the locale file, so the walk names controls as a user of that language reads them. */
function text(language: Language, file: string, key: string): string {
  const texts = JSON.parse(readFileSync(path.resolve(`src/i18n/locales/${language}/${file}.json`), 'utf8')) as Record<string, unknown>;
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), texts);
  if (typeof value !== 'string') throw new Error(`No text ${file}:${key} in ${language}`);
  return value;
}

/** Moves inside the portal as a link would (single-spa reroutes on pushState). */
async function go(page: Page, route: string) {
  await page.evaluate((to) => window.history.pushState(null, '', to), route);
}

/** The page once it has settled: no loading text left in the app, fonts and images painted. */
async function settled(page: Page) {
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-app] [aria-busy="true"]') &&
      !/(Loading|Chargement|Cargando)/.test(document.querySelector('[data-app]')?.textContent ?? ''),
    undefined,
    { timeout: 15_000 },
  );
  await page.evaluate(() => document.fonts.ready);
}

interface Screen {
  name: string;
  /** Opens the screen (and its dialog) from the app's current state. */
  open(page: Page, language: Language): Promise<void>;
  /** Closes what `open` opened, so the next screen starts from the app. */
  close?(page: Page): Promise<void>;
}

const closeDialog = async (page: Page) => {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
};

const bulkScreens: Screen[] = [
  { name: 'configuration', open: (page) => go(page, '/apps/bulk-manager/configuration') },
  {
    name: 'preview',
    open: async (page, language) => {
      await go(page, '/apps/bulk-manager/configuration');
      if ((await page.getByRole('grid').count()) > 0) return;
      const file = path.join(workDir.path, 'layout.csv');
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
      await fs.writeFile(
        file,
        fillTemplate(header, 30, {
          tag: 'layout',
          lastName: 'Walk',
          firstExtension: 7800,
          spoil: (row, n) => (n === 3 ? Object.assign(row, { Email: 'not-an-email', 'Address Book': 'Maybe' }) : undefined),
        }),
        'utf8',
      );
      await page.getByRole('button', { name: text(language, 'bulk-configuration', 'configuration.uploadFile') }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type="file"]').setInputFiles(file);
      await dialog.getByRole('button', { name: text(language, 'bulk-configuration', 'configuration.upload.submit'), exact: true }).click();
      await dialog.waitFor({ state: 'detached', timeout: 30_000 });
      await page.getByRole('grid').waitFor();
    },
  },
  { name: 'seats', open: (page) => go(page, '/apps/bulk-manager/seats') },
  {
    name: 'add-seat',
    open: async (page, language) => {
      await go(page, '/apps/bulk-manager/seats');
      await page.getByRole('button', { name: text(language, 'bulk-seats', 'seats.add.open'), exact: true }).click();
      await page.getByRole('dialog').waitFor();
    },
    close: closeDialog,
  },
  { name: 'event-logs', open: (page) => go(page, '/apps/bulk-manager/event-logs') },
  {
    name: 'job-details',
    open: async (page) => {
      await go(page, '/apps/bulk-manager/event-logs');
      await page.getByRole('gridcell', { name: 'northwind-onboarding.csv' }).first().click();
      await page.getByRole('dialog').waitFor();
    },
    close: closeDialog,
  },
];

const teamsScreens: Screen[] = [
  { name: 'setup', open: (page) => go(page, '/apps/teams/setup') },
  { name: 'phone-numbers', open: (page) => go(page, '/apps/teams/phone-numbers') },
  {
    name: 'buy',
    open: async (page, language) => {
      await go(page, '/apps/teams/phone-numbers');
      await page
        .getByRole('button', { name: text(language, 'teams-setup', 'numbers.buyButton'), exact: true })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
    },
    close: closeDialog,
  },
  { name: 'users', open: (page) => go(page, '/apps/teams/users') },
  {
    name: 'user-panel',
    open: async (page) => {
      await go(page, '/apps/teams/users');
      await page.getByRole('gridcell', { name: 'Benoît Bauer' }).click();
      await page.getByRole('dialog').waitFor();
    },
    close: closeDialog,
  },
];

/** Every screen at every width in every language: the layout check, axe with contrast, focus, a screenshot. */
async function walk(page: Page, app: string, screens: readonly Screen[]): Promise<string[]> {
  const found: string[] = [];
  for (const language of LANGUAGES) {
    await page.locator('header').getByLabel('Language').selectOption(language);
    await page.locator(`[data-app][lang="${language}"]`).first().waitFor();
    for (const screen of screens) {
      await page.setViewportSize({ width: 1280, height: 860 });
      await screen.open(page, language);
      await settled(page);
      if (screen.close && (await focusIsLost(page))) found.push(`${app} ${screen.name} (${language}): focus on the page body once opened`);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 860 });
        await page.evaluate(() => new Promise(requestAnimationFrame));
        const where = `${app} ${screen.name} at ${width} px (${language})`;
        for (const problem of await layoutProblems(page)) found.push(`${where}: ${problem}`);
        if (width !== 1440) for (const violation of await axeViolations(page)) found.push(`${where}: axe ${violation}`);
        await page.screenshot({ path: path.join(SCREENS, `${app}-${screen.name}-${language}-${width}.png`), fullPage: true });
      }
      if (screen.close) {
        await page.setViewportSize({ width: 1280, height: 860 });
        await screen.close(page);
        if (await focusIsLost(page)) found.push(`${app} ${screen.name} (${language}): focus on the page body once closed`);
      }
    }
  }
  await page.locator('header').getByLabel('Language').selectOption('en');
  return found;
}

describe('Every screen as it is painted', () => {
  browserIt(
    'Bulk Manager: no sideways scroll, every cell in its row, no cut text, no overlap, focus kept, axe clean with contrast, at 320, 1280 and 1440 px in English and French',
    async () => {
      const { page, errors } = browser;
      await fs.mkdir(SCREENS, { recursive: true });
      await signIn(page);
      await openApp(page, 'Bulk Manager');
      await page.locator('[data-app="bulk-manager"]').waitFor();
      expect(await walk(page, 'bulk-manager', bulkScreens)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  browserIt('Teams: the same checks on Setup, Phone Numbers, Buy, Users and the user panel', async () => {
    const { page, errors } = browser;
    await fs.mkdir(SCREENS, { recursive: true });
    await signIn(page);
    await openApp(page, 'Teams');
    await page.locator('[data-app="teams"]').waitFor();
    expect(await walk(page, 'teams', teamsScreens)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
