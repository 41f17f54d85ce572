import { z } from 'zod';
import { e164Schema, errorBody, idSchema, pageOf, pageQueryShape, timestampSchema } from './common';
import { defineRoute } from './route';

/** Recent calls of one of the tenant's numbers, newest first. */

export const callSchema = z.object({
  id: idSchema,
  direction: z.enum(['inbound', 'outbound']),
  otherParty: e164Schema,
  startedAt: timestampSchema,
  durationSeconds: z.number().int().min(0),
  result: z.enum(['answered', 'missed', 'voicemail', 'busy', 'failed']),
});
export type Call = z.infer<typeof callSchema>;

export const callPageSchema = pageOf(callSchema);
export type CallPage = z.infer<typeof callPageSchema>;

export const listCallsQuerySchema = z.object({ ...pageQueryShape });
export type ListCallsQuery = z.input<typeof listCallsQuerySchema>;

export const teamsCallRoutes = {
  listCalls: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/numbers/:number/calls',
    summary: 'Calls of a number (E.164, URL-encoded), newest first',
    auth: 'account',
    query: listCallsQuerySchema,
    responses: { 200: callPageSchema, 404: errorBody(['number-not-found']) },
  }),
} as const;
