import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, userEvent, within } from 'storybook/test';
import type { MockBackend } from '../../../../mocks/backend';
import { UsersScreen } from './users-screen';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

const meta = {
  title: 'Teams/Users',
  component: UsersScreen,
  parameters: { bridge: mountedAt(teamsManifest, 'users') },
} satisfies Meta<typeof UsersScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const withData = (setup: (backend: MockBackend) => void) => ({ setup: ({ backend }: { backend: MockBackend }) => setup(backend) });

/** The seeded tenant: 40 users, most with a number, some with a failover number. */
export const Users: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('40 users.')).toBeInTheDocument();
    await expect(await canvas.findByText('(212) 555-0103')).toBeInTheDocument();
  },
};

/** A large tenant: 2,000 users, loaded a page at a time as the table scrolls. */
export const ManyUsers: Story = {
  parameters: {
    mocks: withData((backend) => {
      const data = backend.teams('100001');
      for (let index = 0; index < 1960; index += 1) {
        const serial = String(index).padStart(4, '0');
        data.users.push({
          id: `tu-story-${serial}`,
          userPrincipalName: `user${serial}@northwindtraders.example.com`,
          displayName: `Zoe User ${serial}`,
          phoneNumber: null,
          failoverNumber: null,
        });
      }
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('2,000 users.')).toBeInTheDocument();
  },
};

/** While the first page loads. */
export const Loading: Story = {
  parameters: { mocks: { faults: [{ routes: ['listTeamsUsers'], latencyMs: 20_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

/** A tenant with no users yet. */
export const Empty: Story = {
  parameters: { mocks: withData((backend) => void (backend.teams('100001').users = [])) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No users yet')).toBeInTheDocument();
  },
};

/** A search that finds nobody. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('searchbox', { name: 'Search users' }), 'nobody-here');
    await expect(await canvas.findByText('No user matches “nobody-here”')).toBeInTheDocument();
  },
};

/** The users cannot be loaded: why, and Try again. */
export const LoadError: Story = {
  parameters: { mocks: { faults: [{ routes: ['listTeamsUsers'], errorRate: 1, errorStatus: 503 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('The users could not be loaded', {}, { timeout: 10_000 })).toBeInTheDocument();
  },
};

/** Clicking a user opens the edit panel. */
export const EditPanelOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('gridcell', { name: "Alex O'Brien" }));
    const body = within(canvasElement.ownerDocument.body);
    await expect(await body.findByRole('dialog', { name: "Edit Alex O'Brien" })).toBeInTheDocument();
    await expect(await body.findByRole('combobox', { name: 'Assigned phone number' })).toHaveValue('+12125550102');
  },
};

/** In French. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('40 utilisateurs.')).toBeInTheDocument();
  },
};

/** Very long display names and user principal names, and a name with markup in it, shown literally. */
export const LongValues: Story = {
  parameters: {
    mocks: withData((backend) => {
      const [first, second] = backend.teams('100001').users;
      if (first)
        Object.assign(first, {
          displayName: 'Aaliyah Konstantinopoulou-Vanderbilt-Montgomery the Third of Northwind',
          userPrincipalName: 'aaliyah.konstantinopoulou-vanderbilt-montgomery@northwindtraders.example.com',
        });
      if (second) Object.assign(second, { displayName: 'Aaron <script>alert(1)</script>' });
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Aaliyah Konstantinopoulou-Vanderbilt-Montgomery the Third of Northwind')).toBeInTheDocument();
    await expect(canvas.getByText('Aaron <script>alert(1)</script>')).toBeInTheDocument();
  },
};
