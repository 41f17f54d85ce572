import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from './button';
import { SearchBar } from './search-bar';

/** A list's toolbar: the search field in a search landmark, a live count, and the list's actions. */
const meta = {
  title: 'UI/SearchBar',
  component: SearchBar,
  tags: ['autodocs'],
  args: {
    label: 'Search numbers',
    hideLabel: true,
    placeholder: 'Number, user or ratecenter',
    value: '',
    onValueChange: () => undefined,
    status: '1,204 numbers',
  },
  render: function Render(args) {
    const [value, setValue] = useState(args.value);
    return <SearchBar {...args} value={value} onValueChange={setValue} status={value === '' ? args.status : `Searching for “${value}”`} />;
  },
} satisfies Meta<typeof SearchBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithCount: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole('searchbox', { name: 'Search numbers' });
    expect(canvas.getByRole('search')).toContainElement(field);
    await userEvent.type(field, '415');
    await expect(canvas.getByText('Searching for “415”')).toBeVisible();
  },
};

export const WithLabelAndActions: Story = {
  args: {
    label: 'Search seats',
    hideLabel: false,
    description: 'Name, email or extension',
    placeholder: undefined,
    status: undefined,
    children: (
      <>
        <Button variant="secondary">Send welcome email</Button>
        <Button variant="primary">Add seat</Button>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The actions are the list's, not part of the search landmark.
    expect(within(canvas.getByRole('search')).queryByRole('button')).toBeNull();
    expect(canvas.getByRole('button', { name: 'Add seat' })).toBeVisible();
  },
};
