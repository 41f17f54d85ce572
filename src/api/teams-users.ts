import { routes, type ListTeamsUsersQuery, type UpdateAssignmentRequest } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** One page of Teams users. */
export function listTeamsUsers(client: ApiClient, query: ListTeamsUsersQuery = {}, options: RequestOptions = {}) {
  return client.call(routes.listTeamsUsers, { query, ...options });
}

/** Sets or clears a user's phone and failover numbers. */
export function updateAssignment(client: ApiClient, userId: string, assignment: UpdateAssignmentRequest, options: RequestOptions = {}) {
  return client.call(routes.updateAssignment, { params: { userId }, body: assignment, ...options });
}
