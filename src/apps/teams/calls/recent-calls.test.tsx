import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { UsersScreen } from '../users/users-screen';
import { formatDuration } from './format-call';
import { RecentCallsView } from './recent-calls-view';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

withMockServer();

const route = { ...mountedAt(teamsManifest, 'users') };

function holderOf(number: string): string {
  const user = mockBackend.teams('100001').users.find((item) => item.phoneNumber === number);
  if (!user) throw new Error(`Nobody has ${number}`);
  return user.displayName;
}

describe('Recent Calls', () => {
  it("opens from the user's panel, pages through the calls, and goes back to the table", async () => {
    const user = userEvent.setup();
    const { bridge, container } = renderApp(<UsersScreen />, route);
    const holder = holderOf('+12125550108');
    // The table is virtualised: search brings the user into view.
    await user.type(await screen.findByRole('searchbox', { name: 'Search users' }), holder);
    await user.click(await screen.findByRole('gridcell', { name: holder }));
    await user.click(await screen.findByRole('button', { name: 'Show Recent Calls' }));
    const heading = await screen.findByRole('heading', { name: 'Calls from/to (212) 555-0108' });
    expect(bridge.navigation.current()).toBe('/apps/teams/users/calls');
    await waitFor(() => expect(heading).toHaveFocus());
    expect(await screen.findByText('Calls 1–20 of 22')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(21);
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Calls 21–22 of 22')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('Calls 1–20 of 22')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to Users' }));
    const usersHeading = await screen.findByRole('heading', { name: 'Users' });
    await waitFor(() => expect(document.activeElement).toBe(usersHeading));
    expect(bridge.navigation.current()).toBe('/apps/teams/users');

    // Forward to the page again is a bare link: the number was forgotten when the page was left.
    bridge.navigation.navigate('/apps/teams/users/calls');
    await waitFor(() => expect(bridge.navigation.current()).toBe('/apps/teams/users'));
    expect(screen.queryByRole('heading', { name: /Calls from/ })).not.toBeInTheDocument();
  });

  it('goes back to the Users table from a bare link, with no number in the URL to show', async () => {
    const { bridge } = renderApp(<UsersScreen />, { ...route, path: '/apps/teams/users/calls' });
    await waitFor(() => expect(bridge.navigation.current()).toBe('/apps/teams/users'));
    expect(await screen.findByText('40 users.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Calls from/ })).not.toBeInTheDocument();
  });

  it('shows direction, other party, start, duration and result of each call', async () => {
    const [call] = mockBackend.teams('100001').calls['+12125550109'] ?? [];
    if (!call) throw new Error('The seed has calls for +12125550109');
    renderApp(<RecentCallsView number="+12125550109" onBack={vi.fn()} />, route);
    expect(await screen.findByText('Calls 1–2 of 2')).toBeInTheDocument();
    expect(screen.getAllByText(call.direction === 'inbound' ? 'Inbound' : 'Outbound').length).toBeGreaterThan(0);
    expect(screen.getAllByText(formatDuration(call.durationSeconds)).length).toBeGreaterThan(0);
    expect(document.querySelector(`time[datetime="${call.startedAt}"]`)).not.toBeNull();
  });

  it('says when a number has no recent calls', async () => {
    renderApp(<RecentCallsView number="+12125550125" onBack={vi.fn()} />, route);
    expect(await screen.findByText('No recent calls')).toBeInTheDocument();
  });

  it('explains a failure and offers to try again', async () => {
    mockControls.setFaults({ routes: ['listCalls'], errorRate: 1, errorStatus: 500 });
    renderApp(<RecentCallsView number="+12125550108" onBack={vi.fn()} />, route);
    expect(await screen.findByText('The calls could not be loaded', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  }, 15_000);
});

describe('formatDuration', () => {
  it('writes durations as a clock does', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(42)).toBe('0:42');
    expect(formatDuration(725)).toBe('12:05');
    expect(formatDuration(3729)).toBe('1:02:09');
  });
});
