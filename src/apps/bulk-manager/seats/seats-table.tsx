import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { seatSortSchema, type Seat } from '../../../contract';
import { DataTable, usePhoneFormat, type DataTableColumn, type DataTableSort } from '../../../ui';
import type { SeatOrder } from './use-seat-list';
import { useIntlFormat } from '../shared/use-intl-format';
import { useSeatNames } from '../shared/use-seat-names';

/** Props of {@link SeatsTable}. */
export interface SeatsTableProps {
  seats: readonly Seat[];
  total: number;
  order: SeatOrder;
  onOrderChange(order: SeatOrder): void;
  selectedIds: ReadonlySet<string>;
  onSelectionChange(ids: Set<string>): void;
  onEndReached(): void;
  busy: boolean;
  emptyState: ReactNode;
  footer: ReactNode;
}

/** The seats grid: server-sorted columns, checkbox selection, more rows as the user scrolls. */
export function SeatsTable({ seats, total, order, onOrderChange, selectedIds, onSelectionChange, onEndReached, busy, emptyState, footer }: SeatsTableProps) {
  const { t } = useTranslation('bulk');
  const format = useIntlFormat();
  const phone = usePhoneFormat();
  const names = useSeatNames();
  const columns = useMemo<DataTableColumn<Seat>[]>(
    () => [
      { id: 'firstName', header: t('seats.columns.firstName'), cell: (seat) => seat.firstName, sortable: true, width: 'minmax(100px, 1fr)' },
      { id: 'lastName', header: t('seats.columns.lastName'), cell: (seat) => seat.lastName, sortable: true, width: 'minmax(100px, 1fr)' },
      { id: 'email', header: t('seats.columns.email'), cell: (seat) => seat.email, sortable: true, width: 'minmax(200px, 2fr)' },
      { id: 'extension', header: t('seats.columns.extension'), cell: (seat) => seat.extension, sortable: true, width: 100 },
      { id: 'site', header: t('seats.columns.site'), cell: (seat) => seat.site, sortable: true },
      { id: 'directNumber', header: t('seats.columns.directNumber'), cell: (seat) => (seat.directNumber ? phone(seat.directNumber) : ''), width: 140 },
      { id: 'mobileNumber', header: t('seats.columns.mobileNumber'), cell: (seat) => (seat.mobileNumber ? phone(seat.mobileNumber) : ''), width: 140 },
      { id: 'role', header: t('seats.columns.role'), cell: (seat) => names.value('role', seat.role), width: 160 },
      { id: 'createdAt', header: t('seats.columns.createdAt'), cell: (seat) => format.dateTime(seat.createdAt), sortable: true, width: 'minmax(170px, 1fr)' },
    ],
    [t, format, phone, names],
  );
  const sort: DataTableSort = { columnId: order.sort, direction: order.order === 'asc' ? 'ascending' : 'descending' };
  return (
    <DataTable
      label={t('seats.tableLabel')}
      columns={columns}
      rows={seats}
      getRowId={(seat) => seat.id}
      totalRowCount={total}
      sort={sort}
      onSortChange={(next) => {
        const column = seatSortSchema.safeParse(next.columnId);
        if (column.success) onOrderChange({ sort: column.data, order: next.direction === 'ascending' ? 'asc' : 'desc' });
      }}
      selection={{
        selectedIds,
        onSelectionChange,
        selectAllLabel: t('seats.selectAll'),
        selectRowLabel: (seat) => t('seats.selectRow', { name: `${seat.firstName} ${seat.lastName}` }),
      }}
      onEndReached={onEndReached}
      busy={busy}
      emptyState={emptyState}
      footer={footer}
    />
  );
}
