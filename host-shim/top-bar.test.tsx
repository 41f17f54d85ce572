import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFakeBridge } from '../src/testing/fake-bridge';
import { apps } from '../src/catalogue';
import { TopBar } from './top-bar';

function renderTopBar(onNavigate: (path: string) => void = () => {}) {
  render(
    <TopBar
      session={{ bridge: createFakeBridge() }}
      catalogue={{ status: 'ready', apps }}
      locale="en"
      onLocaleChange={() => {}}
      onNavigate={onNavigate}
      onRetryCatalogue={() => {}}
    />,
  );
  return screen.getByRole('button', { name: 'Apps' });
}

const link = (name: string) => screen.getByRole('link', { name });

describe('TopBar Apps menu', () => {
  it('opens on its first item with ArrowDown and moves with arrows (wrapping), Home and End', async () => {
    const user = userEvent.setup();
    const button = renderTopBar();
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(link('Bulk Manager')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(link('Teams')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(link('Bulk Manager')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(link('Teams')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(link('Bulk Manager')).toHaveFocus();
    await user.keyboard('{End}');
    expect(link('Teams')).toHaveFocus();
  });

  it('opens on its last item with ArrowUp', async () => {
    const user = userEvent.setup();
    const button = renderTopBar();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(link('Teams')).toHaveFocus();
  });

  it('closes on Escape and puts focus back on the Apps button', async () => {
    const user = userEvent.setup();
    const button = renderTopBar();
    button.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(link('Teams')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Apps' })).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes when Tab leaves it, and Enter on an item opens that app', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    const button = renderTopBar(onNavigate);
    button.focus();
    await user.keyboard('{ArrowUp}');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Bridge conformance' })).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Apps' })).not.toBeInTheDocument();
    await user.tab({ shift: true });
    expect(button).toHaveFocus();
    await user.keyboard('{ArrowDown}{End}{Enter}');
    expect(onNavigate).toHaveBeenCalledWith('/apps/teams');
    expect(screen.queryByRole('group', { name: 'Apps' })).not.toBeInTheDocument();
  });
});
