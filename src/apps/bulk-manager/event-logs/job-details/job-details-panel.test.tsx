import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SEED_JOB_ID } from '../../../../../mocks/data/seed';
import { mockBackend, mockControls, NORTHWIND } from '../../../../../mocks/node';
import { withMockServer } from '../../../../../mocks/vitest';
import { renderApp } from '../../../../../tests/setup/render-app';
import { parseDelimited } from '../../../../import';
import { expectNoAxeViolations } from '../../../../ui/test-utils/axe';
import { EventLogsScreen } from '../event-logs-screen';

withMockServer();

async function openSeedJob() {
  const user = userEvent.setup();
  const rendered = renderApp(<EventLogsScreen />);
  const jobs = await screen.findByRole('grid', { name: 'Bulk jobs' });
  await user.click(within(jobs).getByText('northwind-onboarding.csv'));
  const panel = within(await screen.findByRole('dialog', { name: 'northwind-onboarding.csv' }));
  await panel.findByText('100 of 252');
  return { ...rendered, user, panel };
}

describe('Bulk job details', () => {
  it('shows who started the job, when, its counts and the first page of row results', async () => {
    const { panel } = await openSeedJob();
    const facts = Object.fromEntries(panel.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]));
    expect(facts).toMatchObject({ Status: 'Finished', 'Started by': 'Alex Admin', Rows: '252', Created: '250', Failed: '2' });
    const rows = within(panel.getByRole('grid', { name: 'Result of each row' })).getAllByRole('row');
    expect(within(rows[1] ?? rows[0] ?? document.body).getAllByRole('gridcell')[1]).toHaveTextContent('Created');
    await expectNoAxeViolations(document.body);
  });

  it("names each row's person, with their email, and keeps the created seat's id as secondary text", async () => {
    const { panel } = await openSeedJob();
    const seat = mockBackend.bulk(NORTHWIND.id).seats[0];
    if (!seat) throw new Error('No seeded seat');
    const grid = panel.getByRole('grid', { name: 'Result of each row' });
    expect(within(grid).getByRole('columnheader', { name: 'User' })).toBeInTheDocument();
    const first = within(grid).getAllByRole('row')[1];
    if (!first) throw new Error('No result row');
    const cells = within(first).getAllByRole('gridcell');
    expect(cells[2]).toHaveTextContent(`${seat.firstName} ${seat.lastName}${seat.email}`);
    expect(within(cells[2] ?? first).getByText(seat.email)).toBeInTheDocument();
    expect(within(cells[3] ?? first).getByText(`User ID ${seat.id}`)).toBeInTheDocument();
  });

  it('shows only the failed rows, with their reason, when asked', async () => {
    const { user, panel } = await openSeedJob();
    await user.selectOptions(panel.getByLabelText('Show'), 'Failed rows');
    await panel.findByText('2 of 2');
    const cells = within(panel.getByRole('grid', { name: 'Result of each row' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('gridcell')
          .map((cell) => cell.textContent),
      );
    const first = mockBackend.bulk(NORTHWIND.id).seats[0];
    expect(cells).toEqual([
      ['251', 'Failed', `${first?.firstName} ${first?.lastName}${first?.email}`, 'already used by another seat (Email)'],
      ['252', 'Failed', 'Sam Unknownsam.unknown@example.com', "not one of the account's sites (Site)"],
    ]);
  });

  it('says when the next page of results could not be loaded, keeps the rows shown, and loads it on retry', async () => {
    const { user, panel } = await openSeedJob();
    mockControls.setFaults({ routes: ['getSeatJob'], errorRate: 1, errorStatus: 503 });
    const grid = panel.getByRole('grid', { name: 'Result of each row' });
    // Scrolled to the end of the first 100 rows, the table asks for the next page.
    grid.scrollTop = 100 * 56;
    // A user's scrolling fires many scroll events; the test sends them until the request has failed
    // (retried with backoff first), so one event landing while the grid re-renders cannot lose it.
    const alert = await waitFor(
      () => {
        fireEvent.scroll(grid);
        return panel.getByRole('alert');
      },
      { timeout: 15_000 },
    );
    expect(alert).toHaveTextContent('More results could not be loaded. The server had a problem.');
    expect(panel.getByText('100 of 252')).toBeInTheDocument();
    mockControls.clearFaults();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await panel.findByText('200 of 252')).toBeInTheDocument();
    expect(panel.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens the job from one of its events in the log', async () => {
    const user = userEvent.setup();
    renderApp(<EventLogsScreen />);
    await user.selectOptions(await screen.findByLabelText('Event type'), 'Bulk job finished');
    const log = screen.getByRole('grid', { name: 'Event log' });
    await user.click(await within(log).findByText(/northwind-onboarding\.csv: 250 created, 2 failed of 252/));
    expect(await screen.findByRole('dialog', { name: 'northwind-onboarding.csv' })).toBeInTheDocument();
  });

  it("downloads the summary again: the template's columns with each row's values, then User ID, Created At, Result and Error", async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:summary';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { user, panel } = await openSeedJob();
    await user.click(panel.getByRole('button', { name: 'Download summary' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = (await saved[0]?.text()) ?? '';
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { rows } = parseDelimited(text.slice(1), 1000);
    expect(rows[0]).toEqual([
      'First Name',
      'Last Name',
      'Email',
      'Extension',
      'Site',
      'Direct Number',
      'Mobile Number',
      'Role',
      'Device Model',
      'MAC Address',
      'Caller ID Name',
      'Address Book',
      'User ID',
      'Created At',
      'Result',
      'Error',
    ]);
    expect(rows).toHaveLength(253);
    const data = mockBackend.bulk(NORTHWIND.id);
    const seat = data.seats[0];
    const first = data.jobs.find((job) => job.id === SEED_JOB_ID)?.results['1'];
    expect(first?.status).toBe('created');
    if (seat && first?.status === 'created') {
      const direct = seat.directNumber === null ? '' : `'${seat.directNumber}`;
      const mobile = seat.mobileNumber === null ? '' : `'${seat.mobileNumber}`;
      expect(rows[1]).toEqual([
        seat.firstName,
        seat.lastName,
        seat.email,
        seat.extension,
        seat.site,
        direct,
        mobile,
        seat.role,
        seat.deviceModel ?? '',
        seat.macAddress ?? '',
        seat.callerIdName ?? '',
        seat.addressBook ? 'Yes' : 'No',
        seat.id,
        first.createdAt,
        'Created',
        '',
      ]);
    }
    expect(rows[251]?.slice(2)).toEqual([
      seat?.email,
      '1300',
      'Headquarters',
      '',
      '',
      'User',
      '',
      '',
      '',
      'Yes',
      '',
      '',
      'Failed',
      'already used by another seat (Email)',
    ]);
    expect(rows[252]).toEqual([
      'Sam',
      'Unknown',
      'sam.unknown@example.com',
      '1301',
      'Annex',
      '',
      '',
      'User',
      '',
      '',
      '',
      'Yes',
      '',
      '',
      'Failed',
      "not one of the account's sites (Site)",
    ]);
  });
});
