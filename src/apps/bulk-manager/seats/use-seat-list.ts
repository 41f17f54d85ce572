import { useCallback } from 'react';
import { listSeats } from '../../../api';
import { useCursorPages, type CursorPages } from '../../../data/use-cursor-pages';
import type { Seat, SeatSort } from '../../../contract';

/** How long typing pauses before the search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** A page of seats is as many as a tall screen shows twice, so scrolling rarely waits. */
const PAGE_SIZE = 100;

/** The order of the seat list, as the server sorts it. */
export interface SeatOrder {
  sort: SeatSort;
  order: 'asc' | 'desc';
}

const seatId = (seat: Seat) => seat.id;

/** The account's seats for a search and an order, paged from the server. */
export function useSeatList(search: string, order: SeatOrder): CursorPages<Seat> {
  const q = search.trim();
  const load = useCallback(
    (client: Parameters<typeof listSeats>[0], cursor: string | undefined, signal: AbortSignal) =>
      listSeats(client, { q: q === '' ? undefined : q, sort: order.sort, order: order.order, cursor, limit: PAGE_SIZE }, { signal }),
    [q, order.sort, order.order],
  );
  return useCursorPages(['seats', q, order.sort, order.order], load, seatId);
}
