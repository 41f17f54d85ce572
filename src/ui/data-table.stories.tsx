import type { Meta, StoryObj } from '@storybook/react-webpack5';
import { useCallback, useMemo, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { DataTable } from './data-table';
import type { DataTableColumn, DataTableSort } from './data-table-types';
import { EmptyState } from './empty-state';
import { LoadingState } from './spinner';

interface SeatRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  extension: string;
  site: string;
}

const SITES = ['Headquarters', 'Branch Office', 'Remote'];

function makeSeats(count: number, from = 0): SeatRow[] {
  return Array.from({ length: count }, (_, offset) => {
    const index = from + offset;
    return {
      id: `seat-${index}`,
      firstName: `First${index}`,
      lastName: `Last${index}`,
      email: `user${index}@example.com`,
      extension: String(1000 + index).padStart(6, '0'),
      site: SITES[index % SITES.length] ?? 'Remote',
    };
  });
}

const COLUMNS: DataTableColumn<SeatRow>[] = [
  { id: 'name', header: 'Name', cell: (seat) => `${seat.firstName} ${seat.lastName}`, sortable: true, width: 'minmax(180px, 2fr)' },
  { id: 'email', header: 'Email', cell: (seat) => seat.email, sortable: true, width: 'minmax(220px, 2fr)' },
  { id: 'extension', header: 'Extension', cell: (seat) => seat.extension, sortable: true, width: 120, align: 'end' },
  { id: 'site', header: 'Site', cell: (seat) => seat.site, width: 160 },
];

const SORT_KEYS: Record<string, (seat: SeatRow) => string> = {
  name: (seat) => `${seat.lastName} ${seat.firstName}`,
  email: (seat) => seat.email,
  extension: (seat) => seat.extension,
};

/** Sorting and selection held in state, as a screen would. */
function SeatsTable({ count, selectable }: { count: number; selectable: boolean }) {
  const all = useMemo(() => makeSeats(count), [count]);
  const [sort, setSort] = useState<DataTableSort | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [opened, setOpened] = useState<string | null>(null);
  const rows = useMemo(() => {
    const key = sort ? SORT_KEYS[sort.columnId] : undefined;
    if (!sort || !key) return all;
    const sorted = [...all].sort((a, b) => key(a).localeCompare(key(b)));
    return sort.direction === 'ascending' ? sorted : sorted.reverse();
  }, [all, sort]);
  const selection = useMemo(
    () =>
      selectable
        ? {
            selectedIds: selected,
            onSelectionChange: setSelected,
            selectAllLabel: 'Select all seats',
            selectRowLabel: (seat: SeatRow) => `Select ${seat.firstName} ${seat.lastName}`,
          }
        : undefined,
    [selectable, selected],
  );
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <p aria-live="polite">
        {selectable ? `${selected.size} selected` : `${rows.length} seats`}
        {opened ? ` · opened ${opened}` : ''}
      </p>
      <DataTable
        label="Seats"
        columns={COLUMNS}
        rows={rows}
        getRowId={(seat) => seat.id}
        sort={sort}
        onSortChange={setSort}
        selection={selection}
        onRowActivate={(seat) => setOpened(`${seat.firstName} ${seat.lastName}`)}
        emptyState={<EmptyState title="No seats yet" headingLevel={3} />}
      />
    </div>
  );
}

/** Server paging: 50 rows at a time when the end comes into view, up to 500. */
function PagedTable() {
  const [rows, setRows] = useState(() => makeSeats(50));
  const [loading, setLoading] = useState(false);
  const loadMore = useCallback(() => {
    if (loading) return;
    setRows((current) => {
      if (current.length >= 500) return current;
      setLoading(true);
      setTimeout(() => {
        setRows((now) => [...now, ...makeSeats(50, now.length)]);
        setLoading(false);
      }, 600);
      return current;
    });
  }, [loading]);
  return (
    <DataTable
      label="Seats"
      columns={COLUMNS}
      rows={rows}
      getRowId={(seat) => seat.id}
      totalRowCount={500}
      onEndReached={loadMore}
      busy={loading}
      footer={loading ? <LoadingState label="Loading more seats…" /> : null}
    />
  );
}

/** Editable columns: text cells, one input at a time; click, Enter, F2 or typing edits, Enter/Tab commit, Escape cancels. */
function EditableTable() {
  const [rows, setRows] = useState(() => makeSeats(200));
  const update = useCallback((id: string, key: 'email' | 'extension', value: string) => {
    setRows((current) => current.map((seat) => (seat.id === id ? { ...seat, [key]: value } : seat)));
  }, []);
  const columns = useMemo<DataTableColumn<SeatRow>[]>(
    () => [
      COLUMNS[0] ?? { id: 'name', header: 'Name', cell: (seat) => seat.firstName },
      {
        id: 'email',
        header: 'Email',
        width: 'minmax(240px, 2fr)',
        cell: (seat) => seat.email,
        edit: {
          value: (seat) => seat.email,
          label: (seat) => `Email of ${seat.firstName} ${seat.lastName}`,
          invalid: (seat) => !seat.email.includes('@'),
          onCommit: (seat, value) => update(seat.id, 'email', value),
        },
      },
      {
        id: 'extension',
        header: 'Extension',
        width: 120,
        cell: (seat) => seat.extension,
        edit: {
          value: (seat) => seat.extension,
          label: (seat) => `Extension of ${seat.firstName} ${seat.lastName}`,
          onCommit: (seat, value) => update(seat.id, 'extension', value),
        },
      },
    ],
    [update],
  );
  return <DataTable label="Preview" columns={columns} rows={rows} getRowId={(seat) => seat.id} />;
}

const meta = {
  title: 'UI/DataTable',
  // DataTable is generic, so the docs page is driven by a seats demo around it.
  component: SeatsTable,
  tags: ['autodocs'],
  args: { count: 1000, selectable: false },
  parameters: {
    docs: { description: { component: 'Virtualized grid: sticky header, controlled sort, selection, row activation, server paging, keyboard navigation.' } },
  },
} satisfies Meta<typeof SeatsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Sortable: Story = {};
export const WithSelection: Story = { args: { selectable: true } };
/** 100,000 rows: only the visible window is in the DOM. */
export const HundredThousandRows: Story = { args: { count: 100_000, selectable: true } };
export const Empty: Story = { args: { count: 0 } };
export const ServerPaging: Story = { render: () => <PagedTable /> };
export const EditableCells: Story = { render: () => <EditableTable /> };
/** A cell being edited: the grid's one input, named by column and row. */
export const EditingACell: Story = {
  render: () => <EditableTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByText('user1@example.com'));
    await expect(canvas.getByRole('textbox', { name: 'Email of First1 Last1' })).toHaveFocus();
  },
};
