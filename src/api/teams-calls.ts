import { routes, type ListCallsQuery } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** One page of a number's calls, newest first; `number` in E.164. */
export function listCalls(client: ApiClient, number: string, query: ListCallsQuery = {}, options: RequestOptions = {}) {
  return client.call(routes.listCalls, { params: { number }, query, ...options });
}
