import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { SwitchAccountDialog } from './switch-account-dialog';

withMockServer();

async function lookUp(id: string) {
  const user = userEvent.setup();
  const onClose = vi.fn();
  const rendered = renderApp(<SwitchAccountDialog onClose={onClose} />);
  const field = await screen.findByLabelText(/Account ID/);
  await user.type(field, id);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  return { ...rendered, user, onClose, field };
}

describe('Switch Account', () => {
  it('explains a malformed ID under the field without asking the host', async () => {
    const { field, bridge } = await lookUp('12ab');
    expect(await screen.findByText('An account ID is 6 digits, for example 100002.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(bridge.account.current().id).toBe('100001');
  });

  it('says when no account has that ID', async () => {
    await lookUp('999999');
    expect(await screen.findByText('There is no account with the ID 999999.')).toBeInTheDocument();
  });

  it('says when the user has no access to the account', async () => {
    await lookUp('100003');
    expect(await screen.findByText('You do not have access to account 100003.')).toBeInTheDocument();
  });

  it('confirms with the account name, then switches through the host', async () => {
    const { user, onClose, bridge, container } = await lookUp('100002');
    expect(await screen.findByText('You are about to open Contoso Ltd (account 100002).')).toBeInTheDocument();
    await expectNoAxeViolations(container.ownerDocument.body);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(bridge.account.current()).toEqual({ id: '100002', name: 'Contoso Ltd' });
  });

  it('keeps the current account on Cancel', async () => {
    const { user, onClose, bridge } = await lookUp('100002');
    await screen.findByText(/Contoso Ltd/);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(bridge.account.current().id).toBe('100001');
  });

  it('refuses the current account under the field, without asking the host or offering to switch', async () => {
    const { field, bridge } = await lookUp('100001');
    expect(await screen.findByText('Northwind Traders (account 100001) is already the current account.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/Current account: Northwind Traders \(100001\)\./);
    expect(screen.queryByRole('dialog', { name: 'Switch to this account?' })).not.toBeInTheDocument();
    expect(bridge.account.current().id).toBe('100001');
  });

  it('goes Back from the confirmation to the field, with the ID kept and focused, and can then look up another', async () => {
    const { user, bridge, onClose } = await lookUp('100002');
    const confirm = await screen.findByRole('dialog', { name: 'Switch to this account?' });
    await user.click(within(confirm).getByRole('button', { name: 'Back' }));
    const field = await screen.findByLabelText(/Account ID/);
    expect(screen.getByRole('dialog', { name: 'Switch Account' })).toBeInTheDocument();
    expect(field).toHaveValue('100002');
    expect(field).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
    expect(bridge.account.current().id).toBe('100001');
    await user.clear(field);
    await user.type(field, '100003');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('You do not have access to account 100003.')).toBeInTheDocument();
  });
});
