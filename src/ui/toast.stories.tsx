import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { Button } from './button';
import { ToastRegion, type ToastMessage } from './toast';
import { useToasts } from './use-toasts';

function ToastDemo() {
  const { toasts, show, dismiss } = useToasts();
  return (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      <Button onClick={() => show({ kind: 'success', message: '12 seats created' })}>Success</Button>
      <Button onClick={() => show({ kind: 'info', message: 'Welcome emails are on their way' })}>Info</Button>
      <Button onClick={() => show({ kind: 'warning', message: '2 numbers were no longer available' })}>Warning</Button>
      <Button onClick={() => show({ kind: 'error', message: 'The numbers could not be released. Try again.', duration: null })}>Error (stays)</Button>
      <Button onClick={() => show({ message: 'Seat deleted', action: { label: 'Undo', onClick: () => {} } })}>With action</Button>
      <ToastRegion toasts={toasts} onDismiss={dismiss} label="Notifications" dismissLabel="Dismiss" />
    </div>
  );
}

const SHOWN: ToastMessage[] = [
  { id: '1', kind: 'success', message: '12 seats created', duration: null },
  { id: '2', kind: 'error', message: 'The numbers could not be released. Try again.', duration: null },
  {
    id: '3',
    kind: 'info',
    message: 'Une très longue notification qui explique en détail ce qui vient de se passer et ce que vous pouvez faire ensuite.',
    duration: null,
  },
];

const meta = {
  title: 'UI/Toast',
  component: ToastRegion,
  tags: ['autodocs'],
  args: { toasts: SHOWN, onDismiss: () => {}, label: 'Notifications', dismissLabel: 'Dismiss' },
} satisfies Meta<typeof ToastRegion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Toasts that stay until dismissed, in every kind. */
export const Stack: Story = {};
/** Buttons that add toasts; hover or focus one to pause its timer. */
export const Interactive: Story = { render: () => <ToastDemo /> };
