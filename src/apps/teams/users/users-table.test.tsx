import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MOCK_BASE_URL, mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { demoCredentials } from '../../../testing/fake-bridge';
import { login } from '../../../host/http-auth';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { visuallyHiddenClassName } from '../../../ui/visually-hidden';
import { UsersScreen } from './users-screen';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

withMockServer();

const route = { ...mountedAt(teamsManifest, 'users') };

function renderUsers(options: { locale?: string } = {}) {
  return renderApp(<UsersScreen />, { ...route, ...options });
}

async function rowOf(name: string) {
  const cell = await screen.findByRole('gridcell', { name });
  const row = cell.closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`No row for ${name}`);
  return row;
}

describe('Users', () => {
  it('labels its search field with a visible label, not only a placeholder', async () => {
    renderUsers();
    const field = await screen.findByRole('searchbox', { name: 'Search users' });
    const label = screen.getByText('Search users', { selector: 'label' });
    expect(label).not.toHaveClass(visuallyHiddenClassName);
    expect(screen.getByLabelText('Search users')).toBe(field);
  });

  it('lists the users with their numbers in national format, and says how many there are', async () => {
    const { container } = renderUsers();
    expect(await screen.findByText('40 users.')).toBeInTheDocument();
    const row = await rowOf("Alex O'Brien");
    expect(within(row).getByText('alex.obrien@northwindtraders.example.com')).toBeInTheDocument();
    expect(await within(row).findByText('(212) 555-0102')).toBeInTheDocument();
    expect(within(row).getByText('(212) 555-0103')).toBeInTheDocument();
    expect(within(await rowOf('Benoît Bauer')).getAllByText('None')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('searches by name or number on the server', async () => {
    const user = userEvent.setup();
    renderUsers();
    await screen.findByText('40 users.');
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), '555-0109');
    expect(await screen.findByText('1 user matches.')).toBeInTheDocument();
    expect(screen.getByRole('gridcell', { name: 'Alex Nguyen' })).toBeInTheDocument();
    expect(screen.queryByRole('gridcell', { name: "Alex O'Brien" })).not.toBeInTheDocument();
  });

  it('says when nothing matches the search', async () => {
    const user = userEvent.setup();
    renderUsers();
    await screen.findByText('40 users.');
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'nobody-here');
    expect(await screen.findByText('No user matches “nobody-here”')).toBeInTheDocument();
  });

  it('says when the tenant has no users yet', async () => {
    mockBackend.teams('100001').users = [];
    renderUsers();
    expect(await screen.findByText('No users yet')).toBeInTheDocument();
  });

  it('explains a failure to load and loads again on Try again', async () => {
    mockControls.setFaults({ routes: ['listTeamsUsers'], errorRate: 1, errorStatus: 500 });
    const user = userEvent.setup();
    renderUsers();
    expect(await screen.findByText('The users could not be loaded', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('The server had a problem. Try again in a moment.')).toBeInTheDocument();
    mockControls.clearFaults();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('40 users.')).toBeInTheDocument();
  }, 15_000);

  it('searches again by itself once the user signs in again after the session expired', async () => {
    const user = userEvent.setup();
    const { bridge } = renderUsers();
    await screen.findByText('40 users.');
    act(() => mockControls.expireSessions());
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), '555-0109');
    expect(await screen.findByText('Your session has expired. Sign in again to continue.')).toBeInTheDocument();
    const signedIn = await login(MOCK_BASE_URL, demoCredentials);
    if (!signedIn.ok) throw new Error('sign-in failed');
    act(() => bridge.host.renewSession(signedIn.tokens));
    expect(await screen.findByText('1 user matches.')).toBeInTheDocument();
    expect(screen.getByRole('gridcell', { name: 'Alex Nguyen' })).toBeInTheDocument();
    expect(screen.queryByText(/Your session has expired/)).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderUsers({ locale: 'fr' });
    expect(await screen.findByText('40 utilisateurs.')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Numéro de secours' })).toBeInTheDocument();
  });

  it('opens the edit panel on a user, and shows a saved number and failover number in the table', async () => {
    const user = userEvent.setup();
    const { bridge } = renderUsers();
    await user.click(await screen.findByRole('gridcell', { name: 'Benoît Bauer' }));
    const panel = await screen.findByRole('dialog', { name: 'Edit Benoît Bauer' });
    const failover = within(panel).getByRole('textbox', { name: 'Failover phone number' });
    expect(failover).toBeDisabled();
    await user.selectOptions(await within(panel).findByRole('combobox', { name: 'Assigned phone number' }), '+12125550128');
    expect(failover).toBeEnabled();
    await user.type(failover, '(628) 555-0177');
    await user.click(within(panel).getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = await rowOf('Benoît Bauer');
    expect(await within(row).findByText('(212) 555-0128')).toBeInTheDocument();
    expect(within(row).getByText('(628) 555-0177')).toBeInTheDocument();
    expect(mockBackend.teams('100001').users.find((item) => item.displayName === 'Benoît Bauer')).toMatchObject({
      phoneNumber: '+12125550128',
      failoverNumber: '+16285550177',
    });
    expect(bridge.host.notifications).toContainEqual({ kind: 'success', message: "Benoît Bauer's numbers were updated." });
  });
});
