import { z } from 'zod';
import { errorBody } from './common';
import { accountSchema, authUserSchema } from './auth';
import { defineRoute } from './route';

/** Account lookup, for switching accounts: 400 malformed ID, 404 unknown, 403 no access. */

export { accountSchema, type Account } from './auth';

/**
 * Who a request is from, as the server understood it: the user of the bearer token and the account of
 * the `X-Account-Id` header. Host teams' bridge conformance checks call it to prove that `api.fetch`
 * adds both.
 */
export const whoAmISchema = z.object({ user: authUserSchema, account: accountSchema });
export type WhoAmI = z.infer<typeof whoAmISchema>;

export const accountRoutes = {
  getAccount: defineRoute({
    method: 'GET',
    path: '/api/v1/accounts/:accountId',
    summary: 'Look an account up by its six-digit ID',
    auth: 'session',
    responses: {
      200: accountSchema,
      400: errorBody(['invalid-account-id']),
      403: errorBody(['account-forbidden']),
      404: errorBody(['account-not-found']),
    },
  }),
  whoAmI: defineRoute({
    method: 'GET',
    path: '/api/v1/whoami',
    summary: 'The user and account a request is made for (for bridge conformance checks)',
    auth: 'account',
    responses: { 200: whoAmISchema },
  }),
} as const;
