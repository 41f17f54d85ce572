import { routes, type LoginRequest } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** Sign-in routes, for the reference host; the apps get their token from the bridge instead. */

/** Signs in to an account. Errors: `invalid-credentials` (401), `account-not-found` (404), `account-forbidden` (403). */
export function login(client: ApiClient, credentials: LoginRequest, options: RequestOptions = {}) {
  return client.call(routes.login, { body: credentials, ...options });
}

/** New tokens for a refresh token; 401 when it is unknown or expired. */
export function refreshTokens(client: ApiClient, refreshToken: string, options: RequestOptions = {}) {
  return client.call(routes.refresh, { body: { refreshToken }, ...options });
}

/** Ends the session of the client's token. */
export function logout(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.logout, { ...options });
}
