import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { SeatsScreen } from './seats-screen';

withMockServer();

const grid = () => screen.getByRole('grid', { name: 'Seats' });
const bodyRows = () => within(grid()).getAllByRole('row').slice(1);
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('gridcell')
    .map((cell) => cell.textContent ?? '');

describe('Seats tab', () => {
  it('shows the first page of the account seats with how many there are in all', async () => {
    const { container } = renderApp(<SeatsScreen />);
    expect(await screen.findByText('100 of 250 seats')).toBeInTheDocument();
    expect(grid()).toHaveAttribute('aria-rowcount', '251');
    await expectNoAxeViolations(container);
  });

  it('sorts on the server by the column the user chooses, then the other way', async () => {
    const user = userEvent.setup();
    renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    await user.click(screen.getByRole('button', { name: 'Extension' }));
    await waitFor(() => expect(cellTexts(bodyRows()[0] ?? grid())[4]).toBe('1000'));
    expect(screen.getByRole('columnheader', { name: /Extension/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Extension' }));
    await waitFor(() => expect(cellTexts(bodyRows()[0] ?? grid())[4]).toBe('1249'));
  });

  it('searches on the server once typing pauses', async () => {
    const user = userEvent.setup();
    renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    await user.type(screen.getByRole('searchbox', { name: 'Search seats' }), '1042');
    expect(await screen.findByText('1 of 1 seat')).toBeInTheDocument();
    expect(cellTexts(bodyRows()[0] ?? grid())[4]).toBe('1042');
  });

  it('says when a search matches nothing', async () => {
    const user = userEvent.setup();
    renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    await user.type(screen.getByRole('searchbox', { name: 'Search seats' }), 'zzzz-nobody');
    expect(await screen.findByRole('heading', { name: 'No seat matches' })).toBeInTheDocument();
    expect(screen.getByText(/Nothing matches “zzzz-nobody”/)).toBeInTheDocument();
  });

  it('loads the next page when the end of the list is reached', async () => {
    renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    const scroller = grid();
    await act(async () => {
      scroller.scrollTop = 100 * 40;
      scroller.dispatchEvent(new Event('scroll'));
    });
    expect(await screen.findByText('200 of 250 seats')).toBeInTheDocument();
  });

  it('shows an empty account with a way to add the first seat', async () => {
    mockBackend.bulk('100001').seats.length = 0;
    renderApp(<SeatsScreen />);
    expect(await screen.findByRole('heading', { name: 'No seats yet' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Add seat' })).toHaveLength(2);
  });

  it('says why the seats could not be loaded and loads them on retry', async () => {
    const user = userEvent.setup();
    mockControls.setFaults({ routes: ['listSeats'], errorRate: 1, errorStatus: 503 });
    renderApp(<SeatsScreen />);
    expect(await screen.findByRole('heading', { name: 'The seats could not be loaded' }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText('The server had a problem. Try again in a moment.')).toBeInTheDocument();
    mockControls.clearFaults();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('100 of 250 seats')).toBeInTheDocument();
  });

  it('shows the seats of the new account after the host switches account', async () => {
    const { bridge } = renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    act(() => bridge.host.setAccount({ id: '100002', name: 'Contoso Ltd' }));
    expect(await screen.findByText('60 of 60 seats')).toBeInTheDocument();
    const emails = bodyRows().map((row) => cellTexts(row)[3] ?? '');
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((email) => email.endsWith('@contoso.example.com'))).toBe(true);
  });
});
