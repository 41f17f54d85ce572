import { eventTypeSchema, type EventType, type ListEventLogsQuery } from '../../../contract';

/** The Event Logs filters as the form holds them: a type (or all) and two days (`YYYY-MM-DD`, empty, or the text typed when it is no day). */
export interface EventFilters {
  type: EventType | 'all';
  from: string;
  to: string;
}

/** No filter: every event. */
export const noFilters: EventFilters = { type: 'all', from: '', to: '' };

/** Every event type, in the order the filter offers them. */
export const eventTypes: readonly EventType[] = eventTypeSchema.options;

/** Local midnight at the start of a `YYYY-MM-DD` day, or null when the text is not such a day (2025-02-30 is none). */
function startOfDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new Date(year, month, date);
  return start.getFullYear() === year && start.getMonth() === month && start.getDate() === date ? start : null;
}

/**
 * The API query of the filters, or the field that is wrong. Days are the user's local days: `from` is
 * the start of its day, and `to` includes its whole day (the API's upper bound is exclusive).
 */
export function toEventQuery(
  filters: EventFilters,
): { ok: true; query: ListEventLogsQuery } | { ok: false; field: 'from' | 'to'; problem: 'invalid' | 'before-from' } {
  const from = filters.from === '' ? null : startOfDay(filters.from);
  if (filters.from !== '' && from === null) return { ok: false, field: 'from', problem: 'invalid' };
  const toDay = filters.to === '' ? null : startOfDay(filters.to);
  if (filters.to !== '' && toDay === null) return { ok: false, field: 'to', problem: 'invalid' };
  if (from && toDay && toDay < from) return { ok: false, field: 'to', problem: 'before-from' };
  const to = toDay ? new Date(toDay.getFullYear(), toDay.getMonth(), toDay.getDate() + 1) : null;
  return {
    ok: true,
    query: { type: filters.type === 'all' ? undefined : filters.type, from: from?.toISOString(), to: to?.toISOString() },
  };
}
