import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend, mockControls } from '../../../../../mocks/node';
import { withMockServer } from '../../../../../mocks/vitest';
import { renderApp } from '../../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../../ui/test-utils/axe';
import { SeatsScreen } from '../seats-screen';

withMockServer();

function seedSeats() {
  const seats = mockBackend.bulk('100001').seats;
  const withMobile = seats.find((seat) => seat.mobileNumber !== null);
  const withoutMobile = seats.find((seat) => seat.mobileNumber === null);
  if (!withMobile || !withoutMobile) throw new Error('The seed has seats with and without a mobile number');
  return { withMobile, withoutMobile };
}

/** Finds each seat by its extension and ticks it: the selection outlives each new search. */
async function selectByExtension(user: ReturnType<typeof userEvent.setup>, ...seats: { firstName: string; lastName: string; extension: string }[]) {
  const search = screen.getByRole('searchbox', { name: 'Search seats' });
  for (const seat of seats) {
    await user.clear(search);
    await user.type(search, seat.extension);
    await user.click(await screen.findByRole('checkbox', { name: `Select ${seat.firstName} ${seat.lastName}` }));
  }
}

describe('Send welcome message', () => {
  it('is offered only once seats are selected', async () => {
    renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    expect(screen.getByRole('button', { name: 'Send welcome message (0)' })).toBeDisabled();
  });

  it('sends emails to the selected seats and shows where each one went', async () => {
    const user = userEvent.setup();
    const { withMobile, withoutMobile } = seedSeats();
    renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    await selectByExtension(user, withMobile, withoutMobile);
    await user.click(screen.getByRole('button', { name: 'Send welcome message (2)' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Send welcome message' }));
    expect(dialog.getByRole('radio', { name: /Email/ })).toBeChecked();
    await user.click(dialog.getByRole('button', { name: 'Send 2 emails' }));
    const results = within(await screen.findByRole('dialog', { name: 'Welcome messages' }));
    expect(results.getByRole('status')).toHaveTextContent('2 emails sent.');
    const items = within(results.getByRole('list', { name: 'Result for each seat' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `${withMobile.firstName} ${withMobile.lastName}Sent to ${withMobile.email}`,
      `${withoutMobile.firstName} ${withoutMobile.lastName}Sent to ${withoutMobile.email}`,
    ]);
  });

  it('keeps focus in the dialog once sent (Send is gone), traps Tab, and closes on Escape back to its opener', async () => {
    const user = userEvent.setup();
    const { withMobile, withoutMobile } = seedSeats();
    renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    await selectByExtension(user, withMobile, withoutMobile);
    const opener = screen.getByRole('button', { name: 'Send welcome message (2)' });
    await user.click(opener);
    await user.click(within(await screen.findByRole('dialog', { name: 'Send welcome message' })).getByRole('button', { name: 'Send 2 emails' }));
    const results = await screen.findByRole('dialog', { name: 'Welcome messages' });
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(results.contains(document.activeElement)).toBe(true);
    for (let press = 0; press < 4; press += 1) {
      await user.tab();
      expect(results.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('reports each seat without a mobile number as not sent by SMS', async () => {
    const user = userEvent.setup();
    const { withMobile, withoutMobile } = seedSeats();
    renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    await selectByExtension(user, withMobile, withoutMobile);
    await user.click(screen.getByRole('button', { name: 'Send welcome message (2)' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Send welcome message' }));
    await user.click(dialog.getByRole('radio', { name: /SMS/ }));
    await user.click(dialog.getByRole('button', { name: 'Send 2 SMS' }));
    const results = within(await screen.findByRole('dialog', { name: 'Welcome messages' }));
    expect(results.getByRole('status')).toHaveTextContent('1 SMS sent. 1 not sent.');
    expect(results.getByText(`Sent to ${withMobile.mobileNumber ?? ''}`)).toBeInTheDocument();
    expect(results.getByText('Not sent: no mobile number')).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
    const logged = mockBackend.bulk('100001').events.filter((event) => event.type === 'welcome-sent' && event.details.channel === 'sms');
    expect(logged).toHaveLength(1);
  });

  it('says which seats got no answer when the request fails', async () => {
    const user = userEvent.setup();
    const { withMobile } = seedSeats();
    renderApp(<SeatsScreen />);
    await screen.findByText('100 of 250 seats');
    await selectByExtension(user, withMobile);
    mockControls.setFaults({ routes: ['sendWelcomeMessages'], errorRate: 1, errorStatus: 503 });
    await user.click(screen.getByRole('button', { name: 'Send welcome message (1)' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Send welcome message' })).getByRole('button', { name: 'Send 1 email' }));
    const results = within(await screen.findByRole('dialog', { name: 'Welcome messages' }, { timeout: 8000 }));
    expect(results.getByRole('alert')).toHaveTextContent('1 seat got no answer: The server had a problem. Try again in a moment.');
    expect(results.getByText('Not sent: the request failed')).toBeInTheDocument();
    await waitFor(() => expect(results.getByRole('status')).toHaveTextContent('0 emails sent. 1 not sent.'));
  });
});
