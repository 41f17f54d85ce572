import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MOCK_BASE_URL, mockBackend, mockControls } from '../../../../../mocks/node';
import { withMockServer } from '../../../../../mocks/vitest';
import { renderApp } from '../../../../../tests/setup/render-app';
import { demoCredentials } from '../../../../testing/fake-bridge';
import { login } from '../../../../host/http-auth';
import { createI18n } from '../../../../i18n';
import { allNamespaces } from '../../../../i18n/namespaces';
import { expectNoAxeViolations } from '../../../../ui/test-utils/axe';
import { SeatsScreen } from '../seats-screen';

withMockServer();

async function openForm() {
  const user = userEvent.setup();
  const rendered = renderApp(<SeatsScreen />);
  await screen.findByText('100 of 250 seats');
  await user.click(screen.getByRole('button', { name: 'Add seat' }));
  const panel = await screen.findByRole('dialog', { name: 'Add seat' });
  await within(panel).findByLabelText(labelled('First name'));
  return { ...rendered, user, panel: within(panel) };
}

type Panel = Awaited<ReturnType<typeof openForm>>['panel'];

async function fill(user: ReturnType<typeof userEvent.setup>, panel: Panel, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const field = panel.getByLabelText(labelled(label));
    if (field instanceof HTMLSelectElement) await user.selectOptions(field, value);
    else await user.type(field, value);
  }
}

/** A field by its label (a required field's label ends with a star that screen readers skip). */
const labelled = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*?$`);

/** The message shown with a field (its aria-describedby text). */
function messageOf(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const ada = { 'First name': 'Ada', 'Last name': 'Lovelace', Email: 'ada.lovelace@example.com', Extension: '0042', Site: 'Remote' };

describe('Add seat', () => {
  it('offers the template fields, with the account sites and device models as choices', async () => {
    const { panel, container } = await openForm();
    const site = panel.getByLabelText(labelled('Site'));
    expect(
      within(site)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose…', 'Headquarters', 'Branch Office', 'Remote']);
    expect(
      within(panel.getByLabelText(labelled('Device model')))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['None', 'Yealink T54W', 'Yealink T46U', 'Poly VVX 450', 'Softphone']);
    expect(panel.getByLabelText(labelled('Role'))).toHaveValue('User');
    expect(panel.getByRole('checkbox', { name: 'Add to global address book' })).toBeChecked();
    expect(panel.getByRole('checkbox', { name: 'Send login details by SMS' })).not.toBeChecked();
    await expectNoAxeViolations(container.ownerDocument.body);
  });

  it('puts each template rule error beside its field and focuses the first one', async () => {
    const { user, panel } = await openForm();
    await fill(user, panel, {
      'First name': 'Ada',
      Email: 'not-an-email',
      Extension: '1',
      'Caller ID name': 'A name far too long',
      'Device model': 'Poly VVX 450',
    });
    await user.click(panel.getByRole('button', { name: 'Add seat' }));
    await waitFor(() => expect(panel.getByLabelText(labelled('Last name'))).toHaveFocus());
    expect(messageOf(panel.getByLabelText(labelled('Last name')))).toContain('A value is required.');
    expect(messageOf(panel.getByLabelText(labelled('Email')))).toContain('Not a valid email address.');
    expect(messageOf(panel.getByLabelText(labelled('Extension')))).toContain('Between 2 and 6 digits.');
    expect(messageOf(panel.getByLabelText(labelled('Site')))).toContain('A value is required.');
    expect(messageOf(panel.getByLabelText(labelled('Caller ID name')))).toContain('At most 15 characters.');
    expect(messageOf(panel.getByLabelText(labelled('MAC address')))).toContain('Required when Device model is Poly VVX 450.');
    expect(panel.getByLabelText(labelled('First name'))).not.toHaveAttribute('aria-invalid');
    expect(mockBackend.bulk('100001').seats).toHaveLength(250);
  });

  it('asks for a mobile number under its field when the login details are to go by SMS', async () => {
    const { user, panel } = await openForm();
    await fill(user, panel, ada);
    await user.click(panel.getByRole('checkbox', { name: 'Send login details by SMS' }));
    await user.click(panel.getByRole('button', { name: 'Add seat' }));
    const mobile = panel.getByLabelText(labelled('Mobile number'));
    await waitFor(() => expect(mobile).toHaveAttribute('aria-invalid', 'true'));
    expect(messageOf(mobile)).toContain('Enter a mobile number to send the login details by SMS.');
    expect(mobile).toHaveFocus();
    await user.click(panel.getByRole('checkbox', { name: 'Send login details by SMS' }));
    await waitFor(() => expect(mobile).not.toHaveAttribute('aria-invalid'));
    expect(mockBackend.bulk('100001').seats).toHaveLength(250);
  });

  it('shows the server conflicts (email and extension taken) on their fields', async () => {
    const { user, panel } = await openForm();
    const existing = mockBackend.bulk('100001').seats[0];
    await fill(user, panel, { ...ada, Email: existing?.email.toUpperCase() ?? '', Extension: existing?.extension ?? '' });
    await user.click(panel.getByRole('button', { name: 'Add seat' }));
    expect(await panel.findByRole('alert')).toHaveTextContent('The seat was not added: fix the 2 fields marked above.');
    expect(messageOf(panel.getByLabelText(labelled('Email')))).toContain('Already used by another seat of this account.');
    expect(messageOf(panel.getByLabelText(labelled('Extension')))).toContain('Already used by another seat of this account.');
    expect(panel.getByLabelText(labelled('Email'))).toHaveFocus();
    expect(panel.getByLabelText(labelled('First name'))).toHaveValue('Ada');
  });

  it('creates the seat, says so, and shows it in the table', async () => {
    const { user, panel } = await openForm();
    await fill(user, panel, { ...ada, 'Direct number': '(415) 555-0150', 'MAC address': '80:5e:c0:12:34:56', 'Device model': 'Yealink T54W' });
    await user.click(panel.getByRole('checkbox', { name: 'Add to global address book' }));
    await user.click(panel.getByRole('button', { name: 'Add seat' }));
    const status = await panel.findByText('Ada Lovelace was added with extension 0042.');
    await waitFor(() => expect(status.closest('[role="status"]')).toHaveFocus());
    const seat = mockBackend.bulk('100001').seats.find((item) => item.email === 'ada.lovelace@example.com');
    expect(seat).toMatchObject({
      extension: '0042',
      site: 'Remote',
      directNumber: '+14155550150',
      macAddress: '805EC0123456',
      role: 'User',
      addressBook: false,
    });
    expect(screen.getByText('101 of 251 seats')).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'Seats' });
    expect(within(within(grid).getAllByRole('row')[1] ?? grid).getByText('ada.lovelace@example.com')).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: 'Add another seat' }));
    expect(panel.getByLabelText(labelled('First name'))).toHaveValue('');
  });

  it("suggests the account's spare direct numbers, and drops the one a new seat took", async () => {
    const { user, panel } = await openForm();
    const field = panel.getByLabelText(labelled('Direct number'));
    const spareNow = () => {
      const used = new Set(mockBackend.bulk('100001').seats.map((seat) => seat.directNumber));
      return mockBackend
        .bulk('100001')
        .numberPool.filter((number) => !used.has(number))
        .sort();
    };
    const offered = () => [...(document.getElementById(field.getAttribute('list') ?? '')?.querySelectorAll('option') ?? [])].map((option) => option.value);
    await waitFor(() => expect(offered()).toEqual(spareNow()));
    const first = spareNow()[0] ?? '';
    expect(document.querySelector(`option[value="${first}"]`)).toHaveAttribute('label', `(${first.slice(2, 5)}) ${first.slice(5, 8)}-${first.slice(8)}`);

    await fill(user, panel, { ...ada, 'Direct number': first });
    await user.click(panel.getByRole('button', { name: 'Add seat' }));
    await panel.findByText('Ada Lovelace was added with extension 0042.');
    await user.click(panel.getByRole('button', { name: 'Add another seat' }));
    const again = panel.getByLabelText(labelled('Direct number'));
    await waitFor(() =>
      expect([...(document.getElementById(again.getAttribute('list') ?? '')?.querySelectorAll('option') ?? [])].map((option) => option.value)).not.toContain(
        first,
      ),
    );
  });

  it('stops saying the session expired once the user signs in again, keeps the entries and adds the seat', async () => {
    const { user, panel, bridge } = await openForm();
    await fill(user, panel, ada);
    act(() => mockControls.expireSessions());
    await user.click(panel.getByRole('button', { name: 'Add seat' }));
    expect(await panel.findByRole('alert')).toHaveTextContent('Your session has expired. Sign in again to continue.');
    const signedIn = await login(MOCK_BASE_URL, demoCredentials);
    if (!signedIn.ok) throw new Error('sign-in failed');
    act(() => bridge.host.renewSession(signedIn.tokens));
    expect(await panel.findByRole('status')).toHaveTextContent('You are signed in again. Your entries are kept: select Add seat to create it.');
    expect(panel.queryByText(/Your session has expired/)).not.toBeInTheDocument();
    expect(panel.getByLabelText(labelled('Email'))).toHaveValue('ada.lovelace@example.com');
    await user.click(panel.getByRole('button', { name: 'Add seat' }));
    expect(await panel.findByText('Ada Lovelace was added with extension 0042.')).toBeInTheDocument();
  });

  it('sends the login details by SMS to the new seat when asked', async () => {
    const { user, panel } = await openForm();
    await fill(user, panel, { ...ada, 'Mobile number': '415 555 0123' });
    await user.click(panel.getByRole('checkbox', { name: 'Send login details by SMS' }));
    await user.click(panel.getByRole('button', { name: 'Add seat' }));
    expect(await panel.findByText('Login details sent by SMS to +14155550123.')).toBeInTheDocument();
    const sent = mockBackend.bulk('100001').events.find((event) => event.type === 'welcome-sent' && event.details.channel === 'sms');
    expect(sent?.details).toMatchObject({ channel: 'sms', recipient: '+14155550123' });
  });
});

describe('Add seat and Seats in French and Spanish', () => {
  const cases = [
    {
      locale: 'fr',
      fields: [
        'Prénom',
        'Nom',
        'E-mail',
        'Extension',
        'Site',
        'Numéro direct',
        'Numéro de mobile',
        'Rôle',
        'Modèle de téléphone',
        'Adresse MAC',
        "Nom affiché à l'appelé",
      ],
      roles: ['Utilisateur', 'Administrateur'],
      macMessage: 'Obligatoire quand Modèle de téléphone vaut Poly VVX 450.',
    },
    {
      locale: 'es',
      fields: [
        'Nombre',
        'Apellido',
        'Correo',
        'Extensión',
        'Sede',
        'Número directo',
        'Móvil',
        'Rol',
        'Modelo de teléfono',
        'Dirección MAC',
        'Nombre de identificación de llamada',
      ],
      roles: ['Usuario', 'Administrador'],
      macMessage: 'Obligatorio cuando Modelo de teléfono es Poly VVX 450.',
    },
  ];

  it.each(cases)(
    'names the fields and roles in $locale, stores the canonical role, and shows roles translated in the table',
    async ({ locale, fields, roles, macMessage }) => {
      const { t } = createI18n(locale, allNamespaces);
      const user = userEvent.setup();
      const { container } = renderApp(<SeatsScreen />, { locale });
      await user.click(await screen.findByRole('button', { name: t('bulk:seats.add.open') }));
      const dialog = await screen.findByRole('dialog', { name: t('bulk:seats.add.title') });
      const panel = within(dialog);
      await panel.findByLabelText(labelled(fields[0] ?? ''));
      const labels = [...dialog.querySelectorAll('label')].map((label) => label.textContent.replace(/\*$/, ''));
      expect(labels.slice(0, fields.length)).toEqual(fields);
      const role = panel.getByLabelText(labelled(fields[7] ?? ''));
      expect(
        within(role)
          .getAllByRole('option')
          .map((option) => [option.textContent, option.getAttribute('value')]),
      ).toEqual([
        [roles[0], 'User'],
        [roles[1], 'Admin'],
      ]);

      await fill(user, panel, {
        [fields[0] ?? '']: 'Ada',
        [fields[1] ?? '']: 'Lovelace',
        [fields[2] ?? '']: 'ada.lovelace@example.com',
        [fields[3] ?? '']: '0042',
        [fields[4] ?? '']: 'Remote',
        [fields[8] ?? '']: 'Poly VVX 450',
      });
      await user.selectOptions(role, roles[1] ?? '');
      await user.click(panel.getByRole('button', { name: t('bulk:seats.add.submit') }));
      const mac = panel.getByLabelText(labelled(fields[9] ?? ''));
      await waitFor(() => expect(mac).toHaveAttribute('aria-invalid', 'true'));
      // The column the rule depends on is named as its field is labelled, in the user's language.
      expect(messageOf(mac)).toContain(macMessage);
      await user.type(mac, '80:5e:c0:12:34:56');
      await user.click(panel.getByRole('button', { name: t('bulk:seats.add.submit') }));
      await panel.findByText(t('bulk:seats.add.created', { name: 'Ada Lovelace', extension: '0042' }));
      expect(mockBackend.bulk('100001').seats.find((item) => item.email === 'ada.lovelace@example.com')).toMatchObject({ role: 'Admin' });

      const grid = screen.getByRole('grid', { name: t('bulk:seats.tableLabel') });
      const header = within(grid).getByRole('columnheader', { name: t('bulk:seats.columns.role') });
      const roleCells = [...grid.querySelectorAll(`[role="gridcell"][aria-colindex="${header.getAttribute('aria-colindex') ?? ''}"]`)].map(
        (cell) => cell.textContent,
      );
      expect(roleCells.length).toBeGreaterThan(1);
      expect(new Set(roleCells)).toEqual(new Set(roles));
      await expectNoAxeViolations(container.ownerDocument.body);
    },
  );
});
