import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import type { FakeBridge } from '../../../testing/fake-bridge';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { defaultJobStore } from '../bulk-job/job-store';
import { bulkJobRunnerFor } from '../bulk-job/use-bulk-job';
import { BulkManagerApp } from '../shell/bulk-manager-app';
import { previewCell } from './testing/preview-cells';
import { csvFile, seatCsv, seatHeaders, seatRows } from './testing/seat-files';
import { mountedAt } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../../../apps/bulk-manager/manifest';

withMockServer();

const bridges: FakeBridge[] = [];

afterEach(async () => {
  for (const bridge of bridges.splice(0)) bulkJobRunnerFor(bridge).dispose();
  await defaultJobStore().clear('user-1');
});

/** The user's own headers for Email and Extension: the fix preview must use them, not the template's. */
const userHeaders = seatHeaders.map((header) => (header === 'Email' ? 'E-mail' : header === 'Extension' ? 'Ext' : header));

const seatCount = () => mockControls.snapshot().seatsByAccount['100001'] ?? 0;

/**
 * Uploads five valid rows (spreadsheet rows 2 to 6), then, between the check and the creation, lets
 * the account change under them: another seat takes row 3's email and row 5's extension, and the site
 * of row 4 goes away. Creates them: two are created, three refused.
 */
async function createWithRefusals() {
  const rendered = renderApp(<BulkManagerApp />, mountedAt(bulkManagerManifest, 'configuration'));
  bridges.push(rendered.bridge);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Upload file' }));
  const dialog = await screen.findByRole('dialog', { name: 'Upload file' });
  await user.upload(within(dialog).getByLabelText(/Browse files/), csvFile(seatCsv(seatRows(5), userHeaders), 'team.csv'));
  await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
  await screen.findByText('No errors found');

  const data = mockBackend.bulk('100001');
  const [first, second] = data.seats;
  if (!first || !second) throw new Error('The seed has seats');
  first.email = 'USER1@example.org';
  second.extension = '5003';
  data.sites = data.sites.filter((site) => site !== 'Remote');
  await user.click(screen.getByRole('button', { name: 'Create 5 users' }));
  expect(await screen.findByText('2 users were created.')).toBeInTheDocument();
  expect(screen.getByText('3 rows were refused by the server.')).toBeInTheDocument();
  return { ...rendered, user, data };
}

describe('Configuration: fix failed rows', () => {
  it('opens the refused rows as a preview with the conflicts marked, and creates them once fixed', async () => {
    const { user, container } = await createWithRefusals();
    const jobsBefore = mockBackend.bulk('100001').jobs.length;

    await user.click(screen.getByRole('button', { name: 'Fix 3 failed rows' }));
    const heading = await screen.findByRole('heading', { name: 'Preview of team.csv (failed rows)' });
    await waitFor(() => expect(heading).toHaveFocus());
    // The finished run is put away: its panel is gone, its job stays in the account's history.
    expect(screen.queryByText(/refused by the server/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();

    expect(screen.getByText('3 rows: 1 valid, 2 with errors')).toBeInTheDocument();
    expect(screen.getByText(/^These are the 3 rows the server refused/)).toBeInTheDocument();
    // Row 4's refusal shows on no cell (the template still lists its site): the server's reason is told.
    expect(screen.getByText('The server refused this row for a reason that no cell shows: row 4 (site: unknown-site).')).toBeInTheDocument();

    const grid = screen.getByRole('grid', { name: 'Rows of team.csv (failed rows)' });
    const rowNumbers = [...grid.querySelectorAll('[role="row"]')].slice(1).map((row) => row.querySelector('[aria-colindex="2"]')?.textContent);
    expect(rowNumbers).toEqual(['3', '4', '5']);
    const email = previewCell(grid, 3, 'Email');
    expect(email).toHaveTextContent('user1@example.org');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleName('user1@example.org Error: Already used by another user of this account.');
    expect(previewCell(grid, 5, 'Extension')).toHaveAccessibleName('5003 Error: Already used by another user of this account.');
    // Messages name the columns as the app does; each header shows the file's own header under the name.
    expect(previewCell(grid, 3, 'Status')).toHaveTextContent('Email: Already used by another user of this account.');
    expect(previewCell(grid, 5, 'Status')).toHaveTextContent('Extension: Already used by another user of this account.');
    expect(within(grid).getByRole('columnheader', { name: 'Email' })).toHaveTextContent('EmailE-mail');
    expect(within(grid).getByRole('columnheader', { name: 'Extension' })).toHaveTextContent('ExtensionExt');
    expect(previewCell(grid, 4, 'Site')).toHaveTextContent('Remote');
    expect(previewCell(grid, 4, 'Site')).not.toHaveAttribute('aria-invalid');
    await expectNoAxeViolations(container);

    await user.click(email);
    await user.keyboard('{Control>}a{/Control}new1@example.org{Enter}');
    await user.click(previewCell(grid, 5, 'Extension'));
    await user.keyboard('{Control>}a{/Control}5103{Enter}');
    await user.click(previewCell(grid, 4, 'Site'));
    await user.keyboard('{Control>}a{/Control}Headquarters{Enter}');
    expect(await screen.findByText('No errors found')).toBeInTheDocument();

    const before = seatCount();
    await user.click(screen.getByRole('button', { name: 'Create 3 users' }));
    expect(await screen.findByText('3 users were created.')).toBeInTheDocument();
    expect(screen.queryByText(/refused by the server/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Fix / })).toBeNull();
    expect(seatCount()).toBe(before + 3);
    const jobs = mockBackend.bulk('100001').jobs;
    expect(jobs).toHaveLength(jobsBefore + 1);
    expect(jobs.at(-1)).toMatchObject({ fileName: 'team.csv (failed rows)', rowCount: 3 });
    const created = mockBackend.bulk('100001').seats.filter((seat) => ['new1@example.org', 'user2@example.org', 'user3@example.org'].includes(seat.email));
    expect(created.map((seat) => [seat.email, seat.extension, seat.site])).toEqual([
      ['new1@example.org', '5001', 'Branch Office'],
      ['user2@example.org', '5002', 'Headquarters'],
      ['user3@example.org', '5103', 'Headquarters'],
    ]);
  });

  it('opens the rows even when the account cannot be checked, with the server reason of each row and the check that is owed', async () => {
    const { user } = await createWithRefusals();
    mockControls.setFaults({ routes: ['validateSeats'], errorRate: 1, errorStatus: 500 });
    await user.click(screen.getByRole('button', { name: 'Fix 3 failed rows' }));
    const fixed = await screen.findByRole('heading', { name: 'Preview of team.csv (failed rows)' }, { timeout: 10000 });
    await waitFor(() => expect(fixed).toHaveFocus());
    expect(screen.getByText('3 rows: 3 valid, 0 with errors')).toBeInTheDocument();
    expect(
      screen.getByText('The server refused 3 rows for a reason that no cell shows: rows 3 (email: taken); 4 (site: unknown-site); 5 (extension: taken).'),
    ).toBeInTheDocument();
    expect(screen.getByText('Values could not be checked against the account. They will be checked when the users are created.')).toBeInTheDocument();
  });
});
