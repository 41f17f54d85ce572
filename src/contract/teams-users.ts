import { z } from 'zod';
import { e164Schema, errorBody, idSchema, pageOf, pageQueryShape } from './common';
import { defineRoute } from './route';

/** Users of the Teams tenant and their number assignments. */

export const teamsUserSchema = z.object({
  id: idSchema,
  userPrincipalName: z.string(),
  displayName: z.string(),
  phoneNumber: e164Schema.nullable(),
  /** Where calls go when the user cannot answer. */
  failoverNumber: e164Schema.nullable(),
});
export type TeamsUser = z.infer<typeof teamsUserSchema>;

export const listTeamsUsersQuerySchema = z.object({
  /** Part of the name, the user principal name or the number. */
  q: z.string().max(100).optional(),
  ...pageQueryShape,
});
export type ListTeamsUsersQuery = z.input<typeof listTeamsUsersQuerySchema>;

export const teamsUserPageSchema = pageOf(teamsUserSchema);
export type TeamsUserPage = z.infer<typeof teamsUserPageSchema>;

/**
 * A user's new assignment. `clearOldFailover`: other users who had this user's previous phone number as
 * their failover number lose it (it would ring someone else after the change).
 */
export const updateAssignmentRequestSchema = z.object({
  phoneNumber: e164Schema.nullable(),
  failoverNumber: e164Schema.nullable(),
  clearOldFailover: z.boolean().default(false),
});
export type UpdateAssignmentRequest = z.input<typeof updateAssignmentRequestSchema>;

export const teamsUserRoutes = {
  listTeamsUsers: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/users',
    summary: 'Users with search and cursor paging',
    auth: 'account',
    query: listTeamsUsersQuerySchema,
    responses: { 200: teamsUserPageSchema },
  }),
  updateAssignment: defineRoute({
    method: 'PUT',
    path: '/api/v1/teams/users/:userId/assignment',
    summary: "Set or clear a user's phone number and failover number",
    auth: 'account',
    body: updateAssignmentRequestSchema,
    responses: {
      200: teamsUserSchema,
      404: errorBody(['user-not-found']),
      409: errorBody(['number-in-use']),
      422: errorBody(['number-not-owned', 'same-number', 'invalid-body']),
    },
  }),
} as const;
