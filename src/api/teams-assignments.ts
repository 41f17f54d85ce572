import { routes, type AssignmentsUploadRequest } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** The assignments as CSV text. @public */
export function downloadAssignmentsCsv(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.downloadAssignmentsCsv, { ...options });
}

/** Previews what an uploaded assignments CSV would change, with per-row problems. @public */
export function validateAssignments(client: ApiClient, upload: AssignmentsUploadRequest, options: RequestOptions = {}) {
  return client.call(routes.validateAssignments, { body: upload, ...options });
}

/** Applies the rows without problems; a result per row. @public */
export function applyAssignments(client: ApiClient, upload: AssignmentsUploadRequest, options: RequestOptions = {}) {
  return client.call(routes.applyAssignments, { body: upload, ...options });
}
