import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { MockBackend } from '../../../../mocks/backend';
import { fictionalNumbers } from '../../../../mocks/data/ratecenters';
import { PhoneNumbersScreen } from './phone-numbers-screen';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

const meta = {
  title: 'Teams/Phone Numbers',
  component: PhoneNumbersScreen,
  parameters: { bridge: mountedAt(teamsManifest, 'phone-numbers') },
} satisfies Meta<typeof PhoneNumbersScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const NORTHWIND = '100001';
/** Shapes the mock data of a story after the reset to the seed. */
const withData = (setup: (backend: MockBackend) => void) => ({ setup: ({ backend }: { backend: MockBackend }) => setup(backend) });
const body = () => within(document.body);

/** The seeded tenant: 45 numbers, most assigned. */
export const Numbers: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('45 phone numbers.')).toBeInTheDocument();
    await expect(await canvas.findByRole('gridcell', { name: '(212) 555-0100' })).toBeInTheDocument();
  },
};

/** Loading: the list is slow to answer. */
export const Loading: Story = {
  parameters: { mocks: { faults: [{ routes: ['listNumbers'], latencyMs: 60_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading…')).toBeInTheDocument();
  },
};

/** A tenant without numbers: an invitation to buy some. */
export const Empty: Story = {
  parameters: { mocks: withData((backend) => void (backend.teams(NORTHWIND).numbers = [])) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No phone numbers yet')).toBeInTheDocument();
  },
};

/** The list cannot be loaded. */
export const LoadError: Story = {
  parameters: { mocks: { faults: [{ routes: ['listNumbers'], errorRate: 1 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('The phone numbers could not be loaded', {}, { timeout: 8000 })).toBeInTheDocument();
  },
};

/** 5,000 numbers, loaded 100 at a time as the table scrolls. */
export const ManyNumbers: Story = {
  parameters: {
    mocks: withData((backend) => {
      const areaCodes = Array.from({ length: 50 }, (_, index) => String(201 + index * 7));
      backend.teams(NORTHWIND).numbers = areaCodes
        .flatMap((areaCode) => fictionalNumbers(areaCode, 100, 199))
        .map((number) => ({ number, purchasedAt: Date.UTC(2025, 0, 1) }));
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('5,000 phone numbers.')).toBeInTheDocument();
  },
};

/** A search that matches nothing. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('45 phone numbers.');
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search phone numbers' }), 'zzz');
    await expect(await canvas.findByText('No number matches “zzz”')).toBeInTheDocument();
  },
};

const openBuy = async (canvasElement: HTMLElement) => {
  await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Buy' }));
  return within(await body().findByRole('dialog', { name: 'Buy phone numbers' }));
};

/** Buy, empty. */
export const BuyDialog: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openBuy(canvasElement);
    await expect(dialog.getByRole('textbox', { name: /Area code/ })).toHaveFocus();
  },
};

/** Buy with an area code that is not three digits. */
export const BuyInvalidAreaCode: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openBuy(canvasElement);
    await userEvent.type(dialog.getByRole('textbox', { name: /Area code/ }), '21');
    await userEvent.click(dialog.getByRole('button', { name: 'Search' }));
    await expect(dialog.getByText('Enter exactly 3 digits, for example 212.')).toBeInTheDocument();
  },
};

const searchAndPick = async (canvasElement: HTMLElement, picks: string[]) => {
  const dialog = await openBuy(canvasElement);
  await userEvent.type(dialog.getByRole('textbox', { name: /Area code/ }), '212');
  await userEvent.type(dialog.getByRole('textbox', { name: 'Prefix (optional)' }), '555013');
  await userEvent.click(dialog.getByRole('button', { name: 'Search' }));
  for (const pick of picks) await userEvent.click(await dialog.findByRole('checkbox', { name: pick }));
  return dialog;
};

/** Buy with search results, two numbers chosen. */
export const BuySearchResults: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await searchAndPick(canvasElement, ['(212) 555-0130', '(212) 555-0137']);
    await expect(dialog.getByRole('button', { name: 'Buy 2 numbers' })).toBeEnabled();
  },
};

/** Buy finds nothing for sale. */
export const BuyNothingForSale: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openBuy(canvasElement);
    await userEvent.type(dialog.getByRole('textbox', { name: /Area code/ }), '999');
    await userEvent.click(dialog.getByRole('button', { name: 'Search' }));
    await expect(await dialog.findByText(/No number is for sale in area code 999/)).toBeInTheDocument();
  },
};

/** After buying: one number purchased, one bought by someone else meanwhile. */
export const BuyOutcome: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await searchAndPick(canvasElement, ['(212) 555-0130', '(212) 555-0137']);
    await userEvent.click(dialog.getByRole('button', { name: 'Buy 2 numbers' }));
    await expect(await dialog.findByRole('heading', { name: '1 of 2 numbers was purchased.' })).toBeInTheDocument();
  },
};

/** Buying failed as a whole: nothing bought, the choice kept. */
export const BuyFailed: Story = {
  parameters: { mocks: { faults: [{ routes: ['purchaseNumbers'], errorRate: 1 }] } },
  play: async ({ canvasElement }) => {
    const dialog = await searchAndPick(canvasElement, ['(212) 555-0130']);
    await userEvent.click(dialog.getByRole('button', { name: 'Buy 1 number' }));
    await expect(await dialog.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(/Nothing was bought/);
  },
};

const spareFirst = withData((backend) => {
  const holder = backend.teams(NORTHWIND).users.find((user) => user.phoneNumber === '+12125550100');
  if (holder) holder.phoneNumber = null;
});

const openDelete = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('checkbox', { name: 'Select (212) 555-0100' }));
  await userEvent.click(canvas.getByRole('checkbox', { name: 'Select (212) 555-0101' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Delete (2)' }));
  return within(await body().findByRole('alertdialog'));
};

/** Delete's confirmation: an assigned number (and someone's failover) and a spare one. */
export const DeleteConfirmation: Story = {
  parameters: { mocks: spareFirst },
  play: async ({ canvasElement }) => {
    const dialog = await openDelete(canvasElement);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expect(dialog.getByRole('region', { name: 'Assigned to a user' })).toBeInTheDocument();
  },
};

/** After Delete: both numbers released. */
export const DeleteOutcome: Story = {
  parameters: { mocks: spareFirst },
  play: async ({ canvasElement }) => {
    const dialog = await openDelete(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: 'Delete 2 numbers' }));
    await waitFor(() => expect(dialog.getByText('All 2 numbers were released.')).toBeInTheDocument());
  },
};

/** Two numbers selected, then a search that hides them and a third one selected: Delete takes all three and says so. */
export const DeleteWithHiddenSelection: Story = {
  parameters: { mocks: spareFirst },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Select (212) 555-0100' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Select (212) 555-0101' }));
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search phone numbers' }), '312');
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Select (312) 555-0100' }));
    await expect(await canvas.findByText('15 numbers match. 3 selected, 2 not shown.')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Delete (3)' }));
    const dialog = within(await body().findByRole('alertdialog', { name: 'Delete 3 phone numbers?' }));
    await expect(dialog.getByText('2 of these numbers are not shown by your search: they are deleted too.')).toBeInTheDocument();
  },
};

/** In French. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('45 numéros de téléphone.')).toBeInTheDocument();
  },
};
