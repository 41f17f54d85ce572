import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MOCK_BASE_URL } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { createFakeBridge } from '../../../bridge/fake-bridge';
import { AppProviders } from '../../../bridge/lifecycles';
import { allNamespaces } from '../../../i18n/namespaces';
import { TEAMS_LANGUAGE_KEY, TeamsApp } from './teams-app';

withMockServer();

afterEach(() => {
  window.localStorage.clear();
});

/** Mounts Teams as its lifecycles do, with the remembered-language key. */
function mountTeams(locale = 'en') {
  const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL, basePath: '/apps/teams', path: '/apps/teams', locale });
  const view = render(
    <AppProviders bridge={bridge} appId="teams" appName="Teams" namespaces={allNamespaces} languagePreferenceKey={TEAMS_LANGUAGE_KEY}>
      <TeamsApp />
    </AppProviders>,
  );
  return { ...view, bridge };
}

describe('Teams language selector', () => {
  it('switches the whole app at once and remembers the choice for the next mount', async () => {
    const user = userEvent.setup();
    const first = mountTeams();
    await screen.findByRole('button', { name: 'Activate' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    expect(await screen.findByRole('button', { name: 'Activer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Numéros de téléphone' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Teams' })).toHaveAttribute('lang', 'fr');
    expect(window.localStorage.getItem(TEAMS_LANGUAGE_KEY)).toBe('fr');
    first.unmount();

    mountTeams('en');
    expect(await screen.findByRole('button', { name: 'Activer' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  });

  it('follows the host locale until the user chooses, then keeps the choice', async () => {
    const user = userEvent.setup();
    const { bridge } = mountTeams('en');
    await screen.findByRole('button', { name: 'Activate' });
    act(() => bridge.host.setLocale('es'));
    expect(await screen.findByRole('button', { name: 'Activar' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'en');
    expect(await screen.findByRole('button', { name: 'Activate' })).toBeInTheDocument();
    act(() => bridge.host.setLocale('fr'));
    expect(screen.getByRole('button', { name: 'Activate' })).toBeInTheDocument();
  });
});
