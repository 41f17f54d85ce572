import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SetupScreen } from './setup-screen';
import type { MockBackend } from '../../../../mocks/backend';
import { failActivationAt, freezeActivationAt, manualActivationUnderway } from './setup-stories-data';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

const meta = {
  title: 'Teams/Setup',
  component: SetupScreen,
  parameters: { bridge: mountedAt(teamsManifest, 'setup') },
} satisfies Meta<typeof SetupScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Shapes the mock data of a story after the reset to the seed. */
const withData = (setup: (backend: MockBackend) => void) => ({ setup: ({ backend }: { backend: MockBackend }) => setup(backend) });

const advanced = { bridge: mountedAt(teamsManifest, 'setup', 'advanced') };

/** A tenant never activated: Activate, and the steps it will run. */
export const Inactive: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Activate' })).toBeInTheDocument();
    await expect(canvas.getByText('Not activated')).toBeInTheDocument();
  },
};

/** Activation running: two steps done, domain activation in progress. */
export const InProgress: Story = {
  parameters: { mocks: withData((backend) => freezeActivationAt(backend, 'domain-activation')) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Activation in progress')).toBeInTheDocument();
    await expect(canvas.getByRole('progressbar', { name: 'Activation progress' })).toHaveAttribute('aria-valuenow', '2');
  },
};

/** The PSTN gateway step failed: why, and Retry. */
export const FailedStep: Story = {
  parameters: { mocks: withData((backend) => failActivationAt(backend, 'pstn-gateway')) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Why it failed: the session border controller did not answer.')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Retry PSTN gateway' })).toBeInTheDocument();
  },
};

/** An active tenant (Contoso): Active, co-management on. */
export const Active: Story = {
  globals: { account: '100002' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/Your tenant is active since/)).toBeInTheDocument();
    await expect(canvas.getByRole('switch', { name: 'Allow Carrier to co-manage Your Service' })).toBeChecked();
  },
};

/** Co-management could not be saved: the switch is back off and says why. */
export const CoManageSaveFailed: Story = {
  parameters: { mocks: { faults: [{ routes: ['setCoManage'], errorRate: 1 }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole('switch', { name: 'Allow Carrier to co-manage Your Service' });
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked(), { timeout: 8000 });
    await expect(canvas.getByText(/Your change was not saved/)).toBeInTheDocument();
  },
};

/** Advanced Options before manual activation is chosen. */
export const AdvancedOptions: Story = {
  parameters: advanced,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('switch', { name: 'Manual Activation' })).not.toBeChecked();
  },
};

/** Manual activation underway: domains with TXT values to copy, gateways, the steps left. */
export const ManualActivation: Story = {
  parameters: { ...advanced, mocks: withData((backend) => manualActivationUnderway(backend)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('region', { name: 'Steps left' })).toBeInTheDocument();
    await expect(canvas.getByText('Verified')).toBeInTheDocument();
    await expect(canvas.getAllByRole('button', { name: /^Copy the TXT value for/ })).toHaveLength(2);
  },
};

/** An active tenant's Advanced Options: the domains and PSTN gateways, to read, nothing left to do. */
export const AdvancedOptionsActive: Story = {
  parameters: advanced,
  globals: { account: '100002' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('region', { name: 'Domains' })).toBeInTheDocument();
    await expect(canvas.getByRole('region', { name: 'PSTN gateways' })).toBeInTheDocument();
    await expect(canvas.getAllByText('Verified')).toHaveLength(2);
    await expect(canvas.queryByRole('region', { name: 'Steps left' })).not.toBeInTheDocument();
  },
};

/** Activation started, so Manual Activation is locked, with the reason. */
export const ManualActivationLocked: Story = {
  parameters: { ...advanced, mocks: withData((backend) => freezeActivationAt(backend, 'consent')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('switch', { name: 'Manual Activation' })).toBeDisabled();
  },
};

/** The tenant cannot be loaded. */
export const LoadError: Story = {
  parameters: { mocks: { faults: [{ routes: ['getTenant'], errorRate: 1 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('The tenant could not be loaded', {}, { timeout: 8000 })).toBeInTheDocument();
  },
};

/** Loading: the tenant is slow to answer. */
export const Loading: Story = {
  parameters: { mocks: { faults: [{ routes: ['getTenant'], latencyMs: 60_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

/** In Spanish, with a failed step. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  parameters: { mocks: withData((backend) => failActivationAt(backend, 'pstn-gateway')) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Reintentar Puerta de enlace RTC' })).toBeInTheDocument();
  },
};
