import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { Button } from './button';
import { EmptyState } from './empty-state';

const meta = {
  title: 'UI/EmptyState',
  component: EmptyState,
  tags: ['autodocs'],
  args: { title: 'No seats yet', description: 'Add a seat, or upload a file to create many at once.' },
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithAction: Story = { args: { action: <Button variant="primary">Add seat</Button> } };
export const TitleOnly: Story = { args: { title: 'No matching numbers', description: undefined } };
