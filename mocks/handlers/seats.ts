import type { Seat, SeatInputParsed, SeatSort, SeatValidationIssue } from '../../src/contract';
import type { MockBackend } from '../backend';
import { iso } from '../clock';
import { defaultSeatTemplate } from '../data/seat-template';
import { toCsv } from '../csv';
import type { BulkAccountData } from '../state';
import { fail, matchesSearch, ok, paginate, type RouteImpls } from './define';

/** Why a seat cannot be created: 409 for values another seat holds, 422 for values the account lacks. */
export interface SeatRefusal {
  status: 409 | 422;
  code: 'seat-conflict' | 'invalid-seat';
  fieldErrors: Record<string, string>;
}

/** Checks a seat against the account; null when it can be created. */
export function checkSeat(data: BulkAccountData, input: SeatInputParsed): SeatRefusal | null {
  const invalid: Record<string, string> = {};
  if (!data.sites.includes(input.site)) invalid.site = 'unknown-site';
  const model = input.deviceModel === undefined ? undefined : data.deviceModels.find((item) => item.name === input.deviceModel);
  if (input.deviceModel !== undefined && !model) invalid.deviceModel = 'unknown-device-model';
  if (model?.deskPhone && input.macAddress === undefined) invalid.macAddress = 'required';
  if (input.directNumber !== undefined && !data.numberPool.includes(input.directNumber)) invalid.directNumber = 'not-spare';
  if (Object.keys(invalid).length > 0) return { status: 422, code: 'invalid-seat', fieldErrors: invalid };
  const taken: Record<string, string> = {};
  const email = input.email.toLowerCase();
  for (const seat of data.seats) {
    if (seat.email.toLowerCase() === email) taken.email = 'taken';
    if (seat.extension === input.extension) taken.extension = 'taken';
    if (input.directNumber !== undefined && seat.directNumber === input.directNumber) taken.directNumber = 'taken';
    if (input.macAddress !== undefined && seat.macAddress === input.macAddress) taken.macAddress = 'taken';
  }
  return Object.keys(taken).length > 0 ? { status: 409, code: 'seat-conflict', fieldErrors: taken } : null;
}

/** Describes a refusal in one line, for messages and the event log. */
export function refusalMessage(refusal: SeatRefusal): string {
  return Object.entries(refusal.fieldErrors)
    .map(([field, code]) => `${field}: ${code}`)
    .join(', ');
}

/** Creates a seat (already checked) and logs it. */
export function insertSeat(
  backend: MockBackend,
  accountId: string,
  input: SeatInputParsed,
  actor: { id: string; displayName: string },
  jobId: string | null,
): Seat {
  const data = backend.bulk(accountId);
  const createdAt = iso(backend.now());
  const seat: Seat = {
    id: backend.nextId('seat'),
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    extension: input.extension,
    site: input.site,
    directNumber: input.directNumber ?? null,
    mobileNumber: input.mobileNumber ?? null,
    role: input.role,
    deviceModel: input.deviceModel ?? null,
    macAddress: input.macAddress ?? null,
    callerIdName: input.callerIdName ?? null,
    addressBook: input.addressBook,
    createdAt,
  };
  data.seats.push(seat);
  data.events.unshift({
    id: backend.nextId('evt'),
    type: 'seat-created',
    occurredAt: createdAt,
    actor,
    details: { seatId: seat.id, email: seat.email, extension: seat.extension, jobId },
  });
  return seat;
}

/** Logs a refused seat. */
export function logSeatFailure(
  backend: MockBackend,
  accountId: string,
  input: SeatInputParsed,
  code: string,
  actor: { id: string; displayName: string },
  jobId: string | null,
): void {
  backend.bulk(accountId).events.unshift({
    id: backend.nextId('evt'),
    type: 'seat-creation-failed',
    occurredAt: iso(backend.now()),
    actor,
    details: { email: input.email, extension: input.extension, code, jobId },
  });
}

function compareSeats(sort: SeatSort, a: Seat, b: Seat): number {
  const left = a[sort];
  const right = b[sort];
  if (sort === 'extension') return left.length - right.length || left.localeCompare(right);
  return left.localeCompare(right, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

/** The template descriptor of an account (sites and device models are its own). */
export function templateOf(data: BulkAccountData) {
  return defaultSeatTemplate(
    data.sites,
    data.deviceModels.map((model) => model.name),
    data.deviceModels.filter((model) => model.deskPhone).map((model) => model.name),
  );
}

/** Seats, seat validation and the seat template. */
export const seatImpls: RouteImpls<'listSeats' | 'createSeat' | 'listSpareNumbers' | 'validateSeats' | 'getSeatTemplate' | 'getSeatTemplateCsv'> = {
  listSeats: ({ backend, accountId, query }) => {
    const sort = query.sort ?? 'lastName';
    const direction = query.order === 'desc' ? -1 : 1;
    const seats = backend
      .bulk(accountId)
      .seats.filter((seat) =>
        matchesSearch(query.q, [`${seat.firstName} ${seat.lastName}`, seat.email, seat.extension, seat.directNumber, seat.mobileNumber, seat.site]),
      )
      .sort((a, b) => direction * compareSeats(sort, a, b));
    return ok(200, paginate(seats, query));
  },
  createSeat: ({ backend, accountId, body, user, effects }) => {
    const actor = { id: user.id, displayName: user.displayName };
    const refusal = checkSeat(backend.bulk(accountId), body);
    if (refusal) {
      logSeatFailure(backend, accountId, body, refusal.code, actor, null);
      return refusal.status === 409
        ? fail(409, 'seat-conflict', refusalMessage(refusal), refusal.fieldErrors)
        : fail(422, 'invalid-seat', refusalMessage(refusal), refusal.fieldErrors);
    }
    effects.seatsCreated += 1;
    return ok(201, insertSeat(backend, accountId, body, actor, null));
  },
  listSpareNumbers: ({ backend, accountId, query }) => {
    const data = backend.bulk(accountId);
    const used = new Set(data.seats.map((seat) => seat.directNumber));
    const digits = (query.q ?? '').replace(/\D/g, '');
    const spare = data.numberPool
      .filter((number) => !used.has(number) && number.includes(digits))
      .sort()
      .map((number) => ({ number }));
    return ok(200, paginate(spare, query));
  },
  validateSeats: ({ backend, accountId, body }) => {
    const data = backend.bulk(accountId);
    const emails = new Set(data.seats.map((seat) => seat.email.toLowerCase()));
    const extensions = new Set(data.seats.map((seat) => seat.extension));
    const usedNumbers = new Set(data.seats.flatMap((seat) => (seat.directNumber ? [seat.directNumber] : [])));
    const macs = new Set(data.seats.flatMap((seat) => (seat.macAddress ? [seat.macAddress] : [])));
    // A set, not `numberPool.includes` per row: a 5,000-row request compared every row with the whole pool.
    const spare = new Set(data.numberPool);
    const results = body.rows.map((row) => {
      const issues: SeatValidationIssue[] = [];
      if (row.email !== undefined && emails.has(row.email.toLowerCase())) issues.push({ column: 'email', code: 'taken' });
      if (row.extension !== undefined && extensions.has(row.extension)) issues.push({ column: 'extension', code: 'taken' });
      if (row.directNumber !== undefined) {
        if (usedNumbers.has(row.directNumber)) issues.push({ column: 'directNumber', code: 'taken' });
        else if (!spare.has(row.directNumber)) issues.push({ column: 'directNumber', code: 'not-spare' });
      }
      const mac = row.macAddress?.replace(/[^0-9a-f]/gi, '').toUpperCase();
      if (mac !== undefined && macs.has(mac)) issues.push({ column: 'macAddress', code: 'taken' });
      return { index: row.index, issues };
    });
    return ok(200, { results });
  },
  getSeatTemplate: ({ backend, accountId }) => ok(200, templateOf(backend.bulk(accountId))),
  getSeatTemplateCsv: ({ backend, accountId }) => {
    const template = templateOf(backend.bulk(accountId));
    return ok(200, toCsv([template.columns.map((column) => column.header), template.columns.map((column) => column.example ?? '')]));
  },
};
