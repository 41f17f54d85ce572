import { routes, type ListSeatsQuery, type ListSpareNumbersQuery, type SeatInput, type SeatValidationRequest } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** One page of seats; `q` searches names, email, extension and numbers. */
export function listSeats(client: ApiClient, query: ListSeatsQuery = {}, options: RequestOptions = {}) {
  return client.call(routes.listSeats, { query, ...options });
}

/**
 * Creates one seat. `conflict` (409) carries `fieldErrors` such as `{ email: 'taken' }`; `validation`
 * (422) such as `{ site: 'unknown-site' }`. Safe to retry: the call carries an idempotency key.
 */
export function createSeat(client: ApiClient, seat: SeatInput, options: RequestOptions = {}) {
  return client.call(routes.createSeat, { body: seat, ...options });
}

/** Checks import rows against the account's existing seats and spare numbers. */
export function validateSeats(client: ApiClient, request: SeatValidationRequest, options: RequestOptions = {}) {
  return client.call(routes.validateSeats, { body: request, ...options });
}

/** One page of the account's spare direct numbers (no seat uses them), ascending. */
export function listSpareNumbers(client: ApiClient, query: ListSpareNumbersQuery = {}, options: RequestOptions = {}) {
  return client.call(routes.listSpareNumbers, { query, ...options });
}
