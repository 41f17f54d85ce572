import { errorBody } from './common';
import { accountSchema } from './auth';
import { defineRoute } from './route';

/** Account lookup, for switching accounts: 400 malformed ID, 404 unknown, 403 no access. */

export { accountSchema, type Account } from './auth';

/** @public */
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
} as const;
