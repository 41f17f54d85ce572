import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { AssignmentsCsvActions } from './assignments-csv-actions';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

withMockServer();

afterEach(() => {
  vi.restoreAllMocks();
});

const upn = (displayName: string): string => {
  const user = mockBackend.teams('100001').users.find((item) => item.displayName === displayName);
  if (!user) throw new Error(`No seeded user ${displayName}`);
  return user.userPrincipalName;
};
const userNamed = (displayName: string) => mockBackend.teams('100001').users.find((item) => item.displayName === displayName);

function editedFile(): File {
  const lines = [
    'User Principal Name,Display Name,Phone Number,Failover Number,Ratecenter',
    `${upn('Benoît Bauer')},Benoît Bauer,(212) 555-0128,,`,
    `${upn("Alex O'Brien")},Alex O'Brien,,,`,
    `${upn('Alex Nguyen')},Alex Nguyen,(212) 555-0109,(628) 555-0199,`,
    'nobody@northwindtraders.example.com,Nobody,(212) 555-0129,,',
    `${upn('Chen Vargas')},Chen Vargas,2.12556E+09,,`,
    `${upn('Chen Kim')},Chen Kim,(415) 555-0100,,`,
  ];
  return new File([lines.join('\r\n')], 'assignments.csv', { type: 'text/csv' });
}

function renderActions() {
  const onApplied = vi.fn();
  const rendered = renderApp(<AssignmentsCsvActions onApplied={onApplied} />, { ...mountedAt(teamsManifest, 'users') });
  return { ...rendered, onApplied, user: userEvent.setup() };
}

async function openUpload(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Upload' }));
  return screen.findByRole('dialog', { name: 'Upload assignments' });
}

const cellTexts = (grid: HTMLElement): string[][] =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent ?? ''),
    );

describe('bulk assignment by CSV', () => {
  it('previews changes and located problems, applies on confirmation, and reports each row', async () => {
    const { user, onApplied, container } = renderActions();
    const dialog = await openUpload(user);
    await user.upload(within(dialog).getByLabelText(/Choose a file/), editedFile());

    const previewHeading = await within(dialog).findByRole('heading', { name: 'Preview' });
    await waitFor(() => expect(previewHeading).toHaveFocus());
    expect(within(dialog).getByText('6 rows read. Changes: 4. Problems: 3. Unchanged rows: 0.')).toBeInTheDocument();
    expect(cellTexts(within(dialog).getByRole('grid', { name: 'Changes' }))).toEqual([
      ['2', upn('Benoît Bauer'), 'Assign number', 'None', '(212) 555-0128'],
      ['3', upn("Alex O'Brien"), 'Remove number', '(212) 555-0102', 'None'],
      ['3', upn("Alex O'Brien"), 'Change failover', '(212) 555-0103', 'None'],
      ['4', upn('Alex Nguyen'), 'Change failover', 'None', '(628) 555-0199'],
    ]);
    expect(cellTexts(within(dialog).getByRole('grid', { name: 'Problems' }))).toEqual([
      ['5', 'User Principal Name', 'nobody@northwindtraders.example.com', 'No user has this user principal name.'],
      ['6', 'Phone Number', '2.12556E+09', expect.stringContaining('scientific notation (2.12556E+09)')],
      ['7', 'Phone Number', '(415) 555-0100', "This number is not one of the account's numbers."],
    ]);
    // Nothing changed yet.
    expect(userNamed('Benoît Bauer')?.phoneNumber).toBeNull();
    await expectNoAxeViolations(container.ownerDocument.body);

    // Applying is the dialog's main action, and looks like one.
    expect(within(dialog).getByRole('button', { name: 'Apply 4 changes' })).toHaveClass('primary');
    await user.click(within(dialog).getByRole('button', { name: 'Apply 4 changes' }));
    const resultsHeading = await within(dialog).findByRole('heading', { name: 'Results' });
    await waitFor(() => expect(resultsHeading).toHaveFocus());
    expect(within(dialog).getByText('Applied: 3. Unchanged: 0. Failed: 3.')).toBeInTheDocument();
    expect(cellTexts(within(dialog).getByRole('grid', { name: 'Result of each row' })).map(([row, user, result]) => [row, user, result])).toEqual([
      ['2', upn('Benoît Bauer'), 'Applied'],
      ['3', upn("Alex O'Brien"), 'Applied'],
      ['4', upn('Alex Nguyen'), 'Applied'],
      ['5', 'nobody@northwindtraders.example.com', 'Failed'],
      ['6', upn('Chen Vargas'), 'Failed'],
      ['7', upn('Chen Kim'), 'Failed'],
    ]);
    expect(onApplied).toHaveBeenCalledTimes(1);
    expect(userNamed('Benoît Bauer')?.phoneNumber).toBe('+12125550128');
    expect(userNamed("Alex O'Brien")).toMatchObject({ phoneNumber: null, failoverNumber: null });
    expect(userNamed('Alex Nguyen')?.failoverNumber).toBe('+16285550199');
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('explains a file it cannot read, and lets the admin choose another', async () => {
    const { user } = renderActions();
    const dialog = await openUpload(user);
    await user.upload(
      within(dialog).getByLabelText(/Choose a file/),
      new File(['User Principal Name,Phone Number\na@b.example.com,2125550100\n'], 'assignments.csv', { type: 'text/csv' }),
    );
    expect(await within(dialog).findByText('A required column is missing: Failover Number.')).toBeInTheDocument();
  });

  it('offers nothing to apply when the file changes nothing', async () => {
    const { user } = renderActions();
    const dialog = await openUpload(user);
    const file = new File([`User Principal Name,Phone Number,Failover Number\n${upn('Alex Nguyen')},(212) 555-0109,\n`], 'same.csv', { type: 'text/csv' });
    await user.upload(within(dialog).getByLabelText(/Choose a file/), file);
    expect(await within(dialog).findByText('The file changes nothing.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply 0 changes' })).toBeDisabled();
  });

  it('keeps the preview and says so when applying fails', async () => {
    const { user, onApplied } = renderActions();
    const dialog = await openUpload(user);
    await user.upload(within(dialog).getByLabelText(/Choose a file/), editedFile());
    await within(dialog).findByRole('heading', { name: 'Preview' });
    mockControls.setFaults({ routes: ['applyAssignments'], errorRate: 1, errorStatus: 500 });
    await user.click(within(dialog).getByRole('button', { name: 'Apply 4 changes' }));
    expect(await within(dialog).findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'The changes could not be applied. The server had a problem. Try again in a moment.',
    );
    expect(within(dialog).getByRole('grid', { name: 'Changes' })).toBeInTheDocument();
    expect(onApplied).not.toHaveBeenCalled();
  }, 15_000);

  it('downloads the assignments as a safe CSV: users with and without numbers, and spare numbers', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:assignments';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderActions();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = await blobs[0]?.text();
    expect(text?.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text?.slice(1) ?? '', { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['User Principal Name', 'Display Name', 'Phone Number', 'Failover Number', 'Ratecenter']);
    expect(rows).toContainEqual([upn("Alex O'Brien"), "Alex O'Brien", "'+12125550102", "'+12125550103", expect.any(String)]);
    expect(rows).toContainEqual([upn('Benoît Bauer'), 'Benoît Bauer', '', '', '']);
    expect(rows).toContainEqual(['', '', "'+13125550114", '', expect.any(String)]);
    expect(rows).toHaveLength(1 + 40 + 17);
  });
});
