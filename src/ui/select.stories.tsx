import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { Select } from './select';

const meta = {
  title: 'UI/Select',
  component: Select,
  tags: ['autodocs'],
  args: {
    label: 'Device Model',
    options: [
      { value: 'yealink-t54w', label: 'Yealink T54W' },
      { value: 'yealink-t46u', label: 'Yealink T46U' },
      { value: 'poly-vvx-450', label: 'Poly VVX 450' },
      { value: 'softphone', label: 'Softphone' },
    ],
  },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithPlaceholder: Story = { args: { placeholder: 'Choose a model' } };
export const WithError: Story = { args: { placeholder: 'Choose a model', error: 'Choose a device model' } };
export const Disabled: Story = { args: { disabled: true } };
