import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, fireEvent, userEvent, within } from 'storybook/test';
import type { MockBackend } from '../../../../mocks/backend';
import type { MockControls } from '../../../../mocks/controls';
import { EventLogsScreen } from './event-logs-screen';
import { mountedAt } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../../../apps/bulk-manager/manifest';

const meta = {
  title: 'Bulk Manager/Event Logs',
  component: EventLogsScreen,
  parameters: { bridge: mountedAt(bulkManagerManifest, 'event-logs') },
} satisfies Meta<typeof EventLogsScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** Welcome messages on top of the seed, so the log holds thousands of events. */
function addEvents(backend: MockBackend, count: number) {
  const events = backend.bulk('100001').events;
  for (let index = 0; index < count; index += 1) {
    events.unshift({
      id: `evt-story-${index}`,
      type: 'welcome-sent',
      occurredAt: new Date(Date.UTC(2025, 0, 14, 8, 0, 0) + index * 1000).toISOString(),
      actor: { id: 'user-1', displayName: 'Alex Admin' },
      details: { seatId: 'seat-100001-1', channel: 'email', recipient: `user${index}@example.com` },
    });
  }
}

/** The seed: one bulk job (250 created, 2 failed) and its events, welcome emails. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('grid', { name: 'Bulk jobs' }, { timeout: 5000 })).toBeInTheDocument();
    await expect(await canvas.findByText(/^100 of \d+$/, {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** Waiting for the jobs and the events. */
export const Loading: Story = {
  parameters: { mocks: { faults: [{ routes: ['listSeatJobs', 'listEventLogs'], latencyMs: 60_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading events…')).toBeInTheDocument();
    await expect(within(canvasElement).getByText('Loading bulk jobs…')).toBeInTheDocument();
  },
};

/** An account with no history yet. */
export const Empty: Story = {
  parameters: {
    mocks: {
      setup: ({ backend }: { backend: MockBackend }) => {
        const data = backend.bulk('100001');
        data.events.length = 0;
        data.jobs.length = 0;
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'No events yet' }, { timeout: 5000 })).toBeInTheDocument();
    await expect(within(canvasElement).getByRole('heading', { name: 'No bulk job yet' })).toBeInTheDocument();
  },
};

/** The event log fails to load (the jobs did not): the reason and a retry. */
export const LoadError: Story = {
  parameters: { mocks: { faults: [{ routes: ['listEventLogs'], errorRate: 1, errorStatus: 503 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'The event logs could not be loaded' }, { timeout: 10_000 })).toBeInTheDocument();
  },
};

/** Thousands of events, paged as the user scrolls. */
export const ManyRows: Story = {
  parameters: { mocks: { setup: ({ backend }: { backend: MockBackend }) => addEvents(backend, 5000) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/^100 of 5,\d{3}$/, {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** Only the failed seats. */
export const FilteredByType: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Event type' }), 'seat-creation-failed');
    await expect(await canvas.findByText('2 of 2', {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** An end date before the start date: the problem under the field. */
export const DateRangeError: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('From'), '01/13/2025');
    await userEvent.type(canvas.getByLabelText('To'), '01/12/2025{Enter}');
    await expect(await canvas.findByText('The end date is before the start date.')).toBeInTheDocument();
  },
};

/** Days in French: day first, whatever the browser's language, and a day the calendar lacks refused under its field. */
export const FrenchDays: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('Du'), '13/01/2025');
    await userEvent.type(canvas.getByLabelText('Au'), '31/02/2025{Enter}');
    await expect(await canvas.findByText('Saisissez une date comme 31/01/2025.')).toBeInTheDocument();
  },
};

/** A job opened: its counts, its rows, its summary. */
export const JobDetails: Story = {
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid', { name: 'Bulk jobs' }, { timeout: 5000 });
    await userEvent.click(within(grid).getByText('northwind-onboarding.csv'));
    const panel = within(await body(canvasElement).findByRole('dialog', { name: 'northwind-onboarding.csv' }));
    await expect(await panel.findByText('100 of 252', {}, { timeout: 5000 })).toBeInTheDocument();
    await expect(panel.getByRole('button', { name: 'Download summary' })).toBeInTheDocument();
  },
};

/** The job's failed rows only (a partly failed job). */
export const JobFailedRows: Story = {
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid', { name: 'Bulk jobs' }, { timeout: 5000 });
    await userEvent.click(within(grid).getByText('northwind-onboarding.csv'));
    const panel = within(await body(canvasElement).findByRole('dialog', { name: 'northwind-onboarding.csv' }));
    await userEvent.selectOptions(await panel.findByRole('combobox', { name: 'Show' }, { timeout: 5000 }), 'failed');
    await expect(await panel.findByText('2 of 2', {}, { timeout: 5000 })).toBeInTheDocument();
    await expect(panel.getByText('already used by another seat (Email)')).toBeInTheDocument();
  },
};

/** The backend controls of the story being played, kept by `setup` so `play` can break the next page. */
let storyControls: MockControls | null = null;

/** A job whose next page of row results could not be loaded: the rows shown stay, with a retry. */
export const JobMoreResultsFailed: Story = {
  parameters: {
    mocks: {
      setup: ({ controls }: { controls: MockControls }) => {
        storyControls = controls;
      },
    },
  },
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid', { name: 'Bulk jobs' }, { timeout: 5000 });
    await userEvent.click(within(grid).getByText('northwind-onboarding.csv'));
    const panel = within(await body(canvasElement).findByRole('dialog', { name: 'northwind-onboarding.csv' }));
    await expect(await panel.findByText('100 of 252', {}, { timeout: 5000 })).toBeInTheDocument();
    storyControls?.setFaults({ routes: ['getSeatJob'], errorRate: 1, errorStatus: 503 });
    const results = panel.getByRole('grid', { name: 'Result of each row' });
    // Past the 100 loaded rows of 56 px (a browser stops at the end; a test DOM has no layout to measure).
    results.scrollTop = 100 * 56;
    fireEvent.scroll(results);
    await expect(await panel.findByText(/More results could not be loaded/, {}, { timeout: 10_000 })).toBeInTheDocument();
  },
};

/** In French: dates and numbers as French writes them. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('grid', { name: 'Imports en masse' }, { timeout: 5000 })).toBeInTheDocument();
    await expect(await within(canvasElement).findByText(/^100 sur \d+$/, {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('grid', { name: 'Importaciones masivas' }, { timeout: 5000 })).toBeInTheDocument();
  },
};
