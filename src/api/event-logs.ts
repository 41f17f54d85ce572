import { routes, type ListEventLogsQuery } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** One page of the event log, newest first, filtered by type and date range. */
export function listEventLogs(client: ApiClient, query: ListEventLogsQuery = {}, options: RequestOptions = {}) {
  return client.call(routes.listEventLogs, { query, ...options });
}
