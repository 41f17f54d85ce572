import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockBackend } from '../../../../mocks/node';
import { withMockServer } from '../../../../mocks/vitest';
import { renderApp } from '../../../../tests/setup/render-app';
import { AssignmentsCsvActions } from './assignments-csv-actions';
import { mountedAt } from '../../../runtime/app-manifest';
import { teamsManifest } from '../../../apps/teams/manifest';

/** How many more times the reader's chunk fails to arrive. */
const reader = vi.hoisted(() => ({ failures: 0, attempts: 0 }));
vi.mock('./read-assignments-file', async (importOriginal) => {
  reader.attempts++;
  if (reader.failures > 0) {
    reader.failures--;
    const error = new Error('Loading chunk 194 failed.\n(error: http://localhost:3001/194.d2b99494.js)');
    error.name = 'ChunkLoadError';
    throw error;
  }
  return importOriginal();
});

withMockServer();

/** One seeded user's row, unchanged. */
function file(): File {
  const user = mockBackend.teams('100001').users[0];
  if (!user) throw new Error('No seeded Teams user');
  const lines = ['User Principal Name,Display Name,Phone Number,Failover Number,Ratecenter', `${user.userPrincipalName},${user.displayName},,,`];
  return new File([lines.join('\r\n')], 'assignments.csv', { type: 'text/csv' });
}

describe('the assignments file reader, when its code does not arrive', () => {
  it('says so in the dialog after a second try; choosing the file again tries again, and a single failure is retried unseen', async () => {
    // Two failures for the first choice (the load and its retry), one for the second (its retry arrives).
    reader.failures = 3;
    const user = userEvent.setup();
    renderApp(<AssignmentsCsvActions onApplied={vi.fn()} />, { ...mountedAt(teamsManifest, 'users') });
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    const dialog = await screen.findByRole('dialog', { name: 'Upload assignments' });
    await user.upload(within(dialog).getByLabelText(/Choose a file/), file());
    expect(
      await within(dialog).findByText('The file could not be checked. Part of the app could not be loaded. Check your connection and try again.'),
    ).toBeInTheDocument();
    expect(reader.attempts).toBe(2);

    await user.upload(within(dialog).getByLabelText(/Choose a file/), file());
    expect(await within(dialog).findByRole('heading', { name: 'Preview' })).toBeInTheDocument();
    expect(within(dialog).queryByText(/Part of the app could not be loaded/)).toBeNull();
    expect(reader.attempts).toBe(4);
  });
});
