import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Menu, type MenuItem } from './menu';
import { expectNoAxeViolations } from './test-utils/axe';

function items(onSelect: (id: string) => void): MenuItem[] {
  return [
    { id: 'switch', label: 'Switch Account', onSelect: () => onSelect('switch') },
    { id: 'settings', label: 'Settings', onSelect: () => onSelect('settings'), disabled: true },
    { id: 'logout', label: 'Log out', onSelect: () => onSelect('logout'), tone: 'danger' },
  ];
}

describe('Menu', () => {
  it('opens from the keyboard on the first item and moves with arrows, Home, End and letters', async () => {
    const user = userEvent.setup();
    render(<Menu label="Northwind Traders" items={items(() => {})} />);
    const button = screen.getByRole('button', { name: 'Northwind Traders' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu', { name: 'Northwind Traders' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Switch Account' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Settings' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Switch Account' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Log out' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Switch Account' })).toHaveFocus();
    await user.keyboard('l');
    expect(screen.getByRole('menuitem', { name: 'Log out' })).toHaveFocus();
  });

  it('opens on the last item with ArrowUp', async () => {
    const user = userEvent.setup();
    render(<Menu label="Account" items={items(() => {})} />);
    await user.tab();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Log out' })).toHaveFocus();
  });

  it('chooses with Enter, closes and returns focus to the button', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Menu label="Account" items={items(onSelect)} />);
    await user.click(screen.getByRole('button', { name: 'Account' }));
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('switch');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account' })).toHaveFocus();
  });

  it('ignores disabled items and closes on Escape with focus back on the button', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Menu label="Account" items={items(onSelect)} />);
    await user.click(screen.getByRole('button', { name: 'Account' }));
    await user.click(screen.getByRole('menuitem', { name: 'Settings' }));
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('menuitem', { name: 'Settings' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account' })).toHaveFocus();
  });

  it('closes on a click outside', async () => {
    const user = userEvent.setup();
    render(
      <div>
        <Menu label="Account" items={items(() => {})} />
        <p>Elsewhere</p>
      </div>,
    );
    await user.click(screen.getByRole('button', { name: 'Account' }));
    await user.click(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('has no axe violations when open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Menu label="Account" items={items(() => {})} />);
    await user.click(screen.getByRole('button', { name: 'Account' }));
    await expectNoAxeViolations(container);
  });
});
