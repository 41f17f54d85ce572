import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import type { FakeBridge } from '../../../testing/fake-bridge';
import { expectNoAxeViolations } from '../../../ui/test-utils/axe';
import { bulkJobRunnerFor } from '../bulk-job/use-bulk-job';
import { defaultJobStore } from '../bulk-job/job-store';
import { BulkManagerApp } from '../shell/bulk-manager-app';
import { csvFile, seatCsv, seatRows } from './testing/seat-files';
import { mountedAt } from '../../../runtime/app-manifest';
import { bulkManagerManifest } from '../../../apps/bulk-manager/manifest';

withMockServer();

const bridges: FakeBridge[] = [];
afterEach(async () => {
  for (const bridge of bridges.splice(0)) bulkJobRunnerFor(bridge).dispose();
  await defaultJobStore().clear('user-1');
});

async function previewOf(file: File) {
  const rendered = renderApp(<BulkManagerApp />, mountedAt(bulkManagerManifest, 'configuration'));
  bridges.push(rendered.bridge);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Upload file' }));
  const dialog = await screen.findByRole('dialog', { name: 'Upload file' });
  await user.upload(within(dialog).getByLabelText(/Browse files/), file);
  await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
  return user;
}

/** 40 rows: a third at HQ, every other one listed with Oui, one at a site nobody has. */
function hqFile(): File {
  const rows = seatRows(40, {}).map((row, n) => {
    const copy = [...row];
    if (n % 3 === 1) copy[4] = 'HQ';
    if (n % 2 === 0) copy[11] = 'Oui';
    if (n === 39) copy[4] = 'Paris';
    return copy;
  });
  return csvFile(seatCsv(rows), 'hq.csv');
}

describe('Values of choice columns', () => {
  it('lists each value that is not allowed once, with its rows and a suggestion, and one Apply fixes every row', async () => {
    const user = await previewOf(hqFile());
    const values = await screen.findByRole('region', { name: '3 values your file uses are not allowed' });
    const hq = within(values).getByRole('combobox', { name: 'Site: “HQ” (13 rows)' });
    expect(hq).toHaveValue('Headquarters');
    expect(hq).toHaveAccessibleDescription('Suggested');
    expect(within(values).getByRole('combobox', { name: 'Address Book: “Oui” (20 rows)' })).toHaveValue('Yes');
    const paris = within(values).getByRole('combobox', { name: 'Site: “Paris” (1 row)' });
    expect(paris).toHaveValue('');
    await expectNoAxeViolations(values);

    await user.click(within(values).getByRole('button', { name: 'Apply 2 choices' }));
    expect(await screen.findByText('33 cells changed.')).toBeInTheDocument();
    const left = await screen.findByRole('region', { name: '1 value your file uses is not allowed' });
    expect(within(left).getByRole('combobox', { name: 'Site: “Paris” (1 row)' })).toBeInTheDocument();
    expect(screen.getByText('1 row has errors. Click a cell to fix it.')).toBeInTheDocument();

    await user.selectOptions(within(left).getByRole('combobox', { name: 'Site: “Paris” (1 row)' }), 'Remote');
    await user.click(within(left).getByRole('button', { name: 'Apply 1 choice' }));
    expect(await screen.findByText('No errors found')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /not allowed/ })).toBeNull();
    // Nothing left to match: focus is on the preview's heading, not lost on the page.
    await screen.findByText('1 cell changed.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Preview of hq.csv' }));
  });

  it('leaves a value as an error when the admin says so', async () => {
    const user = await previewOf(hqFile());
    const values = await screen.findByRole('region', { name: '3 values your file uses are not allowed' });
    await user.selectOptions(within(values).getByRole('combobox', { name: 'Site: “HQ” (13 rows)' }), 'Leave as an error');
    await user.click(within(values).getByRole('button', { name: 'Apply 1 choice' }));
    expect(await screen.findByText('20 cells changed.')).toBeInTheDocument();
    expect(screen.getByText('14 rows have errors. Click a cell to fix it.')).toBeInTheDocument();
  });
});
