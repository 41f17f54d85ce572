import { routes, type AssignmentsUploadRequest } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** The assignments as CSV text. */
export function downloadAssignmentsCsv(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.downloadAssignmentsCsv, { ...options });
}

/** Previews what an uploaded assignments CSV would change, with per-row problems. */
export function validateAssignments(client: ApiClient, upload: AssignmentsUploadRequest, options: RequestOptions = {}) {
  return client.call(routes.validateAssignments, { body: upload, ...options });
}

/** Applies the rows without problems; a result per row. */
export function applyAssignments(client: ApiClient, upload: AssignmentsUploadRequest, options: RequestOptions = {}) {
  return client.call(routes.applyAssignments, { body: upload, ...options });
}
