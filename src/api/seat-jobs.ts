import { routes, type CreateSeatJobRequest, type SeatJobResultsQuery, type SeatJobRow } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** Bulk seat jobs: open one, send chunks, poll. */

/** Opens a job for a file. */
export function createSeatJob(client: ApiClient, request: CreateSeatJobRequest, options: RequestOptions = {}) {
  return client.call(routes.createSeatJob, { body: request, ...options });
}

/**
 * Sends one chunk of rows. `idempotencyKey` is required and must be kept with the chunk (for example
 * in the resume state) so that sending it again, after a lost response or a reload, replays the stored
 * result instead of creating seats twice.
 */
export function sendSeatJobChunk(
  client: ApiClient,
  jobId: string,
  rows: SeatJobRow[],
  idempotencyKey: string,
  options: Omit<RequestOptions, 'idempotencyKey'> = {},
) {
  return client.call(routes.sendSeatJobChunk, { params: { jobId }, body: { rows }, ...options, idempotencyKey });
}

/** A job with its counts and one page of per-row results. */
export function getSeatJob(client: ApiClient, jobId: string, query: SeatJobResultsQuery = {}, options: RequestOptions = {}) {
  return client.call(routes.getSeatJob, { params: { jobId }, query, ...options });
}

/** Jobs of the account, newest first. */
export function listSeatJobs(client: ApiClient, query: { status?: 'open' | 'completed'; cursor?: string; limit?: number } = {}, options: RequestOptions = {}) {
  return client.call(routes.listSeatJobs, { query, ...options });
}

/** Closes a job before all its rows were sent. */
export function completeSeatJob(client: ApiClient, jobId: string, options: RequestOptions = {}) {
  return client.call(routes.completeSeatJob, { params: { jobId }, ...options });
}
