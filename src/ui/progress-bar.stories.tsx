import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { ProgressBar } from './progress-bar';

const meta = {
  title: 'UI/ProgressBar',
  component: ProgressBar,
  tags: ['autodocs'],
  args: { label: 'Creating seats', value: 120, max: 500, valueText: '120 of 500 seats' },
} satisfies Meta<typeof ProgressBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Determinate: Story = {};
export const Indeterminate: Story = { args: { label: 'Preparing the file', value: undefined, valueText: undefined } };
export const Complete: Story = { args: { value: 500, valueText: '500 of 500 seats', tone: 'success' } };
export const Failed: Story = { args: { value: 320, valueText: '320 of 500 seats, 12 failed', tone: 'danger' } };
