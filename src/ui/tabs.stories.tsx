import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Tabs, type TabsProps } from './tabs';

const BULK_MANAGER_TABS = [
  { id: 'configuration', label: 'Configuration' },
  { id: 'seats', label: 'Seats' },
  { id: 'event-logs', label: 'Event Logs' },
];

/** Tabs are controlled; the story keeps the selection in state as an app's router would. */
function ControlledTabs(props: Omit<TabsProps, 'selectedId' | 'onSelect' | 'children'>) {
  const [selectedId, setSelectedId] = useState(props.tabs[0]?.id ?? '');
  return (
    <Tabs {...props} selectedId={selectedId} onSelect={setSelectedId}>
      <p>Content of {props.tabs.find((tab) => tab.id === selectedId)?.label}</p>
    </Tabs>
  );
}

const meta = {
  title: 'UI/Tabs',
  component: Tabs,
  tags: ['autodocs'],
  args: { label: 'Bulk Manager sections', tabs: BULK_MANAGER_TABS, selectedId: 'configuration', onSelect: () => {} },
  render: (args) => <ControlledTabs label={args.label} tabs={args.tabs} activation={args.activation} orientation={args.orientation} />,
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Horizontal: Story = {};

export const Vertical: Story = {
  args: {
    label: 'Teams',
    orientation: 'vertical',
    tabs: [
      { id: 'setup', label: 'Setup' },
      { id: 'numbers', label: 'Phone Numbers' },
      { id: 'users', label: 'Users' },
    ],
  },
};

export const WithDisabledTab: Story = {
  args: { tabs: [...BULK_MANAGER_TABS.slice(0, 2), { id: 'archive', label: 'Archive', disabled: true }, BULK_MANAGER_TABS[2] ?? BULK_MANAGER_TABS[0]] },
};

/** Keyboard path: Tab into the list, arrows select, Home/End jump, the panel follows. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('tab', { name: 'Configuration' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Seats' })).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('tabpanel', { name: 'Seats' })).toHaveTextContent('Content of Seats');
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tab', { name: 'Event Logs' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Configuration' })).toHaveAttribute('aria-selected', 'true');
  },
};
