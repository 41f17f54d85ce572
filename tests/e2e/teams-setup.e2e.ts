import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserIt, fillSignIn, openApp, setupBrowser, shimUrl, signIn } from './browser';

const browser = setupBrowser();

/** How long one activation step runs in mock time (mocks/handlers/teams-tenant.ts). */
const STEP_DURATION_MS = 1500;

/** The browser mocks' controls this file uses (`window.__portalMocks`, mocks/controls.ts). */
interface PageMocks {
  advanceTime(ms: number): void;
  failActivationStep(stepId: string): void;
}
type MockedWindow = { __portalMocks?: PageMocks };

/** Moves the mock backend's clock, which drives activation, instead of waiting. */
function advanceSteps(page: Page, steps: number): Promise<void> {
  return page.evaluate((ms) => (window as unknown as MockedWindow).__portalMocks?.advanceTime(ms), steps * STEP_DURATION_MS);
}

function failNextRun(page: Page, stepId: string): Promise<void> {
  return page.evaluate((id) => (window as unknown as MockedWindow).__portalMocks?.failActivationStep(id), stepId);
}

async function openTeams(page: Page) {
  await signIn(page);
  await page.getByRole('heading', { name: 'Welcome, Alex Admin' }).waitFor();
  await openApp(page, 'Teams');
  await page.getByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' }).waitFor();
}

const teams = (page: Page) => page.getByRole('region', { name: 'Teams' });
const step = (page: Page, name: string) => teams(page).getByRole('list', { name: 'Activation steps' }).getByRole('listitem').filter({ hasText: name });

describe('Teams Setup', () => {
  browserIt('activates automatically: a failed step says why, Retry carries on, and the tenant ends Active', async () => {
    const { page, errors } = browser;
    await openTeams(page);
    await failNextRun(page, 'domain-activation');
    await teams(page).getByText('Not activated').waitFor();
    await teams(page).getByRole('button', { name: 'Activate' }).click();
    await teams(page).getByText('Activation in progress').waitFor();
    await step(page, 'Consent').getByText('In progress').waitFor();

    await advanceSteps(page, 3);
    await teams(page).getByText('Activation failed').waitFor();
    expect(await step(page, 'Domain verification').getByText('Done').count()).toBe(1);
    await step(page, 'Domain activation').getByText('Why it failed: Microsoft 365 did not activate the domain.').waitFor();

    await step(page, 'Domain activation').getByRole('button', { name: 'Retry Domain activation' }).click();
    await teams(page).getByText('Activation in progress').waitFor();
    await advanceSteps(page, 3);
    await teams(page)
      .getByText(/^Your tenant is active since/)
      .waitFor();
    expect(await teams(page).getByRole('progressbar', { name: 'Activation progress' }).getAttribute('aria-valuenow')).toBe('5');
    expect(await teams(page).getByRole('button', { name: 'Activate' }).count()).toBe(0);
    await teams(page).getByRole('tab', { name: 'Advanced Options' }).click();
    expect(await teams(page).getByRole('switch', { name: 'Manual Activation' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  browserIt('takes the manual-activation path: TXT values to copy, gateways, steps left, and no automatic Activate', async () => {
    const { page, context, errors } = browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shimUrl });
    await openTeams(page);
    await teams(page).getByRole('tab', { name: 'Advanced Options' }).click();
    expect(new URL(page.url()).pathname).toBe('/apps/teams/setup/advanced');
    const manual = teams(page).getByRole('switch', { name: 'Manual Activation' });
    await manual.check();
    const domains = teams(page).getByRole('region', { name: 'Domains' });
    const firstDomain = domains.getByRole('row').filter({ hasText: 'northwindtraders.example.com' }).first();
    const code = (await firstDomain.locator('code').textContent()) ?? '';
    expect(code).toMatch(/^MS=ms\d{8}$/);
    await firstDomain.getByRole('button', { name: /^Copy the TXT value for/ }).click();
    await firstDomain.getByRole('button', { name: /^Copied/ }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(
      await teams(page)
        .getByRole('status')
        .filter({ hasText: `Copied ${code} to the clipboard.` })
        .count(),
    ).toBe(1);
    expect(
      await teams(page).getByRole('region', { name: 'PSTN gateways' }).getByRole('row').filter({ hasText: 'sbc1.northwindtraders.example.com' }).textContent(),
    ).toContain('5061');
    expect(await teams(page).getByRole('region', { name: 'Steps left' }).getByRole('listitem').count()).toBe(5);

    await teams(page).getByRole('tab', { name: 'Activation' }).click();
    await teams(page)
      .getByText(/^Manual activation is on/)
      .waitFor();
    expect(await teams(page).getByRole('button', { name: 'Activate' }).count()).toBe(0);

    // The choice is the tenant's: it is still there after a reload.
    await page.reload();
    // The host keeps tokens in memory only: a reload asks to sign in again, then returns to the page.
    await fillSignIn(page);
    await teams(page)
      .getByText(/^Manual activation is on/)
      .waitFor();
    expect(errors).toEqual([]);
  });

  browserIt("switches language at once through the host (locale.set): the host's menu and the next app follow", async () => {
    const { page, errors } = browser;
    await openTeams(page);
    await teams(page).getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await teams(page).getByRole('button', { name: 'Activer' }).waitFor();
    expect(await teams(page).getByRole('navigation', { name: 'Teams' }).getByRole('link').allTextContents()).toEqual([
      'Configuration',
      'Numéros de téléphone',
      'Utilisateurs',
    ]);
    expect(await teams(page).getAttribute('lang')).toBe('fr');
    // The language is the host's: its own selector shows the choice made in the app.
    expect(await page.getByRole('combobox', { name: 'Language', exact: true }).first().inputValue()).toBe('fr');

    // Another app in between, then Teams mounted again: both speak the host's language.
    await openApp(page, 'Bulk Manager');
    await page.locator('[data-app="bulk-manager"][lang="fr"]').waitFor();
    expect(await page.locator('[data-app="teams"]').count()).toBe(0);
    await openApp(page, 'Teams');
    await teams(page).getByRole('button', { name: 'Activer' }).waitFor();
    await teams(page).getByRole('combobox', { name: 'Langue' }).selectOption('es');
    await teams(page).getByRole('button', { name: 'Activar' }).waitFor();
    expect(errors).toEqual([]);
  });
});
