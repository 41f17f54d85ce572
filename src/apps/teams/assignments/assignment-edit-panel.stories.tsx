import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { TeamsUser } from '../../../contract';
import { AssignmentEditPanel } from './assignment-edit-panel';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

/** Users of the seeded Northwind tenant, as the Users table hands them to the panel. */
const alexOBrien: TeamsUser = {
  id: 'tu-100001-3',
  userPrincipalName: 'alex.obrien@northwindtraders.example.com',
  displayName: "Alex O'Brien",
  phoneNumber: '+12125550102',
  failoverNumber: '+12125550103',
};
const benoitBauer: TeamsUser = {
  id: 'tu-100001-39',
  userPrincipalName: 'benoit.bauer@northwindtraders.example.com',
  displayName: 'Benoît Bauer',
  phoneNumber: null,
  failoverNumber: null,
};

const meta = {
  title: 'Teams/Users/Edit panel',
  component: AssignmentEditPanel,
  args: { target: { kind: 'user', user: alexOBrien }, onClose: fn(), onSaved: fn() },
  parameters: { bridge: mountedAt(teamsManifest, 'users') },
} satisfies Meta<typeof AssignmentEditPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** A user with a number and a failover number; Show Recent Calls is offered. */
export const WithNumber: Story = {
  play: async ({ canvasElement }) => {
    const panel = body(canvasElement);
    await expect(await panel.findByRole('textbox', { name: 'Failover phone number' })).toHaveValue('(212) 555-0103');
    await expect(panel.getByRole('button', { name: 'Show Recent Calls' })).toBeInTheDocument();
  },
};

/** A user without a number: the failover number waits for one. */
export const WithoutNumber: Story = {
  args: { target: { kind: 'user', user: benoitBauer } },
  play: async ({ canvasElement }) => {
    await expect(await body(canvasElement).findByRole('textbox', { name: 'Failover phone number' })).toBeDisabled();
  },
};

/** Changing the number of a user with a failover number offers to clear it. */
export const ChangingNumber: Story = {
  play: async ({ canvasElement }) => {
    const panel = body(canvasElement);
    await userEvent.click(await panel.findByRole('checkbox', { name: 'Only show unassigned numbers' }));
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Assigned phone number' }), '+12125550128');
    await expect(panel.getByRole('checkbox', { name: 'Clear old phone number failover number' })).toBeInTheDocument();
  },
};

/** A failover number that is no phone number, refused under the field. */
export const InvalidFailover: Story = {
  play: async ({ canvasElement }) => {
    const panel = body(canvasElement);
    const field = await panel.findByRole('textbox', { name: 'Failover phone number' });
    await userEvent.clear(field);
    await userEvent.type(field, '555-12');
    await userEvent.click(panel.getByRole('button', { name: 'Update' }));
    await expect(await panel.findByText('Enter a valid phone number, for example (415) 555-0142 or +44 20 7946 0000.')).toBeInTheDocument();
  },
};

/** The server is down when Update is pressed: the form stays, with the reason. */
export const SaveFailed: Story = {
  args: { target: { kind: 'user', user: benoitBauer } },
  parameters: { mocks: { faults: [{ routes: ['updateAssignment'], errorRate: 1, errorStatus: 503 }] } },
  play: async ({ canvasElement }) => {
    const panel = body(canvasElement);
    await userEvent.selectOptions(await panel.findByRole('combobox', { name: 'Assigned phone number' }), '+12125550128');
    await userEvent.click(panel.getByRole('button', { name: 'Update' }));
    await expect(await panel.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('The server had a problem.');
  },
};

/** Opened on an assigned number (from Phone Numbers): its user's panel. */
export const FromAssignedNumber: Story = {
  args: { target: { kind: 'number', number: '+12125550102' } },
  play: async ({ canvasElement }) => {
    await expect(await body(canvasElement).findByRole('dialog', { name: "Edit Alex O'Brien" })).toBeInTheDocument();
  },
};

/** Opened on a spare number: choose the user to give it to. */
export const FromSpareNumber: Story = {
  args: { target: { kind: 'number', number: '+13125550100' } },
  play: async ({ canvasElement }) => {
    const panel = body(canvasElement);
    await userEvent.selectOptions(await panel.findByRole('combobox', { name: 'User' }), benoitBauer.id);
    await expect(await panel.findByRole('combobox', { name: 'Assigned phone number' })).toHaveValue('+13125550100');
  },
};

/** While the account's numbers load. */
export const Loading: Story = {
  parameters: { mocks: { faults: [{ routes: ['listNumbers'], latencyMs: 20_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await body(canvasElement).findByRole('status')).toHaveTextContent('Loading…');
  },
};

/** The numbers cannot be loaded. */
export const LoadError: Story = {
  parameters: { mocks: { faults: [{ routes: ['listNumbers'], errorRate: 1, errorStatus: 503 }] } },
  play: async ({ canvasElement }) => {
    await expect(await body(canvasElement).findByText('The numbers could not be loaded', {}, { timeout: 10_000 })).toBeInTheDocument();
  },
};

/** Escape with an edit not saved: the panel asks before dropping it, Keep editing focused. */
const askToDiscard = (title: string): Story => ({
  play: async ({ canvasElement }) => {
    const panel = body(canvasElement);
    const [failover] = await panel.findAllByRole('textbox');
    if (!failover) throw new Error('The panel has no failover field');
    await userEvent.clear(failover);
    await userEvent.type(failover, '(628) 555-0177');
    await userEvent.keyboard('{Escape}');
    const question = await panel.findByRole('alertdialog', { name: title });
    await expect(within(question).getAllByRole('button')[1]).toHaveFocus();
  },
});

/** Escape with unsaved edits asks: Discard changes or Keep editing. */
export const DiscardQuestion: Story = askToDiscard('Discard your changes?');

/** The same question in French. */
export const DiscardQuestionFrench: Story = { ...askToDiscard('Abandonner vos modifications\u202f?'), globals: { locale: 'fr' } };

/** The same question in Spanish. */
export const DiscardQuestionSpanish: Story = { ...askToDiscard('¿Descartar los cambios?'), globals: { locale: 'es' } };
