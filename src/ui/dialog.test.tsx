import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppRoot } from './app-root';
import { Button } from './button';
import { Dialog } from './dialog';
import { SidePanel } from './side-panel';
import { expectNoAxeViolations } from './test-utils/axe';
import { TextField } from './text-field';

function Harness({ focusCancel = false, backdrop = false, returnFocus }: { focusCancel?: boolean; backdrop?: boolean; returnFocus?: () => boolean }) {
  const [open, setOpen] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <AppRoot>
      <main>
        <Button onClick={() => setOpen(true)}>Switch account</Button>
      </main>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Switch account"
        description="Enter the ID of the account to open."
        closeLabel="Close"
        closeOnBackdropClick={backdrop}
        initialFocusRef={focusCancel ? cancelRef : undefined}
        returnFocus={returnFocus}
        footer={
          <>
            <Button ref={cancelRef} onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="primary">Next</Button>
          </>
        }
      >
        <TextField label="Account ID" />
      </Dialog>
    </AppRoot>
  );
}

describe('Dialog', () => {
  it('opens named and described, focuses the first field and makes the app behind inert', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    const dialog = screen.getByRole('dialog', { name: 'Switch account' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Enter the ID of the account to open.');
    expect(screen.getByRole('textbox', { name: 'Account ID' })).toHaveFocus();
    expect(screen.getByRole('main', { hidden: true }).closest('[inert]')).not.toBeNull();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('closes on Escape, restores the background and returns focus to the opener', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Switch account' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(opener.closest('[inert]')).toBeNull();
  });

  it('does not send focus back to the opener when the caller says it moves focus itself', async () => {
    const user = userEvent.setup();
    render(<Harness returnFocus={() => false} />);
    const opener = screen.getByRole('button', { name: 'Switch account' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).not.toHaveFocus();
    expect(opener.closest('[inert]')).toBeNull();
  });

  it('closes with the close button and honours an initial focus target', async () => {
    const user = userEvent.setup();
    render(<Harness focusCancel />);
    const opener = screen.getByRole('button', { name: 'Switch account' });
    await user.click(opener);
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it("sets up focus and the inert background when it is open on the app's first render", () => {
    render(
      <AppRoot>
        <main>
          <Button>Behind</Button>
        </main>
        <Dialog open onClose={() => {}} title="Welcome" closeLabel="Close">
          <Button>Start</Button>
        </Dialog>
      </AppRoot>,
    );
    expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus();
    expect(screen.getByRole('main', { hidden: true })).toHaveAttribute('inert');
  });

  it('locks the page behind it from scrolling while open, and gives the page its own styles back on close', async () => {
    const user = userEvent.setup();
    document.documentElement.style.overflow = 'scroll';
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    expect(document.documentElement.style.overflow).toBe('hidden');
    await user.keyboard('{Escape}');
    expect(document.documentElement.style.overflow).toBe('scroll');
    document.documentElement.style.overflow = '';
  });

  it('has no axe violations when open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    await expectNoAxeViolations(container);
  });
});

/** A dialog whose focused Send button gives way to results, as the welcome dialog does. */
function PhasedHarness() {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [channel, setChannel] = useState('email');
  return (
    <AppRoot>
      <main>
        <Button onClick={() => setOpen(true)}>Send welcome</Button>
      </main>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Send welcome messages"
        closeLabel="Close"
        footer={sent ? <p>Sent.</p> : <Button onClick={() => setSent(true)}>Send</Button>}
      >
        {sent ? null : (
          <fieldset>
            <legend>Channel</legend>
            {['email', 'sms'].map((option) => (
              <label key={option}>
                <input type="radio" name="channel" value={option} checked={channel === option} onChange={() => setChannel(option)} />
                {option}
              </label>
            ))}
          </fieldset>
        )}
        <button type="button" hidden>
          Hidden
        </button>
        <button type="button" disabled>
          Disabled
        </button>
        <span style={{ display: 'none' }}>
          <button type="button">Not displayed</button>
        </span>
      </Dialog>
    </AppRoot>
  );
}

describe('Dialog focus trap', () => {
  it('counts a radio group as one tab stop and skips hidden and disabled elements', async () => {
    const user = userEvent.setup();
    render(<PhasedHarness />);
    await user.click(screen.getByRole('button', { name: 'Send welcome' }));
    const email = screen.getByRole('radio', { name: 'email' });
    expect(email).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(email).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();

    await user.click(screen.getByRole('radio', { name: 'sms' }));
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: 'sms' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('keeps focus inside when the focused button disappears, so Tab stays in and Escape still closes', async () => {
    const user = userEvent.setup();
    render(<PhasedHarness />);
    const opener = screen.getByRole('button', { name: 'Send welcome' });
    await user.click(opener);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Sent.')).toBeInTheDocument();
    const dialog = screen.getByRole('dialog', { name: 'Send welcome messages' });
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes on Escape pressed while focus is on the page body', async () => {
    const user = userEvent.setup();
    render(<PhasedHarness />);
    await user.click(screen.getByRole('button', { name: 'Send welcome' }));
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    expect(document.activeElement).toBe(document.body);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

function PanelHarness() {
  const [panelOpen, setPanelOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  return (
    <AppRoot>
      <Button onClick={() => setPanelOpen(true)}>Edit user</Button>
      <SidePanel
        open={panelOpen}
        onClose={() => setPanelOpen(false)}
        title="Alex Admin"
        closeLabel="Close"
        footer={<Button onClick={() => setConfirmOpen(true)}>Update</Button>}
      >
        <TextField label="Failover phone number" />
        <Dialog open={confirmOpen} onClose={() => setConfirmOpen(false)} title="Confirm" closeLabel="Close" role="alertdialog" size="sm">
          <Button onClick={() => setConfirmOpen(false)}>OK</Button>
        </Dialog>
      </SidePanel>
    </AppRoot>
  );
}

describe('SidePanel', () => {
  it('is a modal with the same focus rules, and Escape closes only the topmost modal', async () => {
    const user = userEvent.setup();
    render(<PanelHarness />);
    const opener = screen.getByRole('button', { name: 'Edit user' });
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Alex Admin' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Failover phone number' })).toHaveFocus();

    const update = screen.getByRole('button', { name: 'Update' });
    await user.click(update);
    expect(screen.getByRole('alertdialog', { name: 'Confirm' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'OK' })).toHaveFocus();
    expect(update.closest('[inert]')).not.toBeNull();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Alex Admin' })).toBeInTheDocument();
    expect(update).toHaveFocus();
    expect(update.closest('[inert]')).toBeNull();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('has no axe violations when open', async () => {
    const user = userEvent.setup();
    const { container } = render(<PanelHarness />);
    await user.click(screen.getByRole('button', { name: 'Edit user' }));
    await expectNoAxeViolations(container);
  });
});
