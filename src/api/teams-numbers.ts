import { routes, type AvailableNumbersQuery, type ListNumbersQuery } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** One page of the tenant's numbers. */
export function listNumbers(client: ApiClient, query: ListNumbersQuery = {}, options: RequestOptions = {}) {
  return client.call(routes.listNumbers, { query, ...options });
}

/** Numbers for sale by area code and optional prefix. */
export function searchAvailableNumbers(client: ApiClient, query: AvailableNumbersQuery, options: RequestOptions = {}) {
  return client.call(routes.searchAvailableNumbers, { query, ...options });
}

/** Buys numbers; each result is `purchased` or `unavailable`. */
export function purchaseNumbers(client: ApiClient, numbers: string[], options: RequestOptions = {}) {
  return client.call(routes.purchaseNumbers, { body: { numbers }, ...options });
}

/** Gives numbers back; each result is `released` or `failed` with a code. */
export function releaseNumbers(client: ApiClient, numbers: string[], options: RequestOptions = {}) {
  return client.call(routes.releaseNumbers, { body: { numbers }, ...options });
}
