import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Menu } from './menu';

const meta = {
  title: 'UI/Menu',
  component: Menu,
  tags: ['autodocs'],
  args: {
    label: 'Northwind Traders',
    items: [
      { id: 'switch', label: 'Switch Account', onSelect: fn() },
      { id: 'help', label: 'Help', onSelect: fn(), disabled: true },
      { id: 'logout', label: 'Log out', onSelect: fn(), tone: 'danger' },
    ],
  },
} satisfies Meta<typeof Menu>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const AlignedToEnd: Story = {
  args: { align: 'end', variant: 'ghost' },
  decorators: [
    (Story) => (
      <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Story />
      </div>
    ),
  ],
};

/** Keyboard path: open with Enter, move with arrows, choose with Enter, focus back on the button. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Northwind Traders' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('menuitem', { name: 'Switch Account' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: 'Log out' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('menu')).not.toBeInTheDocument();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.items[0]?.onSelect).toHaveBeenCalled();
  },
};
