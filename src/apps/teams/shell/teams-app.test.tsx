import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { MOCK_BASE_URL } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { createFakeBridge } from '../../../testing/fake-bridge';
import { AppProviders } from '../../../runtime/lifecycles';
import { allNamespaces } from '../../../i18n/namespaces';
import { TeamsApp } from './teams-app';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

withMockServer();

/** Mounts Teams as its lifecycles do; `ownsLanguage` is a host without locale.set (before contract 1.2). */
function mountTeams(locale = 'en', { ownsLanguage = false } = {}) {
  const fake = createFakeBridge({ baseUrl: MOCK_BASE_URL, ...mountedAt(teamsManifest), locale });
  const bridge = ownsLanguage ? { ...fake, locale: { current: fake.locale.current, subscribe: fake.locale.subscribe } } : fake;
  render(
    <AppProviders bridge={bridge} appId="teams" appName="Teams" namespaces={allNamespaces}>
      <TeamsApp />
    </AppProviders>,
  );
  return fake;
}

describe('Teams language selector', () => {
  it("changes the host's language, not only the app's, and the app follows the host", async () => {
    const user = userEvent.setup();
    const bridge = mountTeams();
    const heard: string[] = [];
    bridge.locale.subscribe((locale) => heard.push(locale));
    await screen.findByRole('button', { name: 'Activate' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    expect(bridge.locale.current()).toBe('fr');
    expect(heard).toEqual(['fr']);
    expect(await screen.findByRole('button', { name: 'Activer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Numéros de téléphone' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Teams' })).toHaveAttribute('lang', 'fr');
  });

  it("shows the host's later change of language in the selector", async () => {
    const bridge = mountTeams('en');
    await screen.findByRole('button', { name: 'Activate' });
    act(() => bridge.host.setLocale('es'));
    expect(await screen.findByRole('button', { name: 'Activar' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
  });

  it('is not offered when the host keeps the language to itself (no locale.set), and the app still follows the host', async () => {
    const bridge = mountTeams('en', { ownsLanguage: true });
    await screen.findByRole('button', { name: 'Activate' });
    expect(screen.queryByRole('combobox', { name: 'Language' })).not.toBeInTheDocument();
    act(() => bridge.host.setLocale('fr'));
    expect(await screen.findByRole('button', { name: 'Activer' })).toBeInTheDocument();
  });
});

describe('Teams side menu in a narrow window', () => {
  it('is a disclosure: the Menu button says whether it is open, a chosen page closes it, Escape returns to the button', async () => {
    const user = userEvent.setup();
    mountTeams();
    await screen.findByRole('button', { name: 'Activate' });
    const toggle = screen.getByRole('button', { name: 'Menu' });
    const menu = screen.getByRole('navigation', { name: 'Teams' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', menu.id);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('link', { name: 'Users' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    screen.getByRole('link', { name: 'Setup' }).focus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
