import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import type { FakeBridge } from '../../../testing/fake-bridge';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { bulkJobRunnerFor } from '../bulk-job/use-bulk-job';
import { defaultJobStore } from '../bulk-job/job-store';
import { BulkManagerApp } from '../shell/bulk-manager-app';
import { csvFile, seatCsv, seatRows } from './testing/seat-files';
import { workbookBytes } from '../../../import/testing/files.fixture';
import { mountedAt } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../../../apps/bulk-manager/manifest';

withMockServer();

const bridges: FakeBridge[] = [];

beforeEach(() => localStorage.clear());
afterEach(async () => {
  for (const bridge of bridges.splice(0)) bulkJobRunnerFor(bridge).dispose();
  await defaultJobStore().clear('user-1');
});

function renderTab() {
  const rendered = renderApp(<BulkManagerApp />, mountedAt(bulkManagerManifest, 'configuration'));
  bridges.push(rendered.bridge);
  return { ...rendered, user: userEvent.setup() };
}

async function upload(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.click(await screen.findByRole('button', { name: 'Upload file' }));
  const dialog = await screen.findByRole('dialog', { name: 'Upload file' });
  await user.upload(within(dialog).getByLabelText(/Browse files/), file);
  await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
  return dialog;
}

/** The file of the issue: every header written another way, three of them not synonyms of ours. */
const foreignHeaders = [
  'Given name',
  'Surname',
  'E-mail address',
  'Ext.',
  'Office',
  'Phone (direct)',
  'Cell',
  'Role',
  'Phone model',
  'MAC',
  'Display name',
  'In directory',
];
function foreignFile(): File {
  const rows = seatRows(3).map((row, n) => {
    const copy = [...row];
    copy[5] = `(415) 555-01${40 + n}`;
    copy[10] = `Caller ${n}`;
    copy[11] = n === 1 ? 'No' : 'Yes';
    return copy;
  });
  return csvFile(seatCsv(rows, foreignHeaders), 'foreign.csv');
}

const ignoredOf = (step: HTMLElement) => within(within(step).getByRole('region', { name: /ignored/ }));
const stepOf = (name: string) => screen.findByRole('dialog', { name: `Match the columns of ${name}` });

describe('Columns step', () => {
  it('is shown for similar names, says how each column was matched with a sample, and keeps every column', async () => {
    const { user } = renderTab();
    await upload(user, foreignFile());
    const step = await stepOf('foreign.csv');
    const direct = within(step).getByRole('combobox', { name: 'Direct Number' });
    expect(direct).toHaveValue('5');
    expect(direct).toHaveAccessibleDescription('Similar name · Sample: (415) 555-0140, (415) 555-0141, (415) 555-0142');
    expect(within(step).getByRole('combobox', { name: 'Caller ID Name' })).toHaveAccessibleDescription('Known name · Sample: Caller 0, Caller 1, Caller 2');
    expect(within(step).getByRole('combobox', { name: /First Name/ })).toHaveAccessibleDescription(/^Known name/);
    expect(within(step).getByRole('heading', { name: '0 columns of your file ignored' })).toBeInTheDocument();
    await expectNoAxeViolations(step);
    await user.click(within(step).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Columns: 12 matched, 0 ignored')).toBeInTheDocument();
    expect(screen.getByText('No errors found')).toBeInTheDocument();
  });

  it('reads the rows again with a changed mapping, and lists a cleared column as ignored', async () => {
    const { user } = renderTab();
    await upload(user, foreignFile());
    const step = await stepOf('foreign.csv');
    await user.selectOptions(within(step).getByRole('combobox', { name: 'Caller ID Name' }), 'None');
    expect(within(step).getByRole('heading', { name: '1 column of your file ignored' })).toBeInTheDocument();
    expect(ignoredOf(step).getByText('Display name')).toBeInTheDocument();
    await user.click(within(step).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Columns: 11 matched, 1 ignored')).toBeInTheDocument();
  });

  it('gives a file column to one template column only', async () => {
    const { user } = renderTab();
    await upload(user, foreignFile());
    const step = await stepOf('foreign.csv');
    const mobile = within(step).getByRole('combobox', { name: 'Mobile Number' });
    await user.selectOptions(mobile, 'Phone (direct) (now in Direct Number)');
    expect(mobile).toHaveValue('5');
    expect(within(step).getByRole('combobox', { name: 'Direct Number' })).toHaveValue('-1');
    expect(ignoredOf(step).getByText('Cell')).toBeInTheDocument();
  });

  it('stops at a missing required column with the reason, until a column is chosen for it', async () => {
    const { user } = renderTab();
    const headers = ['First Name', 'Last Name', 'Email', 'Extension', 'Where', 'Department'];
    await upload(
      user,
      csvFile(
        seatCsv(
          seatRows(2).map((row) => [...row.slice(0, 5), 'Sales']),
          headers,
        ),
        'where.csv',
      ),
    );
    const step = await stepOf('where.csv');
    const continueButton = within(step).getByRole('button', { name: 'Continue' });
    expect(continueButton).toBeDisabled();
    expect(continueButton).toHaveAccessibleDescription('Choose a column of your file for Site to continue: it is required.');
    expect(ignoredOf(step).getByText('Department')).toBeInTheDocument();
    await user.selectOptions(within(step).getByRole('combobox', { name: /^Site/ }), 'Where');
    expect(continueButton).toBeEnabled();
    await user.click(continueButton);
    expect(await screen.findByText('Columns: 5 matched, 1 ignored')).toBeInTheDocument();
    expect(screen.getByText('No errors found')).toBeInTheDocument();
  });

  it('is shown for a French-headed file whose Département column has data, and the preview line opens it again', async () => {
    const { user } = renderTab();
    await upload(
      user,
      csvFile(
        seatCsv(
          seatRows(2).map((row) => [...row.slice(0, 5), 'Sales']),
          ['Prénom', 'Nom', 'Courriel', 'Poste', 'Site', 'Département'],
        ),
        'fr.csv',
      ),
    );
    let step = await stepOf('fr.csv');
    expect(within(step).getByRole('combobox', { name: /First Name/ })).toHaveValue('0');
    expect(within(step).getByRole('combobox', { name: /Email/ })).toHaveValue('2');
    expect(ignoredOf(step).getByText('Département')).toBeInTheDocument();
    expect(ignoredOf(step).getByText('Sample: Sales, Sales')).toBeInTheDocument();
    await user.click(within(step).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Columns: 5 matched, 1 ignored')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review columns' }));
    step = await stepOf('fr.csv');
    await user.click(within(step).getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Columns: 5 matched, 1 ignored')).toBeInTheDocument();
  });

  it('is skipped when every column with data is matched by a known name, and when the admin chose these columns before', async () => {
    const { user } = renderTab();
    await upload(
      user,
      csvFile(
        seatCsv(
          seatRows(2).map((row) => row.slice(0, 5)),
          ['Prénom', 'Nom', 'Courriel', 'Poste', 'Site'],
        ),
        'known.csv',
      ),
    );
    expect(await screen.findByText('Columns: 5 matched, 0 ignored')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();

    const withDepartment = () =>
      csvFile(
        seatCsv(
          seatRows(2).map((row) => [...row.slice(0, 5), 'Sales']),
          ['Prénom', 'Nom', 'Courriel', 'Poste', 'Site', 'Département'],
        ),
        'fr.csv',
      );
    await upload(user, withDepartment());
    await user.click(within(await stepOf('fr.csv')).getByRole('button', { name: 'Continue' }));
    await screen.findByText('Columns: 5 matched, 1 ignored');
    await upload(user, withDepartment());
    expect(await screen.findByText('Columns: 5 matched, 1 ignored')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers the columns of the last upload with the same headers', async () => {
    const { user } = renderTab();
    await upload(user, foreignFile());
    let step = await stepOf('foreign.csv');
    await user.selectOptions(within(step).getByRole('combobox', { name: 'Mobile Number' }), 'None');
    await user.click(within(step).getByRole('button', { name: 'Continue' }));
    await screen.findByText('Columns: 11 matched, 1 ignored');
    const stored = JSON.stringify(localStorage);
    expect(stored).toContain('Given name');
    expect(stored).not.toContain('Caller 0');

    await upload(user, foreignFile());
    step = await stepOf('foreign.csv');
    expect(within(step).getByRole('combobox', { name: 'Mobile Number' })).toHaveValue('6');
    await user.click(within(step).getByRole('button', { name: 'Use the columns of your last upload' }));
    expect(within(step).getByRole('combobox', { name: 'Mobile Number' })).toHaveValue('-1');
    expect(within(step).queryByRole('button', { name: 'Use the columns of your last upload' })).toBeNull();
  });
});

describe('Columns step: a workbook of several sheets', () => {
  const header = ['First Name', 'Last Name', 'Email', 'Extension', 'Site'];
  const workbook = () =>
    new File(
      [
        workbookBytes([
          { name: 'Read me', rows: [['Fill the sheet Staff, one user per row.']] },
          { name: 'Staff', rows: [header, ['Ada', 'Lovelace', 'ada@example.org', '5101', 'Remote']] },
          { name: 'Contractors', rows: [header, ['Bo', 'Di', 'bo@example.org', '5201', 'Remote'], ['Cy', 'Ek', 'cy@example.org', '5202', 'Remote']] },
        ]),
      ],
      'people.xlsx',
    );

  it('opens on the first sheet with the columns, names every sheet, and reads another when it is picked', async () => {
    const { user } = renderTab();
    await upload(user, workbook());
    const step = await stepOf('people.xlsx');
    const sheet = within(step).getByRole('combobox', { name: 'Sheet' });
    expect(sheet).toHaveValue('Staff');
    expect(sheet).toHaveAccessibleDescription('This workbook has 3 sheets: choose the one with the users.');
    expect(
      within(sheet)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Read me', 'Staff', 'Contractors']);
    await expectNoAxeViolations(step);
    await user.selectOptions(sheet, 'Contractors');
    const again = await stepOf('people.xlsx');
    await within(again).findByDisplayValue('Contractors');
    await user.click(within(again).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('2 rows: 2 valid, 0 with errors')).toBeInTheDocument();
    expect(screen.getByRole('grid')).toHaveTextContent('bo@example.org');
  });
});
