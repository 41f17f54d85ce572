import { routes, type SendWelcomeRequest } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** Sends welcome messages by email or SMS, with a result per seat (SMS needs a mobile number). */
export function sendWelcomeMessages(client: ApiClient, request: SendWelcomeRequest, options: RequestOptions = {}) {
  return client.call(routes.sendWelcomeMessages, { body: request, ...options });
}
