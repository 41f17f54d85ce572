import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, userEvent, within } from 'storybook/test';
import type { MockBackend } from '../../../../mocks/backend';
import { SeatsScreen } from './seats-screen';
import { mountedAt } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../../../apps/bulk-manager/manifest';

const meta = {
  title: 'Bulk Manager/Seats',
  component: SeatsScreen,
  parameters: { bridge: mountedAt(bulkManagerManifest, 'seats') },
} satisfies Meta<typeof SeatsScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** Copies of the seeded seats, so the account holds `count` more. */
function addSeats(backend: MockBackend, count: number) {
  const seats = backend.bulk('100001').seats;
  const model = seats[0];
  if (!model) return;
  for (let index = 0; index < count; index += 1) {
    const extension = String(10_000 + index);
    seats.push({
      ...model,
      id: `seat-story-${index}`,
      email: `user${extension}@example.com`,
      extension,
      directNumber: null,
      macAddress: null,
      firstName: `User`,
      lastName: extension,
    });
  }
}

/** The account's seats, sorted by last name, 100 loaded of 250. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('100 of 250 seats', {}, { timeout: 5000 })).toBeInTheDocument();
    await expect(canvas.getByRole('columnheader', { name: /Last name/ })).toHaveAttribute('aria-sort', 'ascending');
  },
};

/** Waiting for the first page. */
export const Loading: Story = {
  parameters: { mocks: { faults: [{ routes: ['listSeats'], latencyMs: 60_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading seats…')).toBeInTheDocument();
  },
};

/** An account without seats: a way to add the first one. */
export const Empty: Story = {
  parameters: {
    mocks: {
      setup: ({ backend }: { backend: MockBackend }) => {
        backend.bulk('100001').seats.length = 0;
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'No seats yet' }, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** The backend fails: the reason and a retry. */
export const LoadError: Story = {
  parameters: { mocks: { faults: [{ routes: ['listSeats'], errorRate: 1, errorStatus: 503 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'The seats could not be loaded' }, { timeout: 10_000 })).toBeInTheDocument();
    await expect(within(canvasElement).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};

/** Thousands of seats: pages of 100 load as the user scrolls. */
export const ManyRows: Story = {
  parameters: { mocks: { setup: ({ backend }: { backend: MockBackend }) => addSeats(backend, 5000) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('100 of 5,250 seats', {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** A search that matches nothing. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('searchbox', { name: 'Search seats' }), 'nobody-here');
    await expect(await canvas.findByRole('heading', { name: 'No seat matches' }, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** The Add seat form, built from the account's seat template. */
export const AddSeat: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Add seat' }));
    const panel = within(await body(canvasElement).findByRole('dialog', { name: 'Add seat' }));
    await expect(await panel.findByRole('checkbox', { name: 'Add to global address book' }, { timeout: 5000 })).toBeChecked();
  },
};

/** Add seat sent empty, with SMS asked: every problem beside its field. */
export const AddSeatErrors: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Add seat' }));
    const panel = within(await body(canvasElement).findByRole('dialog', { name: 'Add seat' }));
    await userEvent.click(await panel.findByRole('checkbox', { name: 'Send login details by SMS' }, { timeout: 5000 }));
    await userEvent.click(panel.getByRole('button', { name: 'Add seat' }));
    await expect(await panel.findByText('Enter a mobile number to send the login details by SMS.')).toBeInTheDocument();
    await expect(panel.getAllByText('A value is required.')).toHaveLength(5);
  },
};

/** The email and extension another seat already has: the server's conflict on both fields. */
export const AddSeatConflict: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Add seat' }));
    const panel = within(await body(canvasElement).findByRole('dialog', { name: 'Add seat' }));
    await userEvent.type(await panel.findByRole('textbox', { name: 'First name' }, { timeout: 5000 }), 'Ada');
    await userEvent.type(panel.getByRole('textbox', { name: 'Last name' }), 'Lovelace');
    await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), 'ivan.adams@example.com');
    await userEvent.type(panel.getByRole('textbox', { name: 'Extension' }), '1014');
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Site' }), 'Remote');
    await userEvent.click(panel.getByRole('button', { name: 'Add seat' }));
    await expect(await panel.findByRole('alert')).toHaveTextContent('fix the 2 fields');
    await expect(panel.getAllByText('Already used by another seat of this account.')).toHaveLength(2);
  },
};

/** A seat added, with its login details sent by SMS. */
export const AddSeatCreated: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Add seat' }));
    const panel = within(await body(canvasElement).findByRole('dialog', { name: 'Add seat' }));
    await userEvent.type(await panel.findByRole('textbox', { name: 'First name' }, { timeout: 5000 }), 'Ada');
    await userEvent.type(panel.getByRole('textbox', { name: 'Last name' }), 'Lovelace');
    await userEvent.type(panel.getByRole('textbox', { name: 'Email' }), 'ada.lovelace@example.com');
    await userEvent.type(panel.getByRole('textbox', { name: 'Extension' }), '0042');
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Site' }), 'Remote');
    await userEvent.type(panel.getByRole('textbox', { name: 'Mobile number' }), '(415) 555-0123');
    await userEvent.click(panel.getByRole('checkbox', { name: 'Send login details by SMS' }));
    await userEvent.click(panel.getByRole('button', { name: 'Add seat' }));
    await expect(await panel.findByText('Ada Lovelace was added with extension 0042.')).toBeInTheDocument();
    await expect(panel.getByText('Login details sent by SMS to +14155550123.')).toBeInTheDocument();
  },
};

/** Welcome SMS to three seats, two without a mobile number: a result per seat. */
export const WelcomePartialFailure: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('100 of 250 seats', {}, { timeout: 5000 });
    const boxes = within(canvas.getByRole('grid', { name: 'Seats' })).getAllByRole('checkbox');
    for (const box of boxes.slice(1, 4)) await userEvent.click(box);
    await userEvent.click(canvas.getByRole('button', { name: 'Send welcome message (3)' }));
    const dialog = within(await body(canvasElement).findByRole('dialog', { name: 'Send welcome message' }));
    await userEvent.click(dialog.getByRole('radio', { name: /SMS/ }));
    await userEvent.click(dialog.getByRole('button', { name: 'Send 3 SMS' }));
    const results = within(await body(canvasElement).findByRole('dialog', { name: 'Welcome messages' }, { timeout: 5000 }));
    await expect(results.getByRole('status')).toHaveTextContent('1 SMS sent. 2 not sent.');
  },
};

/** In French: numbers and dates as French writes them. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('100 sur 250 postes', {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('100 de 250 puestos', {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** Another account (Contoso): its own seats only. */
export const OtherAccount: Story = {
  globals: { account: '100002' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('60 of 60 seats', {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

const longName = 'Maximiliana-Wilhelmina Alexandrovna Papadopoulou-Featherstonehaugh';

/** Very long names and emails, and a name with markup in it: the table wraps nothing away and shows the text literally. */
export const LongValues: Story = {
  parameters: {
    mocks: {
      setup: ({ backend }: { backend: MockBackend }) => {
        const [first, second] = backend.bulk('100001').seats;
        if (first)
          Object.assign(first, {
            firstName: longName.slice(0, 64),
            lastName: 'Aaronson',
            email: 'maximiliana.wilhelmina.alexandrovna.papadopoulou@subsidiary.example.com',
          });
        if (second) Object.assign(second, { firstName: '<img src=x onerror=alert(1)>', lastName: 'Aaberg' });
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(longName.slice(0, 64))).toBeInTheDocument();
    await expect(canvas.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    await expect(canvasElement.querySelector('img[src="x"]')).toBeNull();
  },
};
