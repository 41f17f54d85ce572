import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AssignmentsCsvActions } from './assignments-csv-actions';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

const meta = {
  title: 'Teams/Users/Bulk assignment',
  component: AssignmentsCsvActions,
  args: { onApplied: fn() },
  parameters: { bridge: mountedAt(teamsManifest, 'users') },
} satisfies Meta<typeof AssignmentsCsvActions>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An edited download of the seeded tenant: three changes and three problems. */
const editedFile = () =>
  new File(
    [
      [
        'User Principal Name,Display Name,Phone Number,Failover Number,Ratecenter',
        'benoit.bauer@northwindtraders.example.com,Benoît Bauer,(212) 555-0128,,',
        "alex.obrien@northwindtraders.example.com,Alex O'Brien,,,",
        'alex.nguyen@northwindtraders.example.com,Alex Nguyen,(212) 555-0109,(628) 555-0199,',
        'nobody@northwindtraders.example.com,Nobody,(212) 555-0129,,',
        'chen.vargas@northwindtraders.example.com,Chen Vargas,2.12556E+09,,',
        'chen.kim@northwindtraders.example.com,Chen Kim,(415) 555-0100,,',
      ].join('\r\n'),
    ],
    'assignments.csv',
    { type: 'text/csv' },
  );

const dialogOf = async (canvasElement: HTMLElement) => {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Upload' }));
  return within(await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Upload assignments' }));
};

/** Download CSV and Upload. */
export const Actions: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
  },
};

/** The upload dialog, waiting for a file. */
export const ChooseFile: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(dialog.getByText('Drag the file here, or')).toBeInTheDocument();
  },
};

/** A file without a required column. */
export const FileError: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.upload(
      dialog.getByLabelText(/Choose a file/),
      new File(['User Principal Name,Phone Number\na@b.example.com,2125550100\n'], 'assignments.csv', { type: 'text/csv' }),
    );
    await expect(await dialog.findByText('A required column is missing: Failover Number.')).toBeInTheDocument();
  },
};

/** While the server checks the file. */
export const Checking: Story = {
  parameters: { mocks: { faults: [{ routes: ['validateAssignments'], latencyMs: 20_000 }] } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.upload(dialog.getByLabelText(/Choose a file/), editedFile());
    await expect(await dialog.findByRole('progressbar', { name: 'Checking the file…' })).toBeInTheDocument();
  },
};

/** The preview: changes (assign, unassign, failover) and problems with their rows. */
export const Preview: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.upload(dialog.getByLabelText(/Choose a file/), editedFile());
    await expect(await dialog.findByText('6 rows read. Changes: 4. Problems: 3. Unchanged rows: 0.')).toBeInTheDocument();
    await expect(dialog.getByRole('grid', { name: 'Problems' })).toBeInTheDocument();
  },
};

/** After Apply: each row's result. */
export const Results: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.upload(dialog.getByLabelText(/Choose a file/), editedFile());
    await userEvent.click(await dialog.findByRole('button', { name: 'Apply 4 changes' }));
    await expect(await dialog.findByText('Applied: 3. Unchanged: 0. Failed: 3.')).toBeInTheDocument();
  },
};

/** Apply fails: the preview stays, with the reason. */
export const ApplyFailed: Story = {
  parameters: { mocks: { faults: [{ routes: ['applyAssignments'], errorRate: 1, errorStatus: 503 }] } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.upload(dialog.getByLabelText(/Choose a file/), editedFile());
    await userEvent.click(await dialog.findByRole('button', { name: 'Apply 4 changes' }));
    await expect(await dialog.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('The changes could not be applied.');
  },
};
