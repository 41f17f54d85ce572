import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DataTable } from './data-table';
import type { DataTableColumn, DataTableSort } from './data-table-types';
import { EmptyState } from './empty-state';
import { expectNoAxeViolations } from './test-utils/axe';

interface Seat {
  id: string;
  name: string;
  extension: string;
}

function makeSeats(count: number): Seat[] {
  return Array.from({ length: count }, (_, index) => ({ id: `seat-${index}`, name: `User ${index}`, extension: String(1000 + index) }));
}

const COLUMNS: DataTableColumn<Seat>[] = [
  { id: 'name', header: 'Name', cell: (seat) => seat.name, sortable: true },
  { id: 'extension', header: 'Extension', cell: (seat) => seat.extension, width: 120, align: 'end' },
];

interface HarnessProps {
  rows: Seat[];
  selectable?: boolean;
  onRowActivate?: (seat: Seat, index: number) => void;
  onSortChange?: (sort: DataTableSort) => void;
  onSelectionChange?: (ids: Set<string>) => void;
  onEndReached?: () => void;
  columns?: DataTableColumn<Seat>[];
}

function Harness({ rows, selectable = false, onRowActivate, onSortChange, onSelectionChange, onEndReached, columns = COLUMNS }: HarnessProps) {
  const [sort, setSort] = useState<DataTableSort | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selection = useMemo(
    () =>
      selectable
        ? {
            selectedIds: selected,
            onSelectionChange: (ids: Set<string>) => {
              setSelected(ids);
              onSelectionChange?.(ids);
            },
            selectAllLabel: 'Select all seats',
            selectRowLabel: (seat: Seat) => `Select ${seat.name}`,
          }
        : undefined,
    [selectable, selected, onSelectionChange],
  );
  return (
    <DataTable
      label="Seats"
      columns={columns}
      rows={rows}
      getRowId={(seat) => seat.id}
      height={400}
      sort={sort}
      onSortChange={(next) => {
        setSort(next);
        onSortChange?.(next);
      }}
      selection={selection}
      onRowActivate={onRowActivate}
      onEndReached={onEndReached}
      emptyState={<EmptyState title="No seats yet" />}
    />
  );
}

describe('DataTable', () => {
  it('renders only a window of a 100,000-row table and reports the full row count', () => {
    render(<Harness rows={makeSeats(100_000)} />);
    const grid = screen.getByRole('grid', { name: 'Seats' });
    expect(grid).toHaveAttribute('aria-rowcount', '100001');
    const rendered = within(grid).getAllByRole('row');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[1]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByText('User 0')).toBeInTheDocument();
    expect(screen.queryByText('User 99999')).not.toBeInTheDocument();
  });

  it('makes its rows as wide as the minimums of all its columns, so a row painted on its own shows every cell', () => {
    const columns: DataTableColumn<Seat>[] = [
      { id: 'name', header: 'Name', cell: (seat) => seat.name, width: 'minmax(220px, 2fr)' },
      { id: 'extension', header: 'Extension', cell: (seat) => seat.extension, width: 72 },
      { id: 'id', header: 'Id', cell: (seat) => seat.id, width: 'minmax(140.5px, 1fr)' },
      { id: 'other', header: 'Other', cell: () => '' },
    ];
    render(<Harness rows={makeSeats(3)} columns={columns} selectable />);
    const grid = screen.getByRole('grid', { name: 'Seats' });
    // The checkbox column (48) and 220 + 72 + 140.5 + the default 120.
    expect(grid.style.getPropertyValue('--pa-grid-min-width')).toBe('600.5px');
    expect(grid.style.getPropertyValue('--pa-grid-columns')).toBe('48px minmax(220px, 2fr) 72px minmax(140.5px, 1fr) minmax(120px, 1fr)');
  });

  it('shows the empty state when there are no rows', () => {
    render(<Harness rows={[]} />);
    expect(screen.getByRole('heading', { name: 'No seats yet' })).toBeInTheDocument();
    expect(within(screen.getByRole('grid')).getAllByRole('row')).toHaveLength(1);
  });

  it('shrinks an empty grid to its header, so the empty state sits right under it', () => {
    const { rerender } = render(<Harness rows={[]} />);
    // The header row (40 px) and its border, not the 400 px asked for a full table.
    expect(screen.getByRole('grid')).toHaveStyle({ height: '41px' });
    rerender(<Harness rows={makeSeats(3)} />);
    expect(screen.getByRole('grid')).toHaveStyle({ height: '400px' });
  });

  it('asks for sorting through aria-sort headers, toggling the direction', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<Harness rows={makeSeats(3)} onSortChange={onSortChange} />);
    const header = screen.getByRole('columnheader', { name: 'Name' });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: 'Extension' })).not.toHaveAttribute('aria-sort');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(onSortChange.mock.calls).toEqual([[{ columnId: 'name', direction: 'ascending' }], [{ columnId: 'name', direction: 'descending' }]]);
  });

  it('activates a row by click and by Enter on a cell', async () => {
    const user = userEvent.setup();
    const onRowActivate = vi.fn();
    render(<Harness rows={makeSeats(5)} onRowActivate={onRowActivate} />);
    await user.click(screen.getByText('User 2'));
    expect(onRowActivate).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'seat-2' }), 2);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onRowActivate).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'seat-3' }), 3);
  });

  it('has one tab stop and moves between cells with arrows, Home, End and Ctrl+Home', async () => {
    const user = userEvent.setup();
    render(<Harness rows={makeSeats(50)} />);
    await user.tab();
    const first = screen.getByText('User 0');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('1000')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('1001')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByText('User 1')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(screen.getByText('User 0')).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByText('User 0')).toHaveFocus();
  });

  it('sorts with Enter on a focused sortable header', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<Harness rows={makeSeats(3)} onSortChange={onSortChange} />);
    await user.tab();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onSortChange).toHaveBeenCalledWith({ columnId: 'name', direction: 'ascending' });
  });

  it('selects rows with checkboxes and Space, and selects all loaded rows from the header', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    render(<Harness rows={makeSeats(4)} selectable onSelectionChange={onSelectionChange} />);
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-multiselectable', 'true');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Select User 0' }).closest('[role="gridcell"]')).toHaveFocus();
    await user.keyboard(' {ArrowDown} ');
    expect(screen.getByRole('checkbox', { name: 'Select User 0' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select User 1' })).toBeChecked();
    expect(screen.getByText('User 1').closest('[role="row"]')).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('checkbox', { name: 'Select User 1' }));
    expect(screen.getByText('User 1').closest('[role="row"]')).toHaveAttribute('aria-selected', 'false');
    const selectAll = screen.getByRole('checkbox', { name: 'Select all seats' });
    expect(selectAll).toBePartiallyChecked();

    await user.click(selectAll);
    expect(selectAll).toBeChecked();
    expect(onSelectionChange).toHaveBeenLastCalledWith(new Set(['seat-0', 'seat-1', 'seat-2', 'seat-3']));
    await user.click(selectAll);
    expect(onSelectionChange).toHaveBeenLastCalledWith(new Set());
  });

  it('asks for more rows once when the end is in view, and again after rows are added', () => {
    const onEndReached = vi.fn();
    const { rerender } = render(<Harness rows={makeSeats(5)} onEndReached={onEndReached} />);
    expect(onEndReached).toHaveBeenCalledTimes(1);
    rerender(<Harness rows={makeSeats(5)} onEndReached={onEndReached} />);
    expect(onEndReached).toHaveBeenCalledTimes(1);
    rerender(<Harness rows={makeSeats(8)} onEndReached={onEndReached} />);
    expect(onEndReached).toHaveBeenCalledTimes(2);
  });

  it('does not ask for more rows while the end is far away', () => {
    const onEndReached = vi.fn();
    render(<Harness rows={makeSeats(1000)} onEndReached={onEndReached} />);
    expect(onEndReached).not.toHaveBeenCalled();
  });

  it('lets Enter edit a cell that renders an input, and Escape return to the cell', async () => {
    const user = userEvent.setup();
    const onRowActivate = vi.fn();
    const editable: DataTableColumn<Seat>[] = [
      { id: 'name', header: 'Name', cell: (seat) => <input aria-label={`Name of ${seat.id}`} defaultValue={seat.name} tabIndex={-1} /> },
      COLUMNS[1] as DataTableColumn<Seat>,
    ];
    render(<Harness rows={makeSeats(3)} columns={editable} onRowActivate={onRowActivate} />);
    await user.tab();
    const input = screen.getByRole('textbox', { name: 'Name of seat-0' });
    await user.keyboard('{Enter}');
    expect(input).toHaveFocus();
    await user.keyboard('{ArrowRight}x');
    expect(input).toHaveValue('User 0x');
    await user.keyboard('{Escape}');
    expect(input.closest('[role="gridcell"]')).toHaveFocus();
    expect(onRowActivate).not.toHaveBeenCalled();
  });

  describe('editable columns', () => {
    /** Name and extension editable, the id column not; commits go into state, as a screen would keep them. */
    function EditableHarness({ count = 3, onCommit }: { count?: number; onCommit?: (id: string, column: string, value: string) => void }) {
      const [rows, setRows] = useState(() => makeSeats(count));
      const columns = useMemo<DataTableColumn<Seat>[]>(() => {
        const commit = (key: 'name' | 'extension') => (seat: Seat, value: string) => {
          onCommit?.(seat.id, key, value);
          setRows((current) => current.map((row) => (row.id === seat.id ? { ...row, [key]: value } : row)));
        };
        return [
          { id: 'id', header: 'Id', cell: (seat) => seat.id },
          {
            id: 'name',
            header: 'Name',
            cell: (seat) => seat.name,
            edit: {
              value: (seat) => seat.name,
              label: (_seat, context) => `Name, row ${context.rowIndex + 1}`,
              invalid: (seat) => seat.name === '',
              onCommit: commit('name'),
            },
          },
          {
            id: 'extension',
            header: 'Extension',
            cell: (seat) => seat.extension,
            edit: { value: (seat) => seat.extension, label: (_seat, context) => `Extension, row ${context.rowIndex + 1}`, onCommit: commit('extension') },
          },
        ];
      }, [onCommit]);
      return <DataTable label="Seats" columns={columns} rows={rows} getRowId={(seat) => seat.id} height={400} />;
    }

    const cellOf = (text: string) => {
      const cell = screen.getByText(text).closest<HTMLElement>('[role="gridcell"]');
      if (!cell) throw new Error(`no cell holds ${text}`);
      return cell;
    };

    it('shows text and opens a single input, named by column and row, where the user clicks', async () => {
      const user = userEvent.setup();
      render(<EditableHarness count={50} />);
      const grid = screen.getByRole('grid', { name: 'Seats' });
      expect(within(grid).queryAllByRole('textbox')).toHaveLength(0);
      await user.click(screen.getByText('User 1'));
      const editor = screen.getByRole('textbox', { name: 'Name, row 2' });
      expect(editor).toHaveFocus();
      expect(editor).toHaveValue('User 1');
      expect(within(grid).getAllByRole('textbox')).toHaveLength(1);
    });

    it('commits with Enter and moves down, so a column can be typed in row after row', async () => {
      const user = userEvent.setup();
      const onCommit = vi.fn();
      render(<EditableHarness onCommit={onCommit} />);
      await user.click(screen.getByText('User 0'));
      await user.keyboard('{Control>}a{/Control}Ada{Enter}');
      expect(onCommit).toHaveBeenCalledWith('seat-0', 'name', 'Ada');
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(cellOf('Ada')).toHaveTextContent('Ada');
      expect(cellOf('User 1')).toHaveFocus();
      // Typing on the focused cell replaces its value; Shift+Enter commits and goes back up.
      await user.keyboard('B');
      expect(screen.getByRole('textbox', { name: 'Name, row 2' })).toHaveValue('B');
      await user.keyboard('ob{Shift>}{Enter}{/Shift}');
      expect(onCommit).toHaveBeenLastCalledWith('seat-1', 'name', 'Bob');
      expect(cellOf('Ada')).toHaveFocus();
    });

    it('opens with Enter or F2 keeping the value, and Escape drops the change and returns to the cell', async () => {
      const user = userEvent.setup();
      const onCommit = vi.fn();
      render(<EditableHarness onCommit={onCommit} />);
      await user.tab();
      await user.keyboard('{ArrowRight}{F2}');
      const editor = screen.getByRole('textbox', { name: 'Name, row 1' });
      expect(editor).toHaveValue('User 0');
      await user.keyboard('x');
      expect(editor).toHaveValue('User 0x');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(cellOf('User 0')).toHaveFocus();
      await user.keyboard('{Enter}{Enter}');
      // Enter on an unchanged value moves on without reporting a change.
      expect(onCommit).not.toHaveBeenCalled();
      expect(cellOf('User 1')).toHaveFocus();
    });

    it('commits with Tab and moves to the next editable cell, across rows, and Shift+Tab back', async () => {
      const user = userEvent.setup();
      const onCommit = vi.fn();
      render(<EditableHarness onCommit={onCommit} />);
      await user.click(screen.getByText('1000'));
      await user.keyboard('{Control>}a{/Control}2000{Tab}');
      expect(onCommit).toHaveBeenLastCalledWith('seat-0', 'extension', '2000');
      // The id column is not editable: Tab skips it to the next row's name.
      expect(cellOf('User 1')).toHaveFocus();
      await user.keyboard('{Enter}{Shift>}{Tab}{/Shift}');
      expect(cellOf('2000')).toHaveFocus();
    });

    it('commits when focus leaves the input, and an edited cell of the last row stays there on Enter', async () => {
      const user = userEvent.setup();
      const onCommit = vi.fn();
      render(<EditableHarness onCommit={onCommit} />);
      await user.click(screen.getByText('User 2'));
      await user.keyboard('{Control>}a{/Control}Cy');
      await user.click(screen.getByText('1001'));
      expect(onCommit).toHaveBeenCalledWith('seat-2', 'name', 'Cy');
      expect(screen.getByRole('textbox', { name: 'Extension, row 2' })).toHaveFocus();
      await user.keyboard('{Escape}{ArrowDown}{ArrowLeft}{Enter}{Enter}');
      expect(cellOf('Cy')).toHaveFocus();
    });

    it('marks invalid cells and their editor, and read-only cells in an editable grid', async () => {
      const user = userEvent.setup();
      render(<EditableHarness />);
      await user.click(screen.getByText('User 0'));
      await user.keyboard('{Control>}a{/Control}{Backspace}{Enter}');
      const emptied = screen.getAllByRole('gridcell').find((cell) => cell.getAttribute('aria-invalid') === 'true');
      expect(emptied).toHaveAttribute('aria-colindex', '2');
      await user.click(emptied ?? document.body);
      expect(screen.getByRole('textbox', { name: 'Name, row 1' })).toHaveAttribute('aria-invalid', 'true');
      expect(cellOf('seat-0')).toHaveAttribute('aria-readonly', 'true');
      expect(cellOf('1000')).not.toHaveAttribute('aria-readonly');
      expect(screen.getByRole('grid')).not.toHaveAttribute('aria-readonly');
    });

    it('keeps the row being edited, and what was typed, when it is scrolled out of view', async () => {
      const user = userEvent.setup();
      render(<EditableHarness count={10_000} />);
      await user.click(screen.getByText('User 0'));
      await user.keyboard('{Control>}a{/Control}Half-typed');
      const grid = screen.getByRole('grid');
      Object.defineProperty(grid, 'scrollHeight', { configurable: true, value: 40 * 10_001 });
      Object.defineProperty(grid, 'clientHeight', { configurable: true, value: 400 });
      grid.scrollTop = 200_000;
      fireEvent.scroll(grid);
      expect(await screen.findByText('User 5000')).toBeInTheDocument();
      const editor = screen.getByRole('textbox', { name: 'Name, row 1' });
      expect(editor).toHaveValue('Half-typed');
      expect(editor).toHaveFocus();
      expect(screen.queryByText('User 1')).not.toBeInTheDocument();
    });

    it('has no axe violations while a cell is being edited', async () => {
      const user = userEvent.setup();
      const { container } = render(<EditableHarness />);
      await user.click(screen.getByText('User 1'));
      await expectNoAxeViolations(container);
    });
  });

  it('marks a grid with no editable column read-only', () => {
    render(<Harness rows={makeSeats(2)} />);
    expect(screen.getByRole('grid')).toHaveAttribute('aria-readonly', 'true');
  });

  it('jumps to the last of 100,000 rows with Ctrl+End, scrolling it into the DOM and focusing it', async () => {
    const user = userEvent.setup();
    render(<Harness rows={makeSeats(100_000)} />);
    // happy-dom has no layout: give the grid the sizes a browser would compute (header + rows, viewport),
    // since the virtualizer clamps its scroll target to them.
    const grid = screen.getByRole('grid');
    Object.defineProperty(grid, 'scrollHeight', { configurable: true, value: 40 * 100_001 });
    Object.defineProperty(grid, 'clientHeight', { configurable: true, value: 400 });
    await user.tab();
    await user.keyboard('{Control>}{End}{/Control}');
    // Ctrl+End goes to the last cell of the last row (WAI-ARIA grid pattern).
    // happy-dom applies scrollTop but never fires the scroll event a browser fires; dispatch it.
    expect(grid.scrollTop).toBeGreaterThan(3_000_000);
    fireEvent.scroll(grid);
    const last = await screen.findByText('100999');
    expect(last).toHaveFocus();
    expect(last.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '100001');
    expect(screen.queryByText('User 0')).not.toBeInTheDocument();
  });

  it('re-renders only the rows whose state changed when the focus moves', async () => {
    const user = userEvent.setup();
    const renderName = vi.fn((seat: Seat) => seat.name);
    const columns: DataTableColumn<Seat>[] = [{ id: 'name', header: 'Name', cell: renderName }];
    render(<Harness rows={makeSeats(1000)} columns={columns} />);
    await user.tab();
    renderName.mockClear();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('User 1')).toHaveFocus();
    expect(renderName.mock.calls.map(([seat]) => seat.id).sort()).toEqual(['seat-0', 'seat-1']);
  });

  it('reads the ids of the rendered rows only while nothing is selected, however many rows there are', () => {
    const rows = makeSeats(100_000);
    const getRowId = vi.fn((seat: Seat) => seat.id);
    const selection = {
      selectedIds: new Set<string>(),
      onSelectionChange: () => {},
      selectAllLabel: 'Select all seats',
      selectRowLabel: (seat: Seat) => `Select ${seat.name}`,
    };
    render(<DataTable label="Seats" columns={COLUMNS} rows={rows} getRowId={getRowId} height={400} selection={selection} />);
    expect(screen.getByRole('checkbox', { name: 'Select all seats' })).not.toBeChecked();
    expect(getRowId.mock.calls.length).toBeLessThan(1000);
  });

  it('has no axe violations, with selection and sorting', async () => {
    const { container } = render(<Harness rows={makeSeats(20)} selectable />);
    await expectNoAxeViolations(container);
  });
});
