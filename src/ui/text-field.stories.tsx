import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { TextField } from './text-field';

const meta = {
  title: 'UI/TextField',
  component: TextField,
  tags: ['autodocs'],
  args: { label: 'Account ID' },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithDescription: Story = { args: { description: 'Six digits, e.g. 100001' } };
export const WithError: Story = { args: { defaultValue: '12ab', error: 'An account ID is six digits' } };
export const Required: Story = { args: { required: true } };
export const HiddenLabel: Story = { args: { label: 'Search seats', hideLabel: true, type: 'search', placeholder: 'Search' } };
export const Disabled: Story = { args: { defaultValue: '100001', disabled: true } };
