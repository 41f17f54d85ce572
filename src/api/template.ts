import { routes } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** The seat template descriptor (columns, rules, allowed values) of the current account. */
export function getSeatTemplate(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.getSeatTemplate, { ...options });
}

/** The seat template as CSV text, to offer as a download. */
export function downloadSeatTemplateCsv(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.getSeatTemplateCsv, { ...options });
}
