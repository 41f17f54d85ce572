import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SEED_JOB_ID } from '../../../../../mocks/data/seed';
import { mockBackend } from '../../../../../mocks/node';
import { withMockServer } from '../../../../../mocks/vitest';
import { renderApp } from '../../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../../ui/test-utils/axe';
import { EventLogsTab } from '../event-logs-tab';

withMockServer();

async function openSeedJob() {
  const user = userEvent.setup();
  const rendered = renderApp(<EventLogsTab />);
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

  it('shows only the failed rows, with their reason, when asked', async () => {
    const { user, panel } = await openSeedJob();
    await user.selectOptions(panel.getByLabelText('Show'), 'Failed rows');
    await panel.findByText('2 of 2');
    const cells = within(panel.getByRole('grid', { name: 'Result of each row' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('gridcell').map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['251', 'Failed', 'already used by another seat (Email)'],
      ['252', 'Failed', "not one of the account's sites (Site)"],
    ]);
  });

  it('opens the job from one of its events in the log', async () => {
    const user = userEvent.setup();
    renderApp(<EventLogsTab />);
    await user.selectOptions(await screen.findByLabelText('Event type'), 'Bulk job finished');
    const log = screen.getByRole('grid', { name: 'Event log' });
    await user.click(await within(log).findByText(/northwind-onboarding\.csv: 250 created, 2 failed of 252/));
    expect(await screen.findByRole('dialog', { name: 'northwind-onboarding.csv' })).toBeInTheDocument();
  });

  it('downloads the summary again, one line per row with its result', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:summary';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { user, panel } = await openSeedJob();
    await user.click(panel.getByRole('button', { name: 'Download summary' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = await saved[0]?.text();
    const lines = (text ?? '').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Row,User ID,Created At,Result,Error');
    expect(lines).toHaveLength(253);
    const first = mockBackend.bulk('100001').jobs.find((job) => job.id === SEED_JOB_ID)?.results['1'];
    expect(first?.status).toBe('created');
    if (first?.status === 'created') expect(lines[1]).toBe(`1,${first.seatId},${first.createdAt},Created,`);
    expect(lines[251]).toBe('251,,,Failed,already used by another seat (Email)');
    expect(lines[252]).toBe("252,,,Failed,not one of the account's sites (Site)");
  });
});
