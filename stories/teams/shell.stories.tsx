import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, userEvent, within } from 'storybook/test';
import { TeamsApp } from '../../src/apps/teams/shell/teams-app';
import { mountedAt } from '../../src/runtime/app-manifest';
import { teamsManifest } from '../../src/apps/teams/manifest';

const meta = {
  title: 'Teams/Shell',
  component: TeamsApp,
  parameters: { bridge: mountedAt(teamsManifest, 'setup') },
} satisfies Meta<typeof TeamsApp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Setup opens first; the top panel names the client and its tenant. */
export const Setup: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Northwind Traders (northwindtraders.onmicrosoft.com)' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Setup' })).toHaveAttribute('aria-current', 'page');
  },
};

/** The left menu leads to the users. */
export const Users: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('link', { name: 'Users' }));
    await expect(await canvas.findByText(/\d+ users\./)).toBeInTheDocument();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('link', { name: 'Usuarios' })).toBeInTheDocument();
  },
};
