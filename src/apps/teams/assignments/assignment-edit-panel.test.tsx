import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MOCK_BASE_URL, mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { demoCredentials } from '../../../testing/fake-bridge';
import { login } from '../../../host/http-auth';
import { AppProviders } from '../../../runtime/lifecycles';
import { allNamespaces } from '../../../i18n/namespaces';
import type { TeamsUser } from '../../../contract';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { AssignmentEditPanel } from './assignment-edit-panel';
import type { AssignmentTarget } from './assignment-target';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

withMockServer();

function seededUser(displayName: string): TeamsUser {
  const user = mockBackend.teams('100001').users.find((item) => item.displayName === displayName);
  if (!user) throw new Error(`No seeded user ${displayName}`);
  return { ...user };
}

function renderPanel(target: AssignmentTarget) {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  const rendered = renderApp(<AssignmentEditPanel target={target} onClose={onClose} onSaved={onSaved} />, { ...mountedAt(teamsManifest, 'users') });
  return { ...rendered, onClose, onSaved, user: userEvent.setup() };
}

const phoneSelect = () => screen.findByRole('combobox', { name: 'Assigned phone number' });
const failoverField = () => screen.getByRole('textbox', { name: 'Failover phone number' });

describe('the assignment edit panel', () => {
  it("shows the user's number and failover number, and is accessible", async () => {
    const { container } = renderPanel({ kind: 'user', user: seededUser("Alex O'Brien") });
    expect(screen.getByRole('dialog', { name: "Edit Alex O'Brien" })).toBeInTheDocument();
    expect(await phoneSelect()).toHaveValue('+12125550102');
    expect(failoverField()).toHaveValue('(212) 555-0103');
    expect(screen.getByRole('button', { name: 'Update' })).toBeDisabled();
    // The panel's main action looks like one.
    expect(screen.getByRole('button', { name: 'Update' })).toHaveClass('primary');
    expect(screen.queryByRole('checkbox', { name: 'Clear old phone number failover number' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container.ownerDocument.body);
  });

  it("names other users' numbers and can hide every assigned number", async () => {
    const { user } = renderPanel({ kind: 'user', user: seededUser("Alex O'Brien") });
    const select = await phoneSelect();
    expect(within(select).getByRole('option', { name: '(212) 555-0100, assigned to Uma Quintero' })).toBeDisabled();
    expect(within(select).getByRole('option', { name: '(212) 555-0128' })).toBeEnabled();
    await user.click(screen.getByRole('checkbox', { name: 'Only show unassigned numbers' }));
    expect(within(select).queryByRole('option', { name: /Uma Quintero/ })).not.toBeInTheDocument();
    // The user's own number stays in the list.
    expect(within(select).getByRole('option', { name: '(212) 555-0102' })).toBeInTheDocument();
  });

  it('offers to clear the old failover number only when the number changes, and sends it', async () => {
    const { user, onSaved } = renderPanel({ kind: 'user', user: seededUser("Alex O'Brien") });
    const select = await phoneSelect();
    await user.selectOptions(select, '+12125550129');
    const clear = screen.getByRole('checkbox', { name: 'Clear old phone number failover number' });
    await user.click(clear);
    expect(failoverField()).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '+12125550129', failoverNumber: null })));
    // Dana Nguyen's failover was Alex's old number; with the box ticked she loses it.
    expect(mockBackend.teams('100001').users.find((item) => item.displayName === 'Dana Nguyen')?.failoverNumber).toBeNull();
  });

  it('refuses an invalid failover number under the field, without calling the server', async () => {
    const { user, onSaved } = renderPanel({ kind: 'user', user: seededUser('Alex Nguyen') });
    await phoneSelect();
    await user.type(failoverField(), '555-12');
    await user.click(screen.getByRole('button', { name: 'Update' }));
    expect(await screen.findByText('Enter a valid phone number, for example (415) 555-0142 or +44 20 7946 0000.')).toBeInTheDocument();
    expect(failoverField()).toHaveAttribute('aria-invalid', 'true');
    expect(failoverField()).toHaveFocus();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('accepts a failover number abroad', async () => {
    const { user, onSaved } = renderPanel({ kind: 'user', user: seededUser('Alex Nguyen') });
    await phoneSelect();
    await user.type(failoverField(), '+44 20 7946 0000');
    await user.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ failoverNumber: '+442079460000' })));
  });

  it("shows the server's refusal on the phone number field", async () => {
    const { user, onSaved } = renderPanel({ kind: 'user', user: seededUser('Benoît Bauer') });
    await user.selectOptions(await phoneSelect(), '+12125550128');
    // Someone else takes the number while the panel is open.
    const other = mockBackend.teams('100001').users.find((item) => item.displayName === 'Chen Vargas');
    if (other) other.phoneNumber = '+12125550128';
    await user.click(screen.getByRole('button', { name: 'Update' }));
    expect(await screen.findByText('This number is already assigned to another user. Remove it from that user first.')).toBeInTheDocument();
    expect(await phoneSelect()).toHaveAttribute('aria-invalid', 'true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says why a save failed when the server is down, and keeps the form', async () => {
    const { user } = renderPanel({ kind: 'user', user: seededUser('Benoît Bauer') });
    await user.selectOptions(await phoneSelect(), '+12125550128');
    mockControls.setFaults({ routes: ['updateAssignment'], errorRate: 1, errorStatus: 500 });
    await user.click(screen.getByRole('button', { name: 'Update' }));
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('The server had a problem. Try again in a moment.');
    expect(await phoneSelect()).toHaveValue('+12125550128');
  }, 15_000);

  it("opened on an assigned number, edits that number's user", async () => {
    renderPanel({ kind: 'number', number: '+12125550102' });
    expect(await screen.findByRole('dialog', { name: "Edit Alex O'Brien" })).toBeInTheDocument();
    expect(await phoneSelect()).toHaveValue('+12125550102');
    expect(screen.getByRole('button', { name: 'Show Recent Calls' })).toBeInTheDocument();
  });

  it('opened on a spare number, lets the admin choose whom to give it to', async () => {
    const { user, onSaved } = renderPanel({ kind: 'number', number: '+13125550100' });
    expect(await screen.findByText('This number is not assigned to a user.')).toBeInTheDocument();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'User' }), seededUser('Benoît Bauer').id);
    expect(await phoneSelect()).toHaveValue('+13125550100');
    await user.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ displayName: 'Benoît Bauer', phoneNumber: '+13125550100' })));
  });

  it('explains when the numbers cannot be loaded', async () => {
    mockControls.setFaults({ routes: ['listNumbers'], errorRate: 1, errorStatus: 503 });
    renderPanel({ kind: 'user', user: seededUser('Alex Nguyen') });
    expect(await screen.findByText('The numbers could not be loaded', {}, { timeout: 10_000 })).toBeInTheDocument();
  }, 15_000);

  it('closes at once on Escape when nothing was changed', async () => {
    const { user, onClose } = renderPanel({ kind: 'user', user: seededUser('Alex Nguyen') });
    await phoneSelect();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('asks before Escape or the close button drop unsaved edits; Keep editing and Escape keep them', async () => {
    const { user, onClose } = renderPanel({ kind: 'user', user: seededUser('Alex Nguyen') });
    await phoneSelect();
    await user.type(failoverField(), '+44 20 7946 0000');

    await user.keyboard('{Escape}');
    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    expect(question).toHaveAccessibleDescription('The numbers you changed are not saved yet.');
    expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await expectNoAxeViolations(document.body);
    // Escape on the question keeps editing, and does not close the panel underneath.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(failoverField()).toHaveValue('+44 20 7946 0000');
    expect(failoverField()).toHaveFocus();

    const panel = screen.getByRole('dialog', { name: 'Edit Alex Nguyen' });
    const closeButton = within(panel).getAllByRole('button', { name: 'Close' })[0];
    if (!closeButton) throw new Error('The panel has no close button');
    await user.click(closeButton);
    const again = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    // Tab stays inside the question.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(again).toContainElement(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    await user.click(within(again).getByRole('button', { name: 'Keep editing' }));
    expect(onClose).not.toHaveBeenCalled();
    expect(closeButton).toHaveFocus();
    expect(failoverField()).toHaveValue('+44 20 7946 0000');
  });

  it('closes after Discard changes, with focus back in the panel first so its opener gets it next', async () => {
    const { user, onClose, onSaved } = renderPanel({ kind: 'user', user: seededUser('Alex Nguyen') });
    await user.selectOptions(await phoneSelect(), '+12125550128');
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Edit Alex Nguyen' })).toContainElement(
      document.activeElement instanceof HTMLElement ? document.activeElement : null,
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('does not ask once the edits are undone', async () => {
    const { user, onClose } = renderPanel({ kind: 'user', user: seededUser('Alex Nguyen') });
    await phoneSelect();
    await user.type(failoverField(), '5');
    await user.clear(failoverField());
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('stops saying the session expired once the user signs in again, and saves the kept edits on Update', async () => {
    const { user, bridge, onSaved } = renderPanel({ kind: 'user', user: seededUser('Benoît Bauer') });
    await user.selectOptions(await phoneSelect(), '+12125550128');
    act(() => mockControls.expireSessions());
    await user.click(screen.getByRole('button', { name: 'Update' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has expired. Sign in again to continue.');
    expect(bridge.session.current().status).toBe('expired');

    const signedIn = await login(MOCK_BASE_URL, demoCredentials);
    if (!signedIn.ok) throw new Error('sign-in failed');
    act(() => bridge.host.renewSession(signedIn.tokens));
    expect(await screen.findByRole('status')).toHaveTextContent('You are signed in again. Your changes are kept: select Update to save them.');
    expect(screen.queryByText(/Your session has expired/)).not.toBeInTheDocument();
    expect(await phoneSelect()).toHaveValue('+12125550128');

    await user.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ displayName: 'Benoît Bauer', phoneNumber: '+12125550128' })));
  });

  it('loads the numbers again by itself when their loading failed for an expired session and the user signs in again', async () => {
    // Signed in, then the session ends on the server before the panel opens.
    const { bridge, rerender } = renderApp(<p>Users</p>, { ...mountedAt(teamsManifest, 'users') });
    await bridge.session.getAccessToken();
    act(() => mockControls.expireSessions());
    rerender(
      <AppProviders bridge={bridge} appId="test-app" appName="Test App" namespaces={allNamespaces}>
        <AssignmentEditPanel target={{ kind: 'user', user: seededUser('Alex Nguyen') }} onClose={vi.fn()} onSaved={vi.fn()} />
      </AppProviders>,
    );
    expect(await screen.findByText('Your session has expired. Sign in again to continue.')).toBeInTheDocument();
    expect(bridge.session.current().status).toBe('expired');
    const signedIn = await login(MOCK_BASE_URL, demoCredentials);
    if (!signedIn.ok) throw new Error('sign-in failed');
    act(() => bridge.host.renewSession(signedIn.tokens));
    expect(await phoneSelect()).toBeInTheDocument();
    expect(screen.queryByText(/Your session has expired/)).not.toBeInTheDocument();
  });
});
