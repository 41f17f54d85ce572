import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, fn, userEvent, within } from 'storybook/test';
import { RecentCallsView } from './recent-calls-view';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

const meta = {
  title: 'Teams/Users/Recent Calls',
  component: RecentCallsView,
  args: { number: '+12125550108', onBack: fn() },
  parameters: { bridge: mountedAt(teamsManifest, 'users', 'calls') },
} satisfies Meta<typeof RecentCallsView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first page of a number with 22 calls. */
export const FirstPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Calls 1–20 of 22')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Previous' })).toBeDisabled();
  },
};

/** The second and last page. */
export const LastPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Next' }));
    await expect(await canvas.findByText('Calls 21–22 of 22')).toBeInTheDocument();
  },
};

/** A number with no calls. */
export const Empty: Story = {
  args: { number: '+12125550125' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No recent calls')).toBeInTheDocument();
  },
};

/** While the calls load. */
export const Loading: Story = {
  parameters: { mocks: { faults: [{ routes: ['listCalls'], latencyMs: 20_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

/** The calls cannot be loaded. */
export const LoadError: Story = {
  parameters: { mocks: { faults: [{ routes: ['listCalls'], errorRate: 1, errorStatus: 503 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('The calls could not be loaded', {}, { timeout: 10_000 })).toBeInTheDocument();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Llamadas 1–20 de 22')).toBeInTheDocument();
  },
};
