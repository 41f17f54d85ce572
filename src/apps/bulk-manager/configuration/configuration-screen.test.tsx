import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MOCK_BASE_URL, mockBackend, mockControls } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import type { FakeBridge } from '../../../testing/fake-bridge';
import { demoCredentials } from '../../../testing/fake-bridge';
import { login } from '../../../host/http-auth';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { bulkJobRunnerFor } from '../bulk-job/use-bulk-job';
import { defaultJobStore } from '../bulk-job/job-store';
import { BulkManagerApp } from '../shell/bulk-manager-app';
import { previewCell } from './testing/preview-cells';
import { badEmail, csvFile, sameExtensionAsFirst, seatCsv, seatHeaders, seatRows } from './testing/seat-files';

withMockServer();

const bridges: FakeBridge[] = [];
/** Files the app saved, read back as text. */
let saved: { name: string; blob: Blob }[] = [];
let revoked: string[] = [];

beforeEach(() => {
  saved = [];
  revoked = [];
  let next = 0;
  const urls = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${next++}`;
    if (blob instanceof Blob) urls.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = urls.get(this.href);
    // The link must be in the document when clicked, and carry the file name.
    expect(this.isConnected).toBe(true);
    if (blob) saved.push({ name: this.download, blob });
  });
});

afterEach(async () => {
  for (const bridge of bridges.splice(0)) bulkJobRunnerFor(bridge).dispose();
  await defaultJobStore().clear('user-1');
});

function renderTab(options: { path?: string } = {}) {
  const rendered = renderApp(<BulkManagerApp />, {
    basePath: '/apps/bulk-manager',
    path: options.path ?? '/apps/bulk-manager/configuration',
    appId: 'bulk-manager',
  });
  bridges.push(rendered.bridge);
  return { ...rendered, user: userEvent.setup() };
}

async function upload(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.click(await screen.findByRole('button', { name: 'Upload file' }));
  const dialog = await screen.findByRole('dialog', { name: 'Upload file' });
  await user.upload(within(dialog).getByLabelText(/Browse files/), file);
  await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
  return dialog;
}

async function savedText(index = saved.length - 1): Promise<string> {
  const file = saved[index];
  if (!file) throw new Error('No file was saved');
  return file.blob.text();
}

function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

const seatCount = (accountId = '100001') => mockControls.snapshot().seatsByAccount[accountId] ?? 0;

describe('Configuration: template and upload', () => {
  it('tells a dropped .xls or .ods to be saved as .xlsx or .csv, before any reading, and refuses several files at once', async () => {
    const { user } = renderTab();
    await user.click(await screen.findByRole('button', { name: 'Upload file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Upload file' });
    const zone = within(dialog).getByText('Drag a file here, or').parentElement ?? dialog;
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['\xd0\xcf'], 'Seats 2019.XLS')] } });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      '.xls files cannot be read. Open the file in your spreadsheet program and save it as .xlsx or .csv.',
    );
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['x'], 'seats.ods')] } });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('.ods files cannot be read.');
    fireEvent.drop(zone, { dataTransfer: { files: [csvFile(seatCsv(seatRows(1))), csvFile(seatCsv(seatRows(2)), 'more.csv')] } });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Drop one file at a time: 2 files were dropped.');
    expect(within(dialog).getByRole('button', { name: 'Upload' })).toBeDisabled();
  });

  it('downloads the template from the API through a temporary link that is removed and revoked', async () => {
    const { user } = renderTab();
    await screen.findByText('The seat template has 12 columns.');
    await user.click(screen.getByRole('button', { name: 'Download CSV template' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('seat-template.csv');
    expect((await savedText()).split(/\r?\n/)[0]).toContain('First Name,Last Name,Email,Extension,Site');
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revoked).toEqual(['blob:test/0']));
  });

  it('shows the chosen file, says why a file cannot be imported, and reads another one after Remove', async () => {
    const { user } = renderTab();
    const dialog = await upload(user, csvFile(seatCsv(seatRows(2), ['First Name', 'Email', 'E-mail']), 'partial.csv'));
    expect(within(dialog).getByText('partial.csv')).toBeInTheDocument();
    expect(await within(dialog).findByText(/This column appears more than once: "Email" \/ "E-mail"/)).toBeInTheDocument();
    await expectNoAxeViolations(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await user.upload(within(dialog).getByLabelText(/Browse files/), csvFile('', 'empty.csv'));
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    expect(await within(dialog).findByText('The file is empty.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await user.upload(within(dialog).getByLabelText(/Browse files/), csvFile(seatCsv(seatRows(3))));
    // Focus goes from Upload to Cancel while the file is read (Upload is gone), then straight to the
    // preview: not back to Upload file first (a second announcement for screen readers, and a second
    // forced layout in the task that shows 100,000 rows).
    const focused: string[] = [];
    const onFocus = (event: FocusEvent) => focused.push(event.target instanceof HTMLElement ? (event.target.textContent ?? '') : '');
    document.addEventListener('focusin', onFocus);
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('No errors found')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Preview of seats.csv' })).toHaveFocus());
    document.removeEventListener('focusin', onFocus);
    expect(focused.slice(focused.indexOf('Upload'))).toEqual(['Upload', 'Cancel', 'Preview of seats.csv']);
  });

  it('keeps focus inside the dialog when a file fails, and Escape closes it in every state, back to Upload file', async () => {
    const { user } = renderTab();
    const opener = await screen.findByRole('button', { name: 'Upload file' });
    const focusIn = (dialog: HTMLElement) => expect(dialog).toContainElement(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    const tabAround = async (dialog: HTMLElement) => {
      for (let step = 0; step < 8; step += 1) {
        await user.tab();
        focusIn(dialog);
      }
      for (let step = 0; step < 8; step += 1) {
        await user.tab({ shift: true });
        focusIn(dialog);
      }
    };

    // Nothing chosen yet.
    await user.click(opener);
    let dialog = await screen.findByRole('dialog', { name: 'Upload file' });
    await tabAround(dialog);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Upload file' })).toBeNull());
    expect(opener).toHaveFocus();

    // A file that cannot be imported: the message under the file, Upload disabled, focus still inside.
    dialog = await upload(user, csvFile('', 'empty.csv'));
    expect(await within(dialog).findByText('The file is empty.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Upload' })).toBeDisabled();
    await waitFor(() => focusIn(dialog));
    await tabAround(dialog);
    await expectNoAxeViolations(dialog);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Upload file' })).toBeNull());
    expect(opener).toHaveFocus();

    // While a file is read: Escape stops the read and closes.
    mockControls.setFaults({ routes: ['validateSeats'], latencyMs: 3000 });
    dialog = await upload(user, csvFile(seatCsv(seatRows(3))));
    expect(within(dialog).getByRole('progressbar')).toBeInTheDocument();
    focusIn(dialog);
    await tabAround(dialog);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Upload file' })).toBeNull());
    expect(opener).toHaveFocus();
    expect(screen.queryByRole('heading', { name: /^Preview of/ })).toBeNull();
  });

  it('tells a legacy .xls file chosen in a permissive picker to be saved as .xlsx or .csv, before reading it', async () => {
    const { user } = renderTab();
    await user.click(await screen.findByRole('button', { name: 'Upload file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Upload file' });
    // The picker's accept list keeps .xls out; a drop or a permissive picker is refused with a message.
    await userEvent.setup({ applyAccept: false }).upload(within(dialog).getByLabelText(/Browse files/), new File(['x'], 'old.xls'));
    expect(
      await within(dialog).findByText('.xls files cannot be read. Open the file in your spreadsheet program and save it as .xlsx or .csv.'),
    ).toBeInTheDocument();
  });
});

describe('Configuration: preview', () => {
  it('marks invalid cells with their message, fixes one in place, and then finds no errors', async () => {
    const { user, container } = renderTab();
    await upload(user, csvFile(seatCsv(seatRows(3, { 1: badEmail }))));
    expect(await screen.findByText('1 row has errors. Click a cell to fix it.')).toBeInTheDocument();
    expect(screen.getByText('3 rows: 2 valid, 1 with errors')).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'Rows of seats.csv' });
    // Cells are text until edited: no input in the grid but the checkboxes.
    expect(within(grid).queryAllByRole('textbox')).toHaveLength(0);
    const cell = previewCell(grid, 3, 'Email');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell).toHaveAccessibleName('not-an-email Error: Not a valid email address.');
    expect(previewCell(grid, 2, 'Email')).not.toHaveAttribute('aria-invalid');
    expect(within(grid).getByRole('button', { name: '1 error' })).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(cell);
    const editor = screen.getByRole('textbox', { name: 'Email, row 3' });
    expect(editor).toHaveAccessibleDescription('Not a valid email address.');
    expect(editor).toHaveFocus();
    expect(editor).toHaveValue('not-an-email');
    await user.clear(editor);
    await user.type(editor, 'fixed@example.org{Enter}');
    expect(await screen.findByText('No errors found')).toBeInTheDocument();
    expect(within(grid).queryAllByRole('textbox')).toHaveLength(0);
    expect(previewCell(grid, 3, 'Email')).toHaveTextContent('fixed@example.org');
    expect(previewCell(grid, 3, 'Email')).not.toHaveAttribute('aria-invalid');
  });

  it('counts the errors of a row in its status, and lists every message, whole, from the keyboard', async () => {
    const { user, container } = renderTab();
    const twoErrors = (row: string[]): string[] => row.map((value, index) => (index === 2 ? 'not-an-email' : index === 4 ? 'Moon' : value));
    await upload(user, csvFile(seatCsv(seatRows(2, { 1: twoErrors }))));
    await screen.findByText('1 row has errors. Click a cell to fix it.');
    const grid = screen.getByRole('grid', { name: 'Rows of seats.csv' });
    const status = previewCell(grid, 3, 'Status');
    // Every message is in the cell's text for screen readers, not only the first.
    expect(status).toHaveTextContent('Email: Not a valid email address.');
    expect(status).toHaveTextContent('Site: Must be one of: Headquarters, Branch Office, Remote.');
    status.focus();
    await user.keyboard('{Enter}');
    const button = within(status).getByRole('button', { name: '2 errors' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'Errors in row 3' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Email: Not a valid email address.', 'Site: Must be one of: Headquarters, Branch Office, Remote.']);
    await expectNoAxeViolations(container);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Errors in row 3' })).toBeNull();
    expect(button).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(status).toHaveFocus();
  });

  it('edits a Site from the list of the account sites, typing to filter it', async () => {
    const { user } = renderTab();
    await upload(user, csvFile(seatCsv(seatRows(2, { 1: (row) => row.map((value, index) => (index === 4 ? 'Moon' : value)) }))));
    await screen.findByText('1 row has errors. Click a cell to fix it.');
    const grid = screen.getByRole('grid', { name: 'Rows of seats.csv' });
    await user.click(previewCell(grid, 3, 'Site'));
    const editor = screen.getByRole('combobox', { name: 'Site, row 3' });
    expect(editor).toHaveAccessibleDescription('Must be one of: Headquarters, Branch Office, Remote.');
    await user.keyboard('{Control>}a{/Control}rem{ArrowDown}{Enter}');
    expect(await screen.findByText('No errors found')).toBeInTheDocument();
    expect(previewCell(grid, 3, 'Site')).toHaveTextContent('Remote');
  });

  it("edits a Direct Number from the account's spare numbers, the number the account refused replaced by one it has", async () => {
    const { user } = renderTab();
    const data = mockBackend.bulk('100001');
    const used = new Set(data.seats.map((seat) => seat.directNumber));
    const spare = data.numberPool.filter((number) => !used.has(number)).sort();
    const taken = data.seats.find((seat) => seat.directNumber !== null)?.directNumber ?? '';
    await upload(user, csvFile(seatCsv(seatRows(2, { 1: (row) => row.map((value, index) => (index === 5 ? taken : value)) }))));
    await screen.findByText('1 row has errors. Click a cell to fix it.');
    const grid = screen.getByRole('grid', { name: 'Rows of seats.csv' });
    await user.click(previewCell(grid, 3, 'Direct Number'));
    const editor = screen.getByRole('combobox', { name: 'Direct Number, row 3' });
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option')).toHaveLength(spare.length);
    const wanted = spare[2] ?? '';
    const written = `(${wanted.slice(2, 5)}) ${wanted.slice(5, 8)}-${wanted.slice(8)}`;
    await user.keyboard(`{Control>}a{/Control}${wanted.slice(5)}`);
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([written]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(editor).not.toBeInTheDocument();
    expect(await screen.findByText('No errors found')).toBeInTheDocument();
  });

  it('shows a hidden character of a refused value by its code point, where it is, so it cannot turn the text around', async () => {
    const { user } = renderTab();
    const override = (row: string[]): string[] => row.map((value, index) => (index === 1 ? 'Ro\u202Eyrev' : value));
    await upload(user, csvFile(seatCsv(seatRows(2, { 1: override }))));
    expect(await screen.findByText('1 row has errors. Click a cell to fix it.')).toBeInTheDocument();
    const cell = previewCell(screen.getByRole('grid', { name: 'Rows of seats.csv' }), 3, 'Last Name');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell.textContent).not.toContain('\u202E');
    expect(within(cell).getByText('U+202E')).toBeInTheDocument();
    expect(cell.textContent).toMatch(/^RoU\+202Eyrev/);
  });

  it('edits a cell from the keyboard: Enter opens it, Escape leaves it unchanged, typing replaces the value', async () => {
    const { user, container } = renderTab();
    await upload(user, csvFile(seatCsv(seatRows(2, { 0: badEmail }))));
    await screen.findByText('1 row has errors. Click a cell to fix it.');
    const grid = screen.getByRole('grid', { name: 'Rows of seats.csv' });
    const cell = previewCell(grid, 2, 'Email');
    cell.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Email, row 2', description: 'Not a valid email address.' })).toHaveFocus();
    await expectNoAxeViolations(container);
    await user.keyboard('{Control>}a{/Control}oops{Escape}');
    expect(within(grid).queryAllByRole('textbox')).toHaveLength(0);
    expect(cell).toHaveFocus();
    expect(cell).toHaveTextContent('not-an-email');
    await user.keyboard('ok@example.org{Tab}');
    expect(await screen.findByText('No errors found')).toBeInTheDocument();
    expect(previewCell(grid, 2, 'Email')).toHaveTextContent('ok@example.org');
    // Tab committed and moved to the next column.
    expect(previewCell(grid, 2, 'Extension')).toHaveFocus();
  });

  it('finds duplicates in the file, filters to rows with errors, deletes one and adds a row', async () => {
    const { user } = renderTab();
    await upload(user, csvFile(seatCsv(seatRows(4, { 3: sameExtensionAsFirst }))));
    expect(await screen.findByText('2 rows have errors. Click a cell to fix it.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Only rows with errors' }));
    const grid = screen.getByRole('grid', { name: 'Rows of seats.csv' });
    expect(within(grid).getAllByRole('row')).toHaveLength(3);
    await user.click(screen.getByRole('checkbox', { name: 'Select row 5' }));
    await user.click(screen.getByRole('button', { name: 'Delete selected (1)' }));
    expect(await screen.findByText('No errors found')).toBeInTheDocument();
    expect(screen.getByText('1 row deleted.')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /seats\.csv/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Only rows with errors' }));
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    expect(await screen.findByText('Row 6 added at the end of the table.')).toBeInTheDocument();
    expect(screen.getByText('4 rows: 3 valid, 1 with errors')).toBeInTheDocument();
  });

  it('keeps thousands of rows in the model and renders only the visible ones', async () => {
    const { user } = renderTab();
    await upload(user, csvFile(seatCsv(seatRows(5000, { 4321: badEmail }))));
    expect(await screen.findByText('5,000 rows: 4,999 valid, 1 with errors', {}, { timeout: 10000 })).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'Rows of seats.csv' });
    expect(grid).toHaveAttribute('aria-rowcount', '5001');
    expect(within(grid).getAllByRole('row').length).toBeLessThan(40);
    await user.click(screen.getByRole('checkbox', { name: 'Only rows with errors' }));
    expect(within(grid).getAllByRole('row')).toHaveLength(2);
    expect(previewCell(grid, 4323, 'Email')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('Configuration: create', () => {
  it('while rows have errors, the action says how many to fix and creates nothing, and the errors file, offered beside the count, lists every row in order with its errors', async () => {
    const { user } = renderTab();
    const before = seatCount();
    const jobsBefore = mockControls.snapshot().jobsByAccount['100001'];
    await upload(user, csvFile(seatCsv(seatRows(3, { 0: badEmail, 2: (row) => row.map((v, i) => (i === 4 ? 'Mars' : v)) }))));
    const action = await screen.findByRole('button', { name: 'Fix 2 rows to create users' });
    expect(action).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('button', { name: /^Create/ })).toBeNull();
    await user.click(action);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Checking the edited rows against the account…')).toBeNull();
    expect(seatCount()).toBe(before);
    expect(mockControls.snapshot().jobsByAccount['100001']).toBe(jobsBefore);

    // Offered before any click, beside the count of rows with errors.
    const count = screen.getByText('2 rows have errors. Click a cell to fix it.');
    expect(count).toHaveAttribute('role', 'status');
    const download = within(count.parentElement ?? document.body).getByRole('button', { name: 'Download errors file' });
    await user.click(download);
    expect(saved[0]?.name).toBe('seats-errors.csv');
    const text = await savedText();
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...seatHeaders, 'Errors']);
    expect(rows.slice(1).map((row) => [row[0], row[12]])).toEqual([
      ['First0', 'Email: Not a valid email address.'],
      ['First1', ''],
      ['First2', 'Site: Must be one of: Headquarters, Branch Office, Remote.'],
    ]);
  });

  it('checks edited rows against the account before creating', async () => {
    const { user } = renderTab();
    await upload(user, csvFile(seatCsv(seatRows(2))));
    const taken = mockBackend.bulk('100001').seats[0]?.extension ?? '1000';
    await screen.findByText('No errors found');
    const grid = screen.getByRole('grid', { name: 'Rows of seats.csv' });
    await user.click(previewCell(grid, 2, 'Extension'));
    await user.keyboard(`{Control>}a{/Control}${taken}{Enter}`);
    await user.click(screen.getByRole('button', { name: 'Create 2 users' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 row has errors, so nothing was created.');
    expect(previewCell(grid, 2, 'Extension')).toHaveAccessibleName(`${taken} Error: Already used by another user of this account.`);
  });

  it('creates the users as a job with progress, confirms the count, saves a safe summary, and Done opens Event Logs', async () => {
    const { user, bridge } = renderTab();
    const before = seatCount();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 150 });
    await upload(user, csvFile(seatCsv(seatRows(1200, { 7: (row) => row.map((v, i) => (i === 1 ? '=HYPERLINK("x")' : v)) }))));
    await user.click(await screen.findByRole('button', { name: 'Create 1,200 users' }));
    const progress = await screen.findByRole('progressbar', { name: 'Creating users from seats.csv' });
    expect(progress).toHaveAttribute('aria-valuemax', '1200');
    expect(screen.getByRole('heading', { name: 'Creating users' })).toHaveFocus();
    expect(await screen.findByText('1,200 users were created.', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(seatCount()).toBe(before + 1200);

    await user.click(screen.getByRole('button', { name: 'Download summary' }));
    const rows = parseCsv(await savedText());
    expect(rows[0]).toEqual([...seatHeaders, 'User ID', 'Created At', 'Result', 'Error']);
    expect(rows).toHaveLength(1201);
    expect(rows[1]?.slice(13, 16)).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT/), 'Created', ''].slice(0, 3));
    expect(rows[8]?.[1]).toBe('\'=HYPERLINK("x")');
    expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(bridge.navigation.current()).toBe('/apps/bulk-manager/event-logs'));
  });

  it('says the server failed, apart from validation errors, and keeps the preview when the job cannot be opened', async () => {
    const { user } = renderTab();
    mockControls.setFaults({ routes: ['createSeatJob'], errorRate: 1, errorStatus: 503 });
    await upload(user, csvFile(seatCsv(seatRows(3))));
    await user.click(await screen.findByRole('button', { name: 'Create 3 users' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10000 });
    expect(alert).toHaveTextContent('Nothing was created: The server had a problem. Try again in a moment. Your rows are still here');
    expect(screen.getByRole('grid', { name: 'Rows of seats.csv' })).toBeInTheDocument();
    mockControls.clearFaults();
    await user.click(screen.getByRole('button', { name: 'Create 3 users' }));
    expect(await screen.findByText('3 users were created.', {}, { timeout: 10000 })).toBeInTheDocument();
  });

  it('lists the rows the server refused, and Retry failed rows sends only those', async () => {
    const { user } = renderTab();
    await upload(user, csvFile(seatCsv(seatRows(4))));
    await screen.findByText('No errors found');
    // Between the check and the creation, another seat takes row 3's email.
    const other = mockBackend.bulk('100001').seats[0];
    if (!other) throw new Error('seed has seats');
    const originalEmail = other.email;
    other.email = 'user1@example.org';
    await user.click(screen.getByRole('button', { name: 'Create 4 users' }));
    expect(await screen.findByText('3 users were created.')).toBeInTheDocument();
    expect(screen.getByText('1 row was refused by the server.')).toBeInTheDocument();
    expect(screen.getByText(/^Row 3: /)).toBeInTheDocument();

    other.email = originalEmail;
    const before = seatCount();
    await user.click(screen.getByRole('button', { name: 'Retry 1 failed row' }));
    expect(await screen.findByText('4 users were created.')).toBeInTheDocument();
    expect(screen.queryByText(/refused by the server/)).toBeNull();
    expect(seatCount()).toBe(before + 1);
  });

  it('cancels: stops sending, and says how many were created and how many were not sent', async () => {
    const { user } = renderTab();
    const before = seatCount();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 1500 });
    await upload(user, csvFile(seatCsv(seatRows(2000))));
    await user.click(await screen.findByRole('button', { name: 'Create 2,000 users' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel creation' }));
    const status = await screen.findByText(/^You cancelled the creation\./, {}, { timeout: 10000 });
    const created = seatCount() - before;
    expect(created).toBeLessThan(2000);
    expect(status).toHaveTextContent(
      `${created.toLocaleString('en')} users were created before that. ${(2000 - created).toLocaleString('en')} rows were not sent.`,
    );
  });

  it('pauses when the session expires, says so, and finishes once the user signs in again', async () => {
    const { user, bridge } = renderTab();
    const before = seatCount();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 1500 });
    await upload(user, csvFile(seatCsv(seatRows(1600))));
    await user.click(await screen.findByRole('button', { name: 'Create 1,600 users' }));
    await screen.findByRole('progressbar');
    act(() => {
      mockControls.expireSessions();
      bridge.host.expireSession();
    });
    expect(await screen.findByText(/Your session has expired\. Sign in again/)).toBeInTheDocument();
    const signedIn = await login(MOCK_BASE_URL, demoCredentials);
    if (!signedIn.ok) throw new Error('sign-in failed');
    act(() => bridge.host.renewSession(signedIn.tokens));
    expect(await screen.findByText('1,600 users were created.', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(seatCount()).toBe(before + 1600);
  });

  it('comes back to a job after a reload and finishes it without creating a seat twice', async () => {
    const first = renderTab();
    const before = seatCount();
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 1500 });
    await upload(first.user, csvFile(seatCsv(seatRows(2200))));
    await first.user.click(await screen.findByRole('button', { name: 'Create 2,200 users' }));
    await screen.findByRole('progressbar');
    // The page goes away mid-job: its runner stops, its requests already sent still reach the server.
    bulkJobRunnerFor(first.bridge).dispose();
    first.unmount();

    renderTab();
    expect(await screen.findByText(/Picking up the job|Creating users from seats.csv/)).toBeInTheDocument();
    expect(await screen.findByText('2,200 users were created.', {}, { timeout: 15000 })).toBeInTheDocument();
    expect(seatCount()).toBe(before + 2200);
  });

  it('warns before switching account while a job runs, and the job stays in its account', async () => {
    const { user } = renderTab();
    const contoso = seatCount('100002');
    mockControls.setFaults({ routes: ['sendSeatJobChunk'], latencyMs: 3000 });
    await upload(user, csvFile(seatCsv(seatRows(1500))));
    await user.click(await screen.findByRole('button', { name: 'Create 1,500 users' }));
    await screen.findByRole('progressbar');
    await user.click(screen.getByRole('button', { name: /Account: Northwind Traders/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Switch Account' }));
    await user.type(await screen.findByLabelText(/Account ID/), '100002');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const dialog = await screen.findByRole('dialog', { name: 'Switch to this account?' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'A bulk creation is running for Northwind Traders (account 100001). It keeps creating users in that account after you switch.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('In Northwind Traders (account 100001), from seats.csv.')).toBeInTheDocument();
    expect(await screen.findByText('1,500 users were created.', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(seatCount('100002')).toBe(contoso);
  });
});
