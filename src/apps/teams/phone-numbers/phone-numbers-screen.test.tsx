import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { visuallyHiddenClassName } from '../../../ui/visually-hidden';
import { loadPhoneLibrary } from '../../../ui/phone-format';
import { PhoneNumbersScreen } from './phone-numbers-screen';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

withMockServer();

// The formatter loads on first use; loaded once here so no test's timing depends on a cold import.
beforeAll(async () => {
  await loadPhoneLibrary();
});

const NORTHWIND = '100001';

function renderNumbers(options: { locale?: string } = {}) {
  return renderApp(<PhoneNumbersScreen />, { ...mountedAt(teamsManifest, 'phone-numbers'), ...options });
}

async function rowOf(number: string) {
  const cell = await screen.findByRole('gridcell', { name: number });
  const row = cell.closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`No row for ${number}`);
  return within(row);
}

const teams = () => mockBackend.teams(NORTHWIND);
const userWithNumber = (e164: string) => teams().users.find((user) => user.phoneNumber === e164);

/** Makes (212) 555-0100, the first row, a spare number: the table shows only the rows in view. */
function spareFirstNumber() {
  const holder = userWithNumber('+12125550100');
  if (holder) holder.phoneNumber = null;
}

describe('Phone Numbers', () => {
  it('labels its search field with a visible label, not only a placeholder', async () => {
    renderNumbers();
    const field = await screen.findByRole('searchbox', { name: 'Search phone numbers' });
    const label = screen.getByText('Search phone numbers', { selector: 'label' });
    expect(label).not.toHaveClass(visuallyHiddenClassName);
    expect(screen.getByLabelText('Search phone numbers')).toBe(field);
  });

  it('lists the numbers in national format with their user, failover number, ratecenter and status', async () => {
    const { container } = renderNumbers();
    expect(await screen.findByText('45 phone numbers.')).toBeInTheDocument();
    const holder = userWithNumber('+12125550100');
    const row = await rowOf('(212) 555-0100');
    expect(row.getByText(holder?.displayName ?? '?')).toBeInTheDocument();
    expect(row.getByText('(212) 555-0101')).toBeInTheDocument();
    expect(row.getByText('New York City, NY')).toBeInTheDocument();
    expect(row.getByText('Assigned')).toBeInTheDocument();
    await userEvent.setup().type(screen.getByRole('searchbox', { name: 'Search phone numbers' }), '555-0129');
    expect(await screen.findByText('1 number matches.')).toBeInTheDocument();
    const spare = await rowOf('(212) 555-0129');
    expect(spare.getByText('Spare')).toBeInTheDocument();
    expect(spare.getAllByText('None')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });

  it('searches on the server and keeps the selection across searches, saying how many selected numbers it hides', async () => {
    const user = userEvent.setup();
    renderNumbers();
    await screen.findByText('45 phone numbers.');
    await user.click(await screen.findByRole('checkbox', { name: 'Select (212) 555-0100' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select (212) 555-0101' }));
    expect(screen.getByText('45 phone numbers. 2 selected.')).toBeInTheDocument();
    const search = screen.getByRole('searchbox', { name: 'Search phone numbers' });
    await user.type(search, '312');
    expect(await screen.findByText('15 numbers match. 2 selected, 2 not shown.')).toBeInTheDocument();
    expect(screen.queryByRole('gridcell', { name: '(212) 555-0100' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete (2)' })).toBeEnabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select (312) 555-0100' }));
    expect(screen.getByText('15 numbers match. 3 selected, 2 not shown.')).toBeInTheDocument();
    // Select all of the 15 shown, then none of them: the 2 hidden ones stay selected.
    const selectAll = screen.getByRole('checkbox', { name: 'Select all loaded numbers' });
    await user.click(selectAll);
    expect(screen.getByText('15 numbers match. 17 selected, 2 not shown.')).toBeInTheDocument();
    await user.click(selectAll);
    expect(screen.getByText('15 numbers match. 2 selected, 2 not shown.')).toBeInTheDocument();

    await user.clear(search);
    expect(await screen.findByText('45 phone numbers. 2 selected.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select (212) 555-0100' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select (212) 555-0101' })).toBeChecked();
  });

  it.each([
    ['fr', 'Sélectionner (212) 555-0100', /1 sélectionné, dont 1 non affiché\.$/],
    ['es', 'Seleccionar (212) 555-0100', /1 seleccionado, 1 no mostrado\.$/],
  ])('says the selection and what it hides in %s', async (locale, checkbox, text) => {
    const user = userEvent.setup();
    renderNumbers({ locale });
    await user.click(await screen.findByRole('checkbox', { name: checkbox }));
    await user.type(screen.getByRole('searchbox'), '312');
    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it('is one tab stop for the grid, after the actions: Tab from the search reaches Buy, then the grid, then leaves it', async () => {
    const user = userEvent.setup();
    renderNumbers();
    await screen.findByText('45 phone numbers.');
    await screen.findByRole('gridcell', { name: '(212) 555-0100' });
    screen.getByRole('searchbox', { name: 'Search phone numbers' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Buy' })).toHaveFocus();
    // Delete is disabled while nothing is selected: no tab stop.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Upload' })).toHaveFocus();
    await user.tab();
    const firstCheckbox = screen.getByRole('checkbox', { name: 'Select (212) 555-0100' });
    expect(firstCheckbox.closest('[role="gridcell"]')).toHaveFocus();

    // Space toggles the active row's checkbox; arrows reach the next row's.
    await user.keyboard(' ');
    expect(firstCheckbox).toBeChecked();
    await user.keyboard('{ArrowDown} ');
    const secondCheckbox = screen.getByRole('checkbox', { name: 'Select (212) 555-0101' });
    expect(secondCheckbox).toBeChecked();
    expect(secondCheckbox.closest('[role="row"]')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard(' ');
    expect(secondCheckbox).not.toBeChecked();
    expect(screen.getByText(/1 selected\./)).toBeInTheDocument();

    // One stop: the next Tab leaves the grid, and Shift+Tab comes back to the row it left.
    await user.tab();
    expect(document.activeElement?.closest('[role="grid"]')).toBeNull();
    await user.tab({ shift: true });
    expect(secondCheckbox.closest('[role="gridcell"]')).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Upload' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Delete (1)' })).toHaveFocus();
  });

  it('says when nothing matches, and when the tenant has no numbers yet', async () => {
    const user = userEvent.setup();
    teams().numbers = [];
    renderNumbers();
    expect(await screen.findByText('No phone numbers yet')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search phone numbers' }), '999');
    expect(await screen.findByText('No number matches “999”')).toBeInTheDocument();
  });

  it('says the numbers could not be loaded and loads them on Try again', async () => {
    const user = userEvent.setup();
    mockControls.setFaults({ routes: ['listNumbers'], errorRate: 1, times: 4 });
    renderNumbers();
    expect(await screen.findByText('The phone numbers could not be loaded', {}, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('45 phone numbers.')).toBeInTheDocument();
  });

  it('opens the edit panel of a number when the number is clicked', async () => {
    const user = userEvent.setup();
    renderNumbers();
    await user.click(await screen.findByRole('gridcell', { name: '(212) 555-0100' }));
    const holder = userWithNumber('+12125550100');
    const panel = await screen.findByRole('dialog');
    expect(await within(panel).findByText(holder?.userPrincipalName ?? '?')).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    renderNumbers({ locale: 'es' });
    expect(await screen.findByText('45 números de teléfono.')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Número de respaldo' })).toBeInTheDocument();
  });
});

describe('Buy', () => {
  it('checks the area code and prefix and says what is expected, next to the field', async () => {
    const user = userEvent.setup();
    renderNumbers();
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Buy phone numbers' }));
    const areaCode = dialog.getByRole('textbox', { name: /Area code/ });
    expect(areaCode).toHaveFocus();
    await user.click(dialog.getByRole('button', { name: 'Search' }));
    expect(areaCode).toHaveAccessibleDescription(/Enter an area code\./);
    expect(areaCode).toHaveAttribute('aria-invalid', 'true');
    await user.type(areaCode, '(21');
    expect(areaCode).toHaveAccessibleDescription(/Enter exactly 3 digits, for example 212\./);
    await user.clear(areaCode);
    await user.type(areaCode, '112');
    expect(areaCode).toHaveAccessibleDescription(/cannot start with 0 or 1/);
    await user.clear(areaCode);
    await user.type(areaCode, '212');
    const prefix = dialog.getByRole('textbox', { name: 'Prefix (optional)' });
    await user.type(prefix, '55a');
    await user.click(dialog.getByRole('button', { name: 'Search' }));
    expect(prefix).toHaveFocus();
    expect(prefix).toHaveAccessibleDescription(/Enter 1 to 7 digits, or leave the prefix empty\./);
  });

  it('searches, buys the chosen numbers and says which were purchased and which someone else took', async () => {
    const user = userEvent.setup();
    const { container } = renderNumbers();
    await screen.findByText('45 phone numbers.');
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Buy phone numbers' }));
    await user.type(dialog.getByRole('textbox', { name: /Area code/ }), '212');
    await user.type(dialog.getByRole('textbox', { name: 'Prefix (optional)' }), '555013');
    await user.click(dialog.getByRole('button', { name: 'Search' }));
    expect(await dialog.findByText('10 numbers are for sale in area code 212 with prefix 555013.')).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Buy' })).toBeDisabled();
    await user.click(await dialog.findByRole('checkbox', { name: '(212) 555-0130' }));
    await user.click(dialog.getByRole('checkbox', { name: '(212) 555-0137' }));
    await expectNoAxeViolations(container.ownerDocument.body);
    await user.click(dialog.getByRole('button', { name: 'Buy 2 numbers' }));

    const summary = await dialog.findByRole('heading', { name: '1 of 2 numbers was purchased.' });
    expect(summary).toHaveFocus();
    expect(within(dialog.getByText('(212) 555-0130').closest('li') ?? document.body).getByText('Purchased')).toBeInTheDocument();
    expect(within(dialog.getByText('(212) 555-0137').closest('li') ?? document.body).getByText(/No longer available/)).toBeInTheDocument();
    expect(await screen.findByText('46 phone numbers.')).toBeInTheDocument();
    expect(teams().numbers.map((item) => item.number)).toContain('+12125550130');

    await user.click(dialog.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search phone numbers' }), '555-013');
    expect(await screen.findByRole('gridcell', { name: '(212) 555-0130' })).toBeInTheDocument();
    expect(screen.queryByRole('gridcell', { name: '(212) 555-0137' })).not.toBeInTheDocument();
  });

  it('says when no number is for sale', async () => {
    const user = userEvent.setup();
    renderNumbers();
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Buy phone numbers' }));
    await user.type(dialog.getByRole('textbox', { name: /Area code/ }), '999');
    await user.click(dialog.getByRole('button', { name: 'Search' }));
    expect(await dialog.findByText('No number is for sale in area code 999. Try another prefix or area code.')).toBeInTheDocument();
  });

  it('keeps the choice when buying fails, and buys once on a second try', async () => {
    const user = userEvent.setup();
    renderNumbers();
    await user.click(await screen.findByRole('button', { name: 'Buy' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Buy phone numbers' }));
    await user.type(dialog.getByRole('textbox', { name: /Area code/ }), '206');
    await user.click(dialog.getByRole('button', { name: 'Search' }));
    await user.click(await dialog.findByRole('checkbox', { name: '(206) 555-0100' }));
    mockControls.setFaults({ routes: ['purchaseNumbers'], dropRate: 1, times: 4 });
    await user.click(dialog.getByRole('button', { name: 'Buy 1 number' }));
    expect(await dialog.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(/^Nothing was bought\./);
    expect(dialog.getByRole('checkbox', { name: '(206) 555-0100' })).toBeChecked();
    await user.click(dialog.getByRole('button', { name: 'Buy 1 number' }));
    expect(await dialog.findByRole('heading', { name: 'The number was purchased.' })).toBeInTheDocument();
    expect(teams().numbers.filter((item) => item.number === '+12065550100')).toHaveLength(1);
  });
});

describe('Delete', () => {
  it('says which numbers are assigned and what their users lose, then releases them and changes the users', async () => {
    const user = userEvent.setup();
    spareFirstNumber();
    const { container } = renderNumbers();
    await screen.findByText('45 phone numbers.');
    const holder = userWithNumber('+12125550101');
    const coveredBy = teams().users.find((item) => item.failoverNumber === '+12125550101');
    await user.click(await screen.findByRole('checkbox', { name: 'Select (212) 555-0101' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select (212) 555-0100' }));
    await user.click(screen.getByRole('button', { name: 'Delete (2)' }));

    const dialog = within(await screen.findByRole('alertdialog', { name: 'Delete 2 phone numbers?' }));
    expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    const assigned = within(dialog.getByRole('region', { name: 'Assigned to a user' }));
    expect(assigned.getByText(new RegExp(`^\\(212\\) 555-0101: ${holder?.displayName} loses this phone number and their failover number`))).toBeInTheDocument();
    expect(assigned.getByText(new RegExp(`also the failover number of ${coveredBy?.displayName}, who loses that failover`))).toBeInTheDocument();
    expect(within(dialog.getByRole('region', { name: 'Spare' })).getByText('(212) 555-0100')).toBeInTheDocument();
    await expectNoAxeViolations(container.ownerDocument.body);

    await user.click(dialog.getByRole('button', { name: 'Delete 2 numbers' }));
    expect(await dialog.findByText('All 2 numbers were released.')).toHaveFocus();
    expect(await screen.findByText('43 phone numbers.')).toBeInTheDocument();
    expect(teams().numbers.some((item) => item.number === '+12125550101' || item.number === '+12125550100')).toBe(false);
    expect(teams().users.find((item) => item.id === holder?.id)).toMatchObject({ phoneNumber: null, failoverNumber: null });
    expect(teams().users.find((item) => item.id === coveredBy?.id)?.failoverNumber).toBeNull();
    await user.click(dialog.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
  });

  it('deletes every selected number, those the search hides too, and says so first', async () => {
    const user = userEvent.setup();
    spareFirstNumber();
    renderNumbers();
    await user.click(await screen.findByRole('checkbox', { name: 'Select (212) 555-0100' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search phone numbers' }), '312');
    await screen.findByText('15 numbers match. 1 selected, 1 not shown.');
    await user.click(screen.getByRole('checkbox', { name: 'Select (312) 555-0100' }));
    await user.click(screen.getByRole('button', { name: 'Delete (2)' }));

    const dialog = within(await screen.findByRole('alertdialog', { name: 'Delete 2 phone numbers?' }));
    expect(dialog.getByText('1 of these numbers is not shown by your search: it is deleted too.')).toBeInTheDocument();
    expect(within(dialog.getByRole('region', { name: 'Spare' })).getByText('(212) 555-0100')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Delete 2 numbers' }));
    expect(await dialog.findByText('All 2 numbers were released.')).toBeInTheDocument();
    expect(teams().numbers.some((item) => item.number === '+12125550100' || item.number === '+13125550100')).toBe(false);
    await user.click(dialog.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('14 numbers match.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
  });

  it('releases nothing on Cancel', async () => {
    const user = userEvent.setup();
    spareFirstNumber();
    renderNumbers();
    await user.click(await screen.findByRole('checkbox', { name: 'Select (212) 555-0100' }));
    await user.click(screen.getByRole('button', { name: 'Delete (1)' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(teams().numbers).toHaveLength(45);
  });

  it('says which numbers were not released, and why', async () => {
    const user = userEvent.setup();
    spareFirstNumber();
    renderNumbers();
    await user.click(await screen.findByRole('checkbox', { name: 'Select (212) 555-0100' }));
    await user.click(screen.getByRole('button', { name: 'Delete (1)' }));
    const dialog = within(await screen.findByRole('alertdialog'));
    // Someone gives the number to a user after the table was loaded.
    const spareUser = teams().users.find((item) => item.phoneNumber === null);
    if (spareUser) spareUser.phoneNumber = '+12125550100';
    await user.click(dialog.getByRole('button', { name: 'Delete 1 number' }));
    expect(await dialog.findByText('0 of 1 numbers were released.')).toBeInTheDocument();
    expect(dialog.getByText('Not released: it was given to a user meanwhile.')).toBeInTheDocument();
  });
});
