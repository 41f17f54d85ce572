import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { mockRuntime } from '../../../../.storybook/mock-runtime';
import { defaultJobStore } from '../bulk-job/job-store';
import { ConfigurationScreen } from './configuration-screen';
import { workbookBytes } from '../../../import/testing/files.fixture';
import { previewCell } from './testing/preview-cells';
import { badEmail, csvFile, sameExtensionAsFirst, seatCsv, seatHeaders, seatRows } from './testing/seat-files';
import { mountedAt } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../../../apps/bulk-manager/manifest';

const page = () => within(document.body);

/** Opens Upload file, chooses the file, and (unless told not to) reads it. */
async function upload(file: File, options: { read?: boolean } = {}) {
  await userEvent.click(await page().findByRole('button', { name: 'Upload file' }));
  const dialog = await page().findByRole('dialog', { name: 'Upload file' });
  await userEvent.upload(within(dialog).getByLabelText(/Browse files/), file);
  if (options.read !== false) await userEvent.click(within(dialog).getByRole('button', { name: 'Upload' }));
  return dialog;
}

const meta = {
  title: 'Bulk Manager/Configuration',
  component: ConfigurationScreen,
  parameters: { bridge: mountedAt(bulkManagerManifest, 'configuration') },
  // A run left by another story (Storybook keeps IndexedDB) must not come back in this one.
  loaders: [
    async () => {
      await defaultJobStore().clear('user-1');
      return {};
    },
  ],
} satisfies Meta<typeof ConfigurationScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing uploaded yet: the template download, Upload file, and an empty state. */
export const Empty: Story = {
  play: async () => {
    await expect(await page().findByText('No file uploaded yet')).toBeInTheDocument();
    await expect(page().getByRole('button', { name: 'Download CSV template' })).toBeEnabled();
  },
};

/** The upload dialog with a file chosen, before it is read. */
export const UploadChosen: Story = {
  play: async () => {
    const dialog = await upload(csvFile(seatCsv(seatRows(25))), { read: false });
    await expect(within(dialog).getByText('seats.csv')).toBeInTheDocument();
  },
};

/** A file the engine refuses: the reason, translated, under the file. */
export const UploadFileError: Story = {
  play: async () => {
    const dialog = await upload(csvFile(seatCsv(seatRows(3), ['First Name', 'Email', 'E-mail']), 'partial.csv'));
    await expect(await within(dialog).findByText(/appears more than once/)).toBeInTheDocument();
  },
};

const foreignHeaders = [
  'Given name',
  'Surname',
  'E-mail address',
  'Ext.',
  'Office',
  'Phone (direct)',
  'Cell',
  'Role',
  'Phone model',
  'MAC',
  'Display name',
  'In directory',
];
const foreignFile = () => csvFile(seatCsv(seatRows(3), foreignHeaders), 'foreign.csv');
const frenchFile = () =>
  csvFile(
    seatCsv(
      seatRows(3).map((row) => [...row.slice(0, 5), 'Ventes']),
      ['Prénom', 'Nom', 'Courriel', 'Poste', 'Site', 'Département'],
    ),
    'equipe.csv',
  );

/** Columns: a file made without the template; each match says how it was made, with a sample. */
export const ColumnsStep: Story = {
  play: async () => {
    await upload(foreignFile());
    const step = await page().findByRole('dialog', { name: 'Match the columns of foreign.csv' });
    await expect(within(step).getByRole('combobox', { name: 'Direct Number' })).toHaveAccessibleDescription(/^Similar name/);
  },
};

/** Columns: a required column the file lacks stops the upload with the reason, until one is chosen. */
export const ColumnsMissingRequired: Story = {
  play: async () => {
    await upload(
      csvFile(
        seatCsv(
          seatRows(2).map((row) => [...row.slice(0, 4), 'Sales']),
          ['First Name', 'Last Name', 'Email', 'Extension', 'Where'],
        ),
        'where.csv',
      ),
    );
    const step = await page().findByRole('dialog', { name: 'Match the columns of where.csv' });
    await expect(within(step).getByRole('button', { name: 'Continue' })).toBeDisabled();
  },
};

/** Columns in French: a French-headed file, its Département column listed as ignored. */
export const ColumnsFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await userEvent.click(await page().findByRole('button', { name: 'Importer un fichier' }));
    const dialog = await page().findByRole('dialog', { name: 'Importer un fichier' });
    await userEvent.upload(within(dialog).getByLabelText(/Parcourir/), frenchFile());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Importer' }));
    const step = await page().findByRole('dialog', { name: 'Associer les colonnes de equipe.csv' });
    await expect(within(step).getByRole('region', { name: /ignorée/ })).toHaveTextContent('Département');
  },
};

/** Columns in Spanish. */
export const ColumnsSpanish: Story = {
  globals: { locale: 'es' },
  play: async () => {
    await userEvent.click(await page().findByRole('button', { name: 'Subir archivo' }));
    const dialog = await page().findByRole('dialog', { name: 'Subir archivo' });
    await userEvent.upload(within(dialog).getByLabelText(/Examinar archivos/), foreignFile());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subir' }));
    await expect(await page().findByRole('dialog', { name: 'Asociar las columnas de foreign.csv' })).toBeInTheDocument();
  },
};

const hqRows = () => seatRows(12).map((row, n) => row.map((cell, at) => (at === 4 && n % 2 === 0 ? 'HQ' : at === 11 && n % 3 === 0 ? 'Oui' : cell)));

/** Values a choice column does not allow, each listed once with its rows and a suggestion. */
export const ValuesToMatch: Story = {
  play: async () => {
    await upload(csvFile(seatCsv(hqRows()), 'hq.csv'));
    await expect(await page().findByRole('combobox', { name: 'Site: “HQ” (6 rows)' })).toHaveValue('Headquarters');
  },
};

/** The same, in French. */
export const ValuesToMatchFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await userEvent.click(await page().findByRole('button', { name: 'Importer un fichier' }));
    const dialog = await page().findByRole('dialog', { name: 'Importer un fichier' });
    await userEvent.upload(within(dialog).getByLabelText(/Parcourir/), csvFile(seatCsv(hqRows()), 'hq.csv'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Importer' }));
    await expect(await page().findByRole('button', { name: 'Appliquer 2 choix' })).toBeEnabled();
  },
};

/** The same, in Spanish. */
export const ValuesToMatchSpanish: Story = {
  globals: { locale: 'es' },
  play: async () => {
    await userEvent.click(await page().findByRole('button', { name: 'Subir archivo' }));
    const dialog = await page().findByRole('dialog', { name: 'Subir archivo' });
    await userEvent.upload(within(dialog).getByLabelText(/Examinar archivos/), csvFile(seatCsv(hqRows()), 'hq.csv'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subir' }));
    await expect(await page().findByRole('button', { name: 'Aplicar 2 elecciones' })).toBeEnabled();
  },
};

/** A preview with errors: an invalid email, a duplicate extension, an unknown site. */
export const PreviewWithErrors: Story = {
  play: async () => {
    await upload(
      csvFile(seatCsv(seatRows(40, { 2: badEmail, 9: sameExtensionAsFirst, 14: (row) => row.map((value, index) => (index === 4 ? 'Mars' : value)) }))),
    );
    await expect(await page().findByText('4 rows have errors. Click a cell to fix it.')).toBeInTheDocument();
  },
};

/** Fixing an invalid cell: the grid's one input, named by column, row and error, in the clicked cell. */
export const PreviewEditingCell: Story = {
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(40, { 2: badEmail }))));
    await page().findByText('1 row has errors. Click a cell to fix it.');
    await userEvent.click(previewCell(page().getByRole('grid'), 4, 'Email'));
    const editor = page().getByRole('textbox', { name: 'Email, row 4' });
    await expect(editor).toHaveFocus();
    await expect(editor).toHaveAccessibleDescription('Not a valid email address.');
  },
};

/** A choice column being fixed: the allowed values in a list that typing filters, the cell's message under it. */
export const PreviewEditingChoice: Story = {
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(40, { 2: (row) => row.map((value, index) => (index === 4 ? 'HQ' : value)) }))));
    await page().findByText('1 row has errors. Click a cell to fix it.');
    await userEvent.click(previewCell(page().getByRole('grid'), 4, 'Site'));
    const editor = page().getByRole('combobox', { name: 'Site, row 4' });
    await expect(editor).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}bra');
    await expect(within(page().getByRole('listbox')).getByRole('option', { name: 'Branch Office' })).toBeInTheDocument();
  },
};

/** A Direct Number being fixed: the account's spare numbers offered, filtered by the digits typed. */
export const PreviewEditingDirectNumber: Story = {
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(40, { 2: (row) => row.map((value, index) => (index === 5 ? '+15550001111' : value)) }))));
    await page().findByText('1 row has errors. Click a cell to fix it.');
    await userEvent.click(previewCell(page().getByRole('grid'), 4, 'Direct Number'));
    await expect(page().getByRole('combobox', { name: 'Direct Number, row 4' })).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}555 01');
    await expect((await page().findAllByRole('option')).length).toBeGreaterThan(0);
  },
};

/** Errors left: the action says how many rows to fix and creates nothing; the errors file is offered beside the count. */
export const CreateBlocked: Story = {
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(10, { 3: badEmail }))));
    await expect(await page().findByRole('button', { name: 'Fix 1 row to create users' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page().getByRole('button', { name: 'Download errors file' })).toBeInTheDocument();
  },
};

/** A clean file: No errors found. */
export const NoErrors: Story = {
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(40))));
    await expect(await page().findByText('No errors found')).toBeInTheDocument();
  },
};

/** 20,000 rows, two with errors, filtered to the rows with errors. */
export const LargeFile: Story = {
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(20_000, { 12_345: badEmail, 19_999: badEmail }))));
    await expect(await page().findByText('20,000 rows: 19,998 valid, 2 with errors', {}, { timeout: 20_000 })).toBeInTheDocument();
    await userEvent.click(page().getByRole('checkbox', { name: 'Only rows with errors' }));
  },
};

/** A job under way: progress with created, failed and remaining counts, and Cancel. */
export const JobRunning: Story = {
  parameters: { mocks: { faults: [{ routes: ['sendSeatJobChunk'], latencyMs: 60_000 }] } },
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(1800))));
    await userEvent.click(await page().findByRole('button', { name: 'Create 1,800 users' }));
    await expect(await page().findByRole('progressbar', { name: 'Creating users from seats.csv' })).toBeInTheDocument();
    await expect(page().getByRole('button', { name: 'Cancel creation' })).toBeEnabled();
  },
};

/** The server stops answering mid-job: creation pauses with the reason and Try again; nothing is lost. */
export const JobPaused: Story = {
  parameters: { mocks: { faults: [{ routes: ['sendSeatJobChunk'], errorRate: 1, errorStatus: 503 }] } },
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(20))));
    await userEvent.click(await page().findByRole('button', { name: 'Create 20 users' }));
    await expect(await page().findByText(/^Creation is paused: The server had a problem/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await expect(page().getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};

/** Cancelled: how many were created before, and how many rows were not sent. */
export const Cancelled: Story = {
  parameters: { mocks: { faults: [{ routes: ['sendSeatJobChunk'], latencyMs: 3000 }] } },
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(1600))));
    await userEvent.click(await page().findByRole('button', { name: 'Create 1,600 users' }));
    await userEvent.click(await page().findByRole('button', { name: 'Cancel creation' }));
    await expect(await page().findByText(/^You cancelled the creation\./, {}, { timeout: 10_000 })).toBeInTheDocument();
  },
};

/** The job is done: the count, Download summary and Done. */
export const Done: Story = {
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(30))));
    await userEvent.click(await page().findByRole('button', { name: 'Create 30 users' }));
    await expect(await page().findByText('30 users were created.', {}, { timeout: 10_000 })).toBeInTheDocument();
  },
};

/** The server refused some rows (taken after the check): their reasons and Retry failed rows. */
export const PartialFailure: Story = {
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(12))));
    await page().findByText('No errors found');
    // Another seat takes two emails of the file between the check and the creation.
    const { backend } = await mockRuntime();
    const seats = backend.bulk('100001').seats;
    const [first, second] = seats;
    if (first) first.email = 'user3@example.org';
    if (second) second.email = 'user7@example.org';
    await userEvent.click(page().getByRole('button', { name: 'Create 12 users' }));
    await expect(await page().findByText('2 rows were refused by the server.', {}, { timeout: 10_000 })).toBeInTheDocument();
    await expect(page().getByRole('button', { name: 'Retry 2 failed rows' })).toBeInTheDocument();
  },
};

/** The server is down when the job would open: its own message, and the preview stays. */
export const ServerError: Story = {
  parameters: { mocks: { faults: [{ routes: ['createSeatJob'], errorRate: 1, errorStatus: 503 }] } },
  play: async () => {
    await upload(csvFile(seatCsv(seatRows(5))));
    await userEvent.click(await page().findByRole('button', { name: 'Create 5 users' }));
    await waitFor(() => expect(page().getByRole('alert')).toHaveTextContent(/Nothing was created: The server had a problem/), { timeout: 10_000 });
  },
};

/** In French, with a preview: columns named by the template's French labels, the file's headers under them. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await userEvent.click(await page().findByRole('button', { name: 'Importer un fichier' }));
    const dialog = await page().findByRole('dialog', { name: 'Importer un fichier' });
    await userEvent.upload(within(dialog).getByLabelText(/Parcourir/), csvFile(seatCsv(seatRows(5, { 1: badEmail }))));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Importer' }));
    await expect(await page().findByText('1 ligne contient des erreurs. Cliquez sur une cellule pour la corriger.')).toBeInTheDocument();
    await expect(page().getByRole('button', { name: 'Corrigez 1 ligne pour créer les utilisateurs' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page().getByRole('button', { name: 'Télécharger le fichier des erreurs' })).toBeInTheDocument();
    await expect(page().getByRole('columnheader', { name: 'Prénom' })).toHaveTextContent(`Prénom${seatHeaders[0]}`);
    await expect(page().getAllByText('E-mail\u00a0: Adresse e-mail non valide.', { normalizer: (text) => text })[0]).toBeInTheDocument();
  },
};

/** In Spanish, with a preview: columns, messages and roles in Spanish. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async () => {
    await userEvent.click(await page().findByRole('button', { name: 'Subir archivo' }));
    const dialog = await page().findByRole('dialog', { name: 'Subir archivo' });
    await userEvent.upload(within(dialog).getByLabelText(/Examinar/), csvFile(seatCsv(seatRows(5, { 1: badEmail }))));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Subir' }));
    await expect((await page().findAllByText('Correo: No es una dirección de correo electrónico válida.'))[0]).toBeInTheDocument();
    await expect(page().getByRole('columnheader', { name: 'Rol' })).toBeInTheDocument();
    await expect(page().getAllByText('Usuario').length).toBeGreaterThan(0);
  },
};

/** Opens a preview of `rows` in the language of the story, by the upload dialog's own words. */
async function previewIn(words: { upload: string; browse: RegExp; read: string }, rows: string[][]) {
  await userEvent.click(await page().findByRole('button', { name: words.upload }));
  const dialog = await page().findByRole('dialog', { name: words.upload });
  await userEvent.upload(within(dialog).getByLabelText(words.browse), csvFile(seatCsv(rows)));
  await userEvent.click(within(dialog).getByRole('button', { name: words.read }));
  return page().findByRole('grid');
}

const english = { upload: 'Upload file', browse: /Browse files/, read: 'Upload' };
const french = { upload: 'Importer un fichier', browse: /Parcourir/, read: 'Importer' };
const spanish = { upload: 'Subir archivo', browse: /Examinar/, read: 'Subir' };
const spoiled = () => seatRows(12, { 1: badEmail, 4: badEmail, 7: sameExtensionAsFirst, 9: (row) => row.map((value, index) => (index === 4 ? '' : value)) });

/** The error summary with one group chosen: only its rows are listed, and a line says so. */
export const ErrorSummaryFiltered: Story = {
  play: async () => {
    await previewIn(english, spoiled());
    await userEvent.click(await page().findByRole('button', { name: 'Email: Not a valid email address — 2 rows' }));
    await expect(page().getByText(/Showing only the rows with/)).toBeInTheDocument();
  },
};

/** The same in French. */
export const ErrorSummaryFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await previewIn(french, spoiled());
    await userEvent.click(await page().findByRole('button', { name: /^E-mail\u00a0: Adresse e-mail non valide — 2 lignes$/ }));
    await expect(page().getByRole('button', { name: 'Afficher toutes les lignes' })).toBeInTheDocument();
  },
};

/** The same in Spanish. */
export const ErrorSummarySpanish: Story = {
  globals: { locale: 'es' },
  play: async () => {
    await previewIn(spanish, spoiled());
    await userEvent.click(await page().findByRole('button', { name: /^Correo: No es una dirección de correo electrónico válida — 2 filas$/ }));
    await expect(page().getByRole('button', { name: 'Mostrar todas las filas' })).toBeInTheDocument();
  },
};

/** Find and replace with a count of what will change, before anything changes. */
export const FindAndReplace: Story = {
  play: async () => {
    await previewIn(english, spoiled());
    await userEvent.click(page().getByRole('button', { name: 'Find and replace' }));
    const dialog = page().getByRole('dialog', { name: 'Find and replace in a column' });
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Column' }), 'Email');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Find' }), 'example.org');
    await expect(await within(dialog).findByText('10 cells will change.')).toBeInTheDocument();
  },
};

/** Find and replace in French. */
export const FindAndReplaceFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await previewIn(french, spoiled());
    await userEvent.click(page().getByRole('button', { name: 'Rechercher et remplacer' }));
    const dialog = page().getByRole('dialog', { name: 'Rechercher et remplacer dans une colonne' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Rechercher' }), 'First1');
    await expect(await within(dialog).findByText('3 cellules seront modifiées.')).toBeInTheDocument();
  },
};

/** Fill empty cells in Spanish, for a choice column. */
export const FillEmptySpanish: Story = {
  globals: { locale: 'es' },
  play: async () => {
    await previewIn(spanish, spoiled());
    await userEvent.click(page().getByRole('button', { name: 'Rellenar celdas vacías' }));
    const dialog = page().getByRole('dialog', { name: 'Rellenar las celdas vacías de una columna' });
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Columna' }), 'Sede');
    await expect(within(dialog).getByText('Se rellenará 1 celda vacía.')).toBeInTheDocument();
  },
};

/** The question before the rows with errors are removed. */
export const RemoveRowsWithErrors: Story = {
  play: async () => {
    await previewIn(english, spoiled());
    await userEvent.click(page().getByRole('button', { name: 'Remove 5 rows with errors' }));
    await expect(page().getByRole('alertdialog', { name: 'Remove 5 rows with errors?' })).toBeInTheDocument();
  },
};

/** After the rows with errors were removed: the line that says so, with their errors file, and Undo. */
export const RowsWithErrorsRemovedFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await previewIn(french, spoiled());
    await userEvent.click(page().getByRole('button', { name: 'Retirer 5 lignes en erreur' }));
    await userEvent.click(within(page().getByRole('alertdialog')).getByRole('button', { name: 'Retirer les lignes' }));
    await expect(await page().findByText('5 lignes en erreur ont été retirées.')).toBeInTheDocument();
    await expect(page().getByRole('button', { name: 'Annuler' })).not.toHaveAttribute('aria-disabled');
  },
};

/** A workbook of two sheets: the Columns step names them and reads the one with the columns. */
const twoSheets = () =>
  new File(
    [
      workbookBytes([
        { name: 'Instructions', rows: [['One user per row on the sheet Users.']] },
        { name: 'Users', rows: [[...seatHeaders], ...seatRows(3)] },
      ]),
    ],
    'people.xlsx',
  );

/** The Columns step of a workbook of several sheets, with the sheet picked. */
export const SheetPicker: Story = {
  play: async () => {
    await upload(twoSheets());
    await expect(await page().findByRole('combobox', { name: 'Sheet' })).toHaveValue('Users');
  },
};

/** The same in French. */
export const SheetPickerFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await userEvent.click(await page().findByRole('button', { name: french.upload }));
    const dialog = await page().findByRole('dialog', { name: french.upload });
    await userEvent.upload(within(dialog).getByLabelText(french.browse), twoSheets());
    await userEvent.click(within(dialog).getByRole('button', { name: french.read }));
    await expect(await page().findByRole('combobox', { name: 'Feuille' })).toHaveValue('Users');
  },
};

/** The same in Spanish. */
export const SheetPickerSpanish: Story = {
  globals: { locale: 'es' },
  play: async () => {
    await userEvent.click(await page().findByRole('button', { name: spanish.upload }));
    const dialog = await page().findByRole('dialog', { name: spanish.upload });
    await userEvent.upload(within(dialog).getByLabelText(spanish.browse), twoSheets());
    await userEvent.click(within(dialog).getByRole('button', { name: spanish.read }));
    await expect(await page().findByRole('combobox', { name: 'Hoja' })).toHaveValue('Users');
  },
};
