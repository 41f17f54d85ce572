import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { Checkbox } from './checkbox';

const meta = {
  title: 'UI/Checkbox',
  component: Checkbox,
  tags: ['autodocs'],
  args: { label: 'Add to global address book' },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Unchecked: Story = {};
export const Checked: Story = { args: { defaultChecked: true } };
export const Indeterminate: Story = { args: { label: 'Select all rows', indeterminate: true } };
export const WithDescription: Story = { args: { description: 'Lists the user in the company directory' } };
export const WithError: Story = { args: { label: 'Send login details by SMS', error: 'Add a mobile number to send an SMS' } };
export const Disabled: Story = { args: { disabled: true } };
