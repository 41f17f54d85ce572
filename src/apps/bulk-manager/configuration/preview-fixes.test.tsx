import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import type { FakeBridge } from '../../../testing/fake-bridge';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { bulkJobRunnerFor } from '../bulk-job/use-bulk-job';
import { defaultJobStore } from '../bulk-job/job-store';
import { BulkManagerApp } from '../shell/bulk-manager-app';
import { previewCell } from './testing/preview-cells';
import { badEmail, csvFile, sameExtensionAsFirst, seatCsv, seatRows } from './testing/seat-files';
import { mountedAt } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../../../apps/bulk-manager/manifest';

withMockServer();

const bridges: FakeBridge[] = [];
let saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  saved = [];
  const urls = new Map<string, Blob>();
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${next++}`;
    if (blob instanceof Blob) urls.set(url, blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = urls.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});

afterEach(async () => {
  for (const bridge of bridges.splice(0)) bulkJobRunnerFor(bridge).dispose();
  await defaultJobStore().clear('user-1');
});

type User = ReturnType<typeof userEvent.setup>;

/** The tab with a file of `rows` uploaded; resolves once its preview is on screen. */
async function previewOf(rows: string[][]): Promise<{ user: User; grid: HTMLElement }> {
  const rendered = renderApp(<BulkManagerApp />, mountedAt(bulkManagerManifest, 'configuration'));
  bridges.push(rendered.bridge);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Upload file' }));
  const dialog = await screen.findByRole('dialog', { name: 'Upload file' });
  await user.upload(within(dialog).getByLabelText(/Browse files/), csvFile(seatCsv(rows)));
  await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
  const grid = await screen.findByRole('grid', { name: 'Rows of seats.csv' }, { timeout: 10000 });
  return { user, grid };
}

const rowNumbers = (grid: HTMLElement): string[] =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('[aria-colindex="2"]')?.textContent ?? '');

const emailOf = (n: number) => (row: string[]) => row.map((value, index) => (index === 2 ? `person${n}@corp.example` : value));

describe('Preview: error summary', () => {
  it('groups the errors by column and message with their counts, and a group lists only its rows, from the first, in its column', async () => {
    const { user, grid } = await previewOf(seatRows(8, { 1: badEmail, 4: badEmail, 6: sameExtensionAsFirst }));
    const summary = screen.getByRole('region', { name: 'Errors by column' });
    const email = within(summary).getByRole('button', { name: 'Email: Not a valid email address — 2 rows' });
    const extension = within(summary).getByRole('button', { name: 'Extension: Used in more than one row — 2 rows' });
    expect(email).toHaveAttribute('aria-pressed', 'false');
    await expectNoAxeViolations(summary);
    await user.click(email);
    expect(email).toHaveAttribute('aria-pressed', 'true');
    expect(rowNumbers(grid)).toEqual(['3', '6']);
    expect(screen.getByText(/Showing only the rows with: Email: Not a valid email address — 2 rows/)).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(previewCell(grid, 3, 'Email')));
    await user.click(extension);
    expect(rowNumbers(grid)).toEqual(['2', '8']);
    await user.click(screen.getByRole('button', { name: 'Show all rows' }));
    expect(rowNumbers(grid)).toHaveLength(8);
    expect(extension).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('Preview: find and replace, fill empty cells', () => {
  it('shows how many cells will change before replacing, replaces in one column only, and Undo and Redo (buttons and keys) take it back and again', async () => {
    const { user, grid } = await previewOf(seatRows(5, { 0: emailOf(0), 3: emailOf(3) }));
    await user.click(screen.getByRole('button', { name: 'Find and replace' }));
    const dialog = screen.getByRole('dialog', { name: 'Find and replace in a column' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Column' }), 'Email');
    await user.type(within(dialog).getByRole('textbox', { name: 'Find' }), 'CORP.example');
    await user.type(within(dialog).getByRole('textbox', { name: /^Replace with/ }), 'example.org');
    expect(await within(dialog).findByText('2 cells will change.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Match case' }));
    expect(await within(dialog).findByText('0 cells will change.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Replace in 0 cells' })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Match case' }));
    await expectNoAxeViolations(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Replace in 2 cells' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(previewCell(grid, 2, 'Email')).toHaveTextContent('person0@example.org');
    expect(previewCell(grid, 5, 'Email')).toHaveTextContent('person3@example.org');
    expect(screen.getByText('2 cells changed by find and replace.')).toBeInTheDocument();
    // Focus went back to the button that opened the dialog.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Find and replace' }));

    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAttribute('title', 'Undo find and replace (Ctrl+Z)');
    await user.click(undo);
    await waitFor(() => expect(previewCell(grid, 2, 'Email')).toHaveTextContent('person0@corp.example'));
    expect(screen.getByText('Undone: find and replace.')).toBeInTheDocument();
    expect(undo).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(undo);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(previewCell(grid, 2, 'Email')).toHaveTextContent('person0@example.org'));
    expect(screen.getByText('Redone: find and replace.')).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(previewCell(grid, 5, 'Email')).toHaveTextContent('person3@corp.example'));
  });

  it('fills the empty cells of a column, with an allowed value for a choice column, saying how many first', async () => {
    const blankSite = (row: string[]) => row.map((value, index) => (index === 4 ? '' : value));
    const { user, grid } = await previewOf(seatRows(4, { 1: blankSite, 2: blankSite }));
    expect(screen.getByRole('button', { name: 'Site: A value is required — 2 rows' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fill empty cells' }));
    const dialog = screen.getByRole('dialog', { name: 'Fill the empty cells of a column' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Column' }), 'Site');
    expect(within(dialog).getByText('2 empty cells will be filled.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Fill 2 cells' })).toBeDisabled();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Value' }), 'Remote');
    await expectNoAxeViolations(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Fill 2 cells' }));
    await waitFor(() => expect(previewCell(grid, 3, 'Site')).toHaveTextContent('Remote'));
    expect(previewCell(grid, 4, 'Site')).toHaveTextContent('Remote');
    expect(screen.getByText('No errors found')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Errors by column' })).toBeNull();
  });
});

describe('Preview: remove the rows with errors', () => {
  it('asks with the count, removes them, offers the errors file of what was removed, lets the rest be created, and Undo puts them back', async () => {
    const { user, grid } = await previewOf(seatRows(6, { 2: badEmail, 5: badEmail }));
    await user.click(screen.getByRole('button', { name: 'Remove 2 rows with errors' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove 2 rows with errors?' });
    await expectNoAxeViolations(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Remove rows' }));
    const line = await screen.findByText('2 rows with errors were removed.');
    await waitFor(() => expect(document.activeElement).toBe(line));
    expect(rowNumbers(grid)).toEqual(['2', '3', '5', '6']);
    expect(screen.getByRole('button', { name: 'Create 4 users' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download the removed rows' }));
    expect(saved.at(-1)?.name).toBe('seats-removed-rows.csv');
    const removed = Papa.parse<string[]>((await saved.at(-1)?.blob.text())?.replace(/^\uFEFF/, '') ?? '', { skipEmptyLines: true }).data;
    expect(removed.map((row) => [row[0], row.at(-1)])).toEqual([
      ['First Name', 'Errors'],
      ['First2', 'Email: Not a valid email address.'],
      ['First5', 'Email: Not a valid email address.'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowNumbers(grid)).toEqual(['2', '3', '4', '5', '6', '7']));
    expect(screen.getByRole('button', { name: 'Fix 2 rows to create users' })).toBeInTheDocument();
  });

  it('undoes a cell edit, an added row and deleted rows, one at a time, newest first', async () => {
    const { user, grid } = await previewOf(seatRows(3));
    await user.dblClick(previewCell(grid, 2, 'First Name'));
    await user.keyboard('{Control>}a{/Control}Ada{Enter}');
    await waitFor(() => expect(previewCell(grid, 2, 'First Name')).toHaveTextContent('Ada'));
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    await waitFor(() => expect(rowNumbers(grid)).toEqual(['2', '3', '4', '5']));
    await user.click(within(grid).getByRole('checkbox', { name: 'Select row 3' }));
    await user.click(screen.getByRole('button', { name: 'Delete selected (1)' }));
    await waitFor(() => expect(rowNumbers(grid)).toEqual(['2', '4', '5']));
    const undo = screen.getByRole('button', { name: 'Undo' });
    await user.click(undo);
    await waitFor(() => expect(rowNumbers(grid)).toEqual(['2', '3', '4', '5']));
    await user.click(undo);
    await waitFor(() => expect(rowNumbers(grid)).toEqual(['2', '3', '4']));
    await user.click(undo);
    await waitFor(() => expect(previewCell(grid, 2, 'First Name')).toHaveTextContent('First0'));
    expect(undo).toHaveAttribute('aria-disabled', 'true');
  });
});
