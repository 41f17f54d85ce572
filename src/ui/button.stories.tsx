import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { fn } from 'storybook/test';
import { Button } from './button';
import { IconButton } from './icon-button';
import { CloseIcon } from './icons';

const meta = {
  title: 'UI/Button',
  component: Button,
  tags: ['autodocs'],
  args: { children: 'Save', onClick: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'danger', 'ghost'] },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = { args: { variant: 'primary' } };
export const Secondary: Story = { args: { variant: 'secondary' } };
export const Danger: Story = { args: { variant: 'danger', children: 'Release numbers' } };
export const Ghost: Story = { args: { variant: 'ghost', children: 'Download CSV' } };
export const Small: Story = { args: { size: 'sm', children: 'Copy' } };
export const Loading: Story = { args: { variant: 'primary', loading: true, loadingLabel: 'Saving…' } };
export const Disabled: Story = { args: { variant: 'primary', disabled: true } };

/** Every variant side by side, and the icon-only button. */
export const AllVariants: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
      <Button {...args} variant="primary">
        Create seats
      </Button>
      <Button {...args} variant="secondary">
        Cancel
      </Button>
      <Button {...args} variant="danger">
        Delete
      </Button>
      <Button {...args} variant="ghost">
        Download template
      </Button>
      <Button {...args} variant="primary" loading loadingLabel="Creating…">
        Create seats
      </Button>
      <IconButton label="Close" icon={<CloseIcon />} />
    </div>
  ),
};
