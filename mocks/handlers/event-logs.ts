import { fail, ok, paginate, type RouteImpls } from './define';
import { iso } from '../clock';

/** The event log and welcome messages. */
export const eventLogImpls: RouteImpls<'listEventLogs' | 'sendWelcomeMessages'> = {
  listEventLogs: ({ backend, accountId, query }) => {
    const from = query.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(query.from);
    const to = query.to === undefined ? Number.POSITIVE_INFINITY : Date.parse(query.to);
    if (from > to) return fail(400, 'invalid-date-range', '`from` is after `to`', { from: 'after-to' });
    const events = backend.bulk(accountId).events.filter((event) => {
      const at = Date.parse(event.occurredAt);
      return (query.type === undefined || event.type === query.type) && at >= from && at < to;
    });
    return ok(200, paginate(events, query));
  },
  sendWelcomeMessages: ({ backend, accountId, body, user }) => {
    const data = backend.bulk(accountId);
    const actor = { id: user.id, displayName: user.displayName };
    const results = body.seatIds.map((seatId) => {
      const seat = data.seats.find((item) => item.id === seatId);
      if (!seat) return { seatId, status: 'failed' as const, code: 'seat-not-found' as const, message: `No seat ${seatId}` };
      const recipient = body.channel === 'email' ? seat.email : seat.mobileNumber;
      if (recipient === null) return { seatId, status: 'failed' as const, code: 'no-mobile-number' as const, message: 'An SMS needs a mobile number' };
      data.events.unshift({
        id: backend.nextId('evt'),
        type: 'welcome-sent',
        occurredAt: iso(backend.now()),
        actor,
        details: { seatId, channel: body.channel, recipient },
      });
      return { seatId, status: 'sent' as const, recipient };
    });
    return ok(200, { results });
  },
};
