import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { LoadingState, Spinner } from './spinner';

const meta = {
  title: 'UI/Spinner',
  component: Spinner,
  tags: ['autodocs'],
  args: { label: 'Loading' },
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Inline: Story = {};
export const Large: Story = { args: { size: 'large' } };
/** The block placeholder screens show while they load. */
export const Loading: Story = { render: () => <LoadingState label="Loading seats…" /> };
