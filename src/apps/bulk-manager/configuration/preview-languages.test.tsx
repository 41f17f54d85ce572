import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { createI18n } from '../../../i18n';
import { allNamespaces } from '../../../i18n/namespaces';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { BulkManagerApp } from '../shell/bulk-manager-app';
import { badEmail, csvFile, seatCsv, seatHeaders, seatRows } from './testing/seat-files';
import { mountedAt } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../../../apps/bulk-manager/manifest';

withMockServer();

/** A desk phone with no MAC address: the MAC column's message names the Device Model column. */
const deskPhoneWithoutMac = (row: string[]): string[] => row.map((value, index) => (index === 8 ? 'Poly VVX 450' : value));
/** A role the template does not have. */
const unknownRole = (row: string[]): string[] => row.map((value, index) => (index === 7 ? 'Boss' : value));

const cases = [
  {
    locale: 'fr',
    names: [
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
      'Annuaire',
    ],
    messages: ['E-mail\u00a0: Adresse e-mail non valide.', 'Adresse MAC\u00a0: Obligatoire quand Modèle de téléphone vaut Poly VVX 450.'],
    roles: ['Administrateur', 'Utilisateur', 'Utilisateur'],
    yes: 'Oui',
    notAllowed: 'Doit être l’une des valeurs\u00a0: User (Utilisateur), Admin (Administrateur).',
  },
  {
    locale: 'es',
    names: [
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
      'Libreta de direcciones',
    ],
    messages: ['Correo: No es una dirección de correo electrónico válida.', 'Dirección MAC: Obligatorio cuando Modelo de teléfono es Poly VVX 450.'],
    roles: ['Administrador', 'Usuario', 'Usuario'],
    yes: 'Sí',
    notAllowed: 'Debe ser uno de: User (Usuario), Admin (Administrador).',
  },
];

describe('the preview in French and Spanish', () => {
  it.each(cases)(
    'names every column, message and value the app owns in $locale, and shows the file’s own header under each name',
    async ({ locale, names, messages, roles, yes, notAllowed }) => {
      const { t } = createI18n(locale, allNamespaces);
      const user = userEvent.setup();
      const { container } = renderApp(<BulkManagerApp />, { ...mountedAt(bulkManagerManifest, 'configuration'), locale });
      await user.click(await screen.findByRole('button', { name: t('bulk:configuration.uploadFile') }));
      const dialog = await screen.findByRole('dialog', { name: t('bulk:configuration.upload.title') });
      await user.upload(
        within(dialog).getByLabelText(new RegExp(t('bulk:configuration.upload.browse'))),
        csvFile(seatCsv(seatRows(4, { 1: badEmail, 2: deskPhoneWithoutMac, 3: unknownRole }))),
      );
      await user.click(within(dialog).getByRole('button', { name: t('bulk:configuration.upload.submit') }));

      const grid = await screen.findByRole('grid', { name: t('bulk:configuration.preview.label', { name: 'seats.csv' }) });
      const headers = within(grid).getAllByRole('columnheader').slice(3);
      expect(headers.map((header) => header.textContent)).toEqual(names.map((name, at) => (name === seatHeaders[at] ? name : `${name}${seatHeaders[at]}`)));
      for (const [at, name] of names.entries()) expect(headers[at]).toHaveAccessibleName(name);

      // As written: the no-break spaces of French are part of what is checked.
      for (const message of messages) expect(within(grid).getAllByText(message, { normalizer: (text) => text }).length).toBeGreaterThan(0);
      const statuses = [...grid.querySelectorAll('[role="row"]')].slice(1).map((row) => row.querySelector('[aria-colindex="3"]')?.textContent ?? '');
      // No message names a column by its English header (Extension and Site are also the French words).
      for (const header of seatHeaders.filter((header, at) => header !== names[at])) {
        for (const status of statuses) expect(status).not.toContain(header);
      }
      // Role and Address Book, whose values the app owns, read in the user's language (the file's Admin, User, Yes).
      const column = (name: string) =>
        [...grid.querySelectorAll(`[role="gridcell"][aria-colindex="${headers[names.indexOf(name)]?.getAttribute('aria-colindex') ?? ''}"]`)].map(
          (cell) => cell.textContent,
        );
      expect(column(names[7] ?? '').slice(0, 3)).toEqual(roles);
      expect(column(names[11] ?? '')).toEqual([yes, yes, yes, yes]);
      // A role the template does not allow: the message lists the values the file must hold, each with its name.
      expect(within(grid).getByTitle(notAllowed, { normalizer: (text) => text })).toHaveTextContent('Boss');
      await expectNoAxeViolations(container);
    },
  );
});
