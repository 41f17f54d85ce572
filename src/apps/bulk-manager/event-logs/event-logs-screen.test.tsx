import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { EventLogsScreen } from './event-logs-screen';

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
    const { container } = renderApp(<EventLogsScreen />);
    const jobs = await screen.findByRole('grid', { name: 'Bulk jobs' });
    const job = within(jobs).getAllByRole('row')[1];
    expect(
      within(job ?? jobs)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent),
    ).toEqual(['northwind-onboarding.csv', expect.stringContaining('2025'), expect.stringContaining('2025'), '252', '250', '2', 'Alex Admin']);
    expect(await screen.findByText(`100 of ${total()}`)).toBeInTheDocument();
    expect(eventTypesShown()[0]).toBe('Welcome message sent');
    await expectNoAxeViolations(container);
  });

  it('writes dates and numbers the way the current language does', async () => {
    renderApp(<EventLogsScreen />, { locale: 'fr' });
    const jobs = await screen.findByRole('grid', { name: 'Imports en masse' });
    const started = within(jobs).getAllByRole('gridcell')[1]?.textContent ?? '';
    expect(started).toMatch(/janv\. 2025/);
    expect(await screen.findByText(`100 sur ${total()}`)).toBeInTheDocument();
  });

  it('filters the events by type', async () => {
    const user = userEvent.setup();
    renderApp(<EventLogsScreen />);
    await screen.findByText(`100 of ${total()}`);
    await user.selectOptions(screen.getByLabelText('Event type'), 'Seat not created');
    expect(await screen.findByText('2 of 2')).toBeInTheDocument();
    expect(eventTypesShown()).toEqual(['Seat not created', 'Seat not created']);
    expect(within(eventGrid()).getByText(/sam\.unknown@example\.com \(extension 1301\): not one of the account's sites/)).toBeInTheDocument();
  });

  it('filters by a range of days, and explains an end before the start under its field', async () => {
    const user = userEvent.setup();
    renderApp(<EventLogsScreen />);
    await screen.findByText(`100 of ${total()}`);
    await user.type(screen.getByLabelText('From'), '01/13/2025');
    await user.type(screen.getByLabelText('To'), '1/13/2025{Enter}');
    expect(await screen.findByText('30 of 30')).toBeInTheDocument();
    expect(new Set(eventTypesShown())).toEqual(new Set(['Welcome message sent']));
    const to = screen.getByLabelText('To');
    expect(to).toHaveValue('01/13/2025');
    await user.clear(to);
    await user.type(to, '01/12/2025{Enter}');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(messageOf(to)).toContain('The end date is before the start date.');
    expect(screen.getByText('30 of 30')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText(`100 of ${total()}`)).toBeInTheDocument();
    expect(to).toHaveValue('');
  });

  it('says when no event matches the filters', async () => {
    const user = userEvent.setup();
    renderApp(<EventLogsScreen />);
    await screen.findByText(`100 of ${total()}`);
    await user.type(screen.getByLabelText('From'), '01/01/2030{Enter}');
    expect(await screen.findByRole('heading', { name: 'No event matches these filters' })).toBeInTheDocument();
  });

  it.each([
    { locale: 'fr', from: 'Du', to: 'Au', hint: 'Format\u00a0: jj/mm/aaaa', shown: '30 sur 30', invalid: 'Saisissez une date comme 31/01/2025.' },
    { locale: 'es', from: 'Desde', to: 'Hasta', hint: 'Formato: dd/mm/aaaa', shown: '30 de 30', invalid: 'Introduzca una fecha como 31/01/2025.' },
  ])(
    'takes days as $locale writes them, day first, whatever the browser’s language, and says under the field when one is no day',
    async ({ locale, from, to, hint, shown, invalid }) => {
      const user = userEvent.setup();
      const { container } = renderApp(<EventLogsScreen />, { locale });
      const fromField = await screen.findByLabelText(from);
      expect(fromField).toHaveAttribute('type', 'text');
      expect(messageOf(fromField)).toBe(hint);
      // Keyboard only: type the day, Tab to the next field, type, Enter.
      await user.click(fromField);
      await user.keyboard('13/1/2025');
      await user.tab();
      expect(screen.getByLabelText(to)).toHaveFocus();
      await user.keyboard('13.01.2025{Enter}');
      expect(await screen.findByText(shown)).toBeInTheDocument();
      expect(fromField).toHaveValue('13/01/2025');
      expect(screen.getByLabelText(to)).toHaveValue('13/01/2025');

      // 31 February is no day: the error is under its field, and the last good filter stays on screen.
      await user.clear(fromField);
      await user.type(fromField, '31/02/2025{Enter}');
      expect(fromField).toHaveAttribute('aria-invalid', 'true');
      expect(messageOf(fromField)).toBe(`${invalid} ${hint}`);
      expect(fromField).toHaveValue('31/02/2025');
      expect(screen.getByText(shown)).toBeInTheDocument();
      await expectNoAxeViolations(container);
    },
  );

  it('shows an account with no history', async () => {
    const data = mockBackend.bulk('100001');
    data.events.length = 0;
    data.jobs.length = 0;
    renderApp(<EventLogsScreen />);
    expect(await screen.findByRole('heading', { name: 'No bulk job yet' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No events yet' })).toBeInTheDocument();
  });

  it('says why the events could not be loaded, and loads them on retry', async () => {
    const user = userEvent.setup();
    mockControls.setFaults({ routes: ['listEventLogs'], errorRate: 1, errorStatus: 503 });
    renderApp(<EventLogsScreen />);
    expect(await screen.findByRole('heading', { name: 'The event logs could not be loaded' }, { timeout: 8000 })).toBeInTheDocument();
    mockControls.clearFaults();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText(`100 of ${total()}`)).toBeInTheDocument());
  });
});
