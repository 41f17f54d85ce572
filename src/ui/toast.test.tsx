import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from './app-root';
import { Button } from './button';
import { Dialog } from './dialog';
import { expectNoAxeViolations } from './test-utils/axe';
import { ToastRegion } from './toast';
import { useToasts } from './use-toasts';

function Harness({ duration, dialogOpen = false }: { duration?: number | null; dialogOpen?: boolean }) {
  const { toasts, show, dismiss } = useToasts();
  return (
    <AppRoot>
      <Button onClick={() => show({ message: 'Seat created', kind: 'success', duration })}>Notify</Button>
      <ToastRegion toasts={toasts} onDismiss={dismiss} label="Notifications" dismissLabel="Dismiss" defaultDuration={5000} />
      <Dialog open={dialogOpen} onClose={() => {}} title="Busy" closeLabel="Close" />
    </AppRoot>
  );
}

describe('ToastRegion', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a polite live region that exists before any toast', () => {
    render(<Harness />);
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(region.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('dismisses a toast after its duration', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Notify' }));
    expect(screen.getByText('Seat created')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(5100);
    });
    expect(screen.queryByText('Seat created')).not.toBeInTheDocument();
  });

  it('pauses the timer while hovered or focused and resumes with the time left', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Notify' }));
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    await user.hover(screen.getByText('Seat created'));
    act(() => {
      vi.advanceTimersByTime(10000);
    });
    expect(screen.getByText('Seat created')).toBeInTheDocument();
    await user.unhover(screen.getByText('Seat created'));

    act(() => {
      screen.getByRole('button', { name: 'Dismiss' }).focus();
    });
    act(() => {
      vi.advanceTimersByTime(10000);
    });
    expect(screen.getByText('Seat created')).toBeInTheDocument();
    act(() => {
      screen.getByRole('button', { name: 'Dismiss' }).blur();
    });
    act(() => {
      vi.advanceTimersByTime(2100);
    });
    expect(screen.queryByText('Seat created')).not.toBeInTheDocument();
  });

  it('keeps a toast without duration until the dismiss button is used', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Harness duration={null} />);
    await user.click(screen.getByRole('button', { name: 'Notify' }));
    act(() => {
      vi.advanceTimersByTime(60000);
    });
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Seat created')).not.toBeInTheDocument();
  });

  it('stays outside the inert background while a dialog is open', () => {
    render(<Harness dialogOpen />);
    expect(screen.getByRole('region', { name: 'Notifications' }).closest('[inert]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Notify', hidden: true }).closest('[inert]')).not.toBeNull();
  });

  it('has no axe violations with a toast shown', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(<Harness duration={null} />);
    await user.click(screen.getByRole('button', { name: 'Notify' }));
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });
});
