import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, userEvent, within } from 'storybook/test';
import { BulkManagerApp } from '../../src/apps/bulk-manager/shell/bulk-manager-app';
import { mountedAt } from '../../src/runtime/app-manifest';
import { bulkManagerManifest } from '../../src/apps/bulk-manager/manifest';

const meta = {
  title: 'Bulk Manager/Shell',
  component: BulkManagerApp,
  parameters: { bridge: mountedAt(bulkManagerManifest, 'configuration') },
} satisfies Meta<typeof BulkManagerApp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default view: the Configuration tab with the account's seat template. */
export const Configuration: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/The seat template has 12 columns/)).toBeInTheDocument();
    await expect(canvas.getByRole('tab', { name: 'Configuration' })).toHaveAttribute('aria-selected', 'true');
  },
};

/** Choosing the Seats tab shows the account's seats. */
export const Seats: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('tab', { name: 'Seats' }));
    await expect(await canvas.findByText('100 of 250 seats')).toBeInTheDocument();
  },
};

/** The account menu opens the Switch Account dialog. */
export const SwitchAccount: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /Account: Northwind Traders/ }));
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'Switch Account' }));
    await expect(await canvas.findByRole('dialog', { name: 'Switch Account' })).toBeInTheDocument();
  },
};

/** In French. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('tab', { name: 'Postes' })).toBeInTheDocument();
  },
};

/** The backend is down: the tab says so and offers to try again. */
export const ServerError: Story = {
  parameters: { mocks: { faults: [{ errorRate: 1, errorStatus: 503 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('The seat template could not be loaded', {}, { timeout: 10000 })).toBeInTheDocument();
  },
};
