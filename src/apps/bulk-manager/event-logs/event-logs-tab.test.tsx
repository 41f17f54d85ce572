import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { EventLogsTab } from './event-logs-tab';

withMockServer();

const eventGrid = () => screen.getByRole('grid', { name: 'Event log' });
const eventTypesShown = () =>
  within(eventGrid())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[1]?.textContent ?? '');
const total = () => mockBackend.bulk('100001').events.length;

/** The message shown with a field (its aria-describedby text). */
function messageOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('Event Logs tab', () => {
  it('lists the bulk jobs with their counts and who started them, and the events newest first', async () => {
    const { container } = renderApp(<EventLogsTab />);
    const jobs = await screen.findByRole('grid', { name: 'Bulk jobs' });
    const job = within(jobs).getAllByRole('row')[1];
    expect(within(job ?? jobs).getAllByRole('gridcell').map((cell) => cell.textContent)).toEqual([
      'northwind-onboarding.csv',
      expect.stringContaining('2025'),
      expect.stringContaining('2025'),
      '252',
      '250',
      '2',
      'Alex Admin',
    ]);
    expect(await screen.findByText(`100 of ${total()}`)).toBeInTheDocument();
    expect(eventTypesShown()[0]).toBe('Welcome message sent');
    await expectNoAxeViolations(container);
  });

  it('writes dates and numbers the way the current language does', async () => {
    renderApp(<EventLogsTab />, { locale: 'fr' });
    const jobs = await screen.findByRole('grid', { name: 'Imports en masse' });
    const started = within(jobs).getAllByRole('gridcell')[1]?.textContent ?? '';
    expect(started).toMatch(/janv\. 2025/);
    expect(await screen.findByText(`100 sur ${total()}`)).toBeInTheDocument();
  });

  it('filters the events by type', async () => {
    const user = userEvent.setup();
    renderApp(<EventLogsTab />);
    await screen.findByText(`100 of ${total()}`);
    await user.selectOptions(screen.getByLabelText('Event type'), 'Seat not created');
    expect(await screen.findByText('2 of 2')).toBeInTheDocument();
    expect(eventTypesShown()).toEqual(['Seat not created', 'Seat not created']);
    expect(within(eventGrid()).getByText(/sam\.unknown@example\.com \(extension 1301\): not one of the account's sites/)).toBeInTheDocument();
  });

  it('filters by a range of days, and explains an end before the start under its field', async () => {
    renderApp(<EventLogsTab />);
    await screen.findByText(`100 of ${total()}`);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-01-13' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-01-13' } });
    expect(await screen.findByText('30 of 30')).toBeInTheDocument();
    expect(new Set(eventTypesShown())).toEqual(new Set(['Welcome message sent']));
    const to = screen.getByLabelText('To');
    fireEvent.change(to, { target: { value: '2025-01-12' } });
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(messageOf(to)).toContain('The end date is before the start date.');
    expect(screen.getByText('30 of 30')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText(`100 of ${total()}`)).toBeInTheDocument();
  });

  it('says when no event matches the filters', async () => {
    renderApp(<EventLogsTab />);
    await screen.findByText(`100 of ${total()}`);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2030-01-01' } });
    expect(await screen.findByRole('heading', { name: 'No event matches these filters' })).toBeInTheDocument();
  });

  it('shows an account with no history', async () => {
    const data = mockBackend.bulk('100001');
    data.events.length = 0;
    data.jobs.length = 0;
    renderApp(<EventLogsTab />);
    expect(await screen.findByRole('heading', { name: 'No bulk job yet' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No events yet' })).toBeInTheDocument();
  });

  it('says why the events could not be loaded, and loads them on retry', async () => {
    const user = userEvent.setup();
    mockControls.setFaults({ routes: ['listEventLogs'], errorRate: 1, errorStatus: 503 });
    renderApp(<EventLogsTab />);
    expect(await screen.findByRole('heading', { name: 'The event logs could not be loaded' }, { timeout: 8000 })).toBeInTheDocument();
    mockControls.clearFaults();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText(`100 of ${total()}`)).toBeInTheDocument());
  });
});
