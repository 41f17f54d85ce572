import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { fn } from 'storybook/test';
import { Toggle } from './toggle';

const meta = {
  title: 'UI/Toggle',
  component: Toggle,
  tags: ['autodocs'],
  args: { label: 'Allow Carrier to co-manage Your Service', onCheckedChange: fn() },
} satisfies Meta<typeof Toggle>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {};
export const On: Story = { args: { defaultChecked: true } };
export const WithDescription: Story = { args: { label: 'Manual Activation', description: 'Only before activation starts' } };
export const WithError: Story = { args: { error: 'The setting could not be saved' } };
export const Disabled: Story = { args: { disabled: true, defaultChecked: true } };
