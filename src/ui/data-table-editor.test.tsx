import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table';
import type { DataTableColumn } from './data-table-types';
import { AppRoot } from './app-root';
import { expectNoAxeViolations } from './test-utils/axe';

interface Person {
  id: string;
  site: string;
}

const SITES = ['Headquarters', 'Branch Office', 'Remote'];

/** One editable choice column whose cells say "Unknown site" when the value is not one of SITES. */
function SiteGrid({ initial = ['Moon', 'Remote'] }: { initial?: string[] }) {
  const [rows, setRows] = useState<Person[]>(() => initial.map((site, index) => ({ id: `p${index}`, site })));
  const columns = useMemo<DataTableColumn<Person>[]>(
    () => [
      {
        id: 'site',
        header: 'Site',
        cell: (person) => person.site,
        edit: {
          value: (person) => person.site,
          label: (_person, context) => `Site, row ${context.rowIndex + 1}`,
          invalid: (person) => !SITES.includes(person.site),
          messages: (person) => (SITES.includes(person.site) ? [] : ['Unknown site.', 'Must be one of: Headquarters, Branch Office, Remote.']),
          options: () => SITES.map((value) => ({ value, label: value })),
          onCommit: (person, value) => setRows((current) => current.map((row) => (row.id === person.id ? { ...row, site: value } : row))),
        },
      },
    ],
    [],
  );
  // In an app root, as in the apps: the popup renders into its portal container, outside the row.
  return (
    <AppRoot>
      <DataTable label="People" columns={columns} rows={rows} getRowId={(person) => person.id} height={300} />
    </AppRoot>
  );
}

const cellOf = (text: string) => {
  const cell = screen.getByText(text).closest<HTMLElement>('[role="gridcell"]');
  if (!cell) throw new Error(`no cell holds ${text}`);
  return cell;
};

describe('DataTableEditor', () => {
  it("shows the cell's messages under the input, whole, and ties them to it", async () => {
    const user = userEvent.setup();
    render(<SiteGrid />);
    await user.click(cellOf('Moon'));
    const editor = screen.getByRole('combobox', { name: 'Site, row 1' });
    expect(editor).toHaveAccessibleDescription('Unknown site. Must be one of: Headquarters, Branch Office, Remote.');
    expect(screen.getByText('Must be one of: Headquarters, Branch Office, Remote.')).toBeVisible();
  });

  it('shows no messages for a valid value', async () => {
    const user = userEvent.setup();
    render(<SiteGrid />);
    await user.click(cellOf('Remote'));
    expect(screen.getByRole('combobox', { name: 'Site, row 2' })).not.toHaveAttribute('aria-describedby');
  });

  it('offers the allowed values, filters them as the user types, and Enter picks the highlighted one', async () => {
    const user = userEvent.setup();
    const { container } = render(<SiteGrid />);
    await user.click(cellOf('Moon'));
    const editor = screen.getByRole('combobox', { name: 'Site, row 1' });
    expect(editor).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(screen.getByRole('listbox', { name: 'Site, row 1' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(SITES);
    await user.keyboard('{Control>}a{/Control}br');
    const list = screen.getByRole('listbox', { name: 'Site, row 1' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Branch Office']);
    await user.keyboard('{ArrowDown}');
    expect(editor).toHaveAttribute('aria-activedescendant', within(list).getByRole('option', { name: 'Branch Office' }).id);
    expect(within(list).getByRole('option', { name: 'Branch Office' })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(container);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(cellOf('Branch Office')).not.toHaveAttribute('aria-invalid');
  });

  it('wraps around the list with the arrows', async () => {
    const user = userEvent.setup();
    render(<SiteGrid />);
    await user.click(cellOf('Moon'));
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.getAllByText('Remote')).toHaveLength(2);
    expect(screen.queryByText('Moon')).toBeNull();
  });

  it('keeps a typed value that is not in the list, which stays marked invalid', async () => {
    const user = userEvent.setup();
    render(<SiteGrid />);
    await user.click(cellOf('Moon'));
    await user.keyboard('{Control>}a{/Control}Mars');
    expect(screen.getByRole('combobox', { name: 'Site, row 1' })).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(cellOf('Mars')).toHaveAttribute('aria-invalid', 'true');
  });

  it('drops the edit on Escape, even with a value highlighted, and returns focus to the cell', async () => {
    const user = userEvent.setup();
    render(<SiteGrid />);
    await user.click(cellOf('Moon'));
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(cellOf('Moon')).toHaveFocus();
  });

  it('picks a value with a click and leaves focus on the cell', async () => {
    const user = userEvent.setup();
    render(<SiteGrid />);
    await user.click(cellOf('Moon'));
    await user.click(screen.getByRole('option', { name: 'Headquarters' }));
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(cellOf('Headquarters')).toHaveFocus();
  });
});
