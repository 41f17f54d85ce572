import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { useRef, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from './button';
import { Dialog, type DialogProps } from './dialog';
import { TextField } from './text-field';

type DemoProps = Pick<DialogProps, 'title' | 'description' | 'size' | 'role' | 'closeOnBackdropClick'>;

/** A button that opens the dialog, so focus return can be seen. */
function DialogDemo(props: DemoProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Switch Account</Button>
      <Dialog
        {...props}
        open={open}
        onClose={() => setOpen(false)}
        closeLabel="Close"
        footer={
          <>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button variant="primary">Next</Button>
          </>
        }
      >
        <TextField label="Account ID" description="Six digits" />
      </Dialog>
    </>
  );
}

function ConfirmDemo() {
  const [open, setOpen] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        role="alertdialog"
        size="sm"
        title="Release 3 numbers?"
        description="2 of them are assigned to users, who will lose their phone number."
        closeLabel="Close"
        initialFocusRef={cancelRef}
        footer={
          <>
            <Button ref={cancelRef} onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="danger" onClick={() => setOpen(false)}>
              Release
            </Button>
          </>
        }
      />
    </>
  );
}

const meta = {
  title: 'UI/Dialog',
  component: Dialog,
  tags: ['autodocs'],
  args: { open: false, onClose: () => {}, closeLabel: 'Close', title: 'Switch Account', description: 'Enter the ID of the account to open.' },
  render: (args) => <DialogDemo title={args.title} description={args.description} size={args.size} closeOnBackdropClick={args.closeOnBackdropClick} />,
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Large: Story = { args: { size: 'lg', title: 'Preview' } };
export const Confirmation: Story = { render: () => <ConfirmDemo /> };

/** Opens, traps focus, closes on Escape and returns focus to the opener. */
export const FocusManagement: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: 'Switch Account' });
    await userEvent.click(opener);
    const dialog = await canvas.findByRole('dialog', { name: 'Switch Account' });
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(within(dialog).getByRole('textbox', { name: 'Account ID' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
    await expect(opener).toHaveFocus();
  },
};
