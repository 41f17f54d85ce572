import { z } from 'zod';
import { actorSchema, errorBody, idSchema, pageOf, pageQueryShape, timestampSchema } from './common';
import { defineRoute } from './route';
import { seatInputSchema } from './seats';

/**
 * Bulk seat creation. A job is opened for a file, rows are sent in chunks, each chunk with an
 * `Idempotency-Key`: sending the same key again replays the stored result and never creates a seat
 * twice, so a chunk whose response was lost can be retried blindly. A row's latest result wins, so
 * failed rows can be sent again in a new chunk (with a new key) after the user fixed them.
 */

/** Most rows one chunk may carry. */
export const MAX_CHUNK_ROWS = 500;

export const createSeatJobRequestSchema = z.object({
  rowCount: z.number().int().min(1).max(1_000_000),
  fileName: z.string().trim().min(1).max(255),
});
export type CreateSeatJobRequest = z.infer<typeof createSeatJobRequestSchema>;

/** `open` while rows arrive; `completed` once every row has a result or the job was completed early. */
export const seatJobStatusSchema = z.enum(['open', 'completed']);
export type SeatJobStatus = z.infer<typeof seatJobStatusSchema>;

export const seatJobSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  rowCount: z.number().int(),
  status: seatJobStatusSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  completedAt: timestampSchema.nullable(),
  createdBy: actorSchema,
  counts: z.object({
    /** Rows with a result (created or failed). */
    processed: z.number().int().min(0),
    created: z.number().int().min(0),
    failed: z.number().int().min(0),
  }),
});
export type SeatJob = z.infer<typeof seatJobSchema>;

/** One row of a chunk: its row number in the user's file (1 = first data row) and the seat. */
export const seatJobRowSchema = z.object({
  rowNumber: z.number().int().min(1),
  seat: seatInputSchema,
});
export type SeatJobRow = z.input<typeof seatJobRowSchema>;

export const seatJobChunkRequestSchema = z.object({
  rows: z
    .array(seatJobRowSchema)
    .min(1)
    .max(MAX_CHUNK_ROWS)
    .refine((rows) => new Set(rows.map((row) => row.rowNumber)).size === rows.length, 'Row numbers must be unique in a chunk'),
});
export type SeatJobChunkRequest = z.input<typeof seatJobChunkRequestSchema>;

/**
 * The outcome of one row. Failure codes: `taken` (with the field in `fieldErrors`), `unknown-site`,
 * `unknown-device-model`, `required`, `not-spare`, `duplicate-in-chunk`.
 */
export const seatJobRowResultSchema = z.discriminatedUnion('status', [
  z.object({ rowNumber: z.number().int().min(1), status: z.literal('created'), seatId: idSchema, createdAt: timestampSchema }),
  z.object({
    rowNumber: z.number().int().min(1),
    status: z.literal('failed'),
    code: z.string().min(1),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.string()).optional(),
  }),
]);
export type SeatJobRowResult = z.infer<typeof seatJobRowResultSchema>;

/**
 * A row's latest result together with the seat the client sent for it (defaults applied), as the job
 * status route serves it: enough to rebuild the summary file later from the server alone. For a
 * created row that is the seat it was created from; for a failed row, the values that were refused.
 */
export const seatJobRowRecordSchema = z.discriminatedUnion('status', [
  seatJobRowResultSchema.options[0].extend({ seat: seatInputSchema }),
  seatJobRowResultSchema.options[1].extend({ seat: seatInputSchema }),
]);
export type SeatJobRowRecord = z.infer<typeof seatJobRowRecordSchema>;

export const seatJobChunkResponseSchema = z.object({
  job: seatJobSchema,
  results: z.array(seatJobRowResultSchema),
  /** True when this response is the stored result of an earlier request with the same key. */
  replayed: z.boolean(),
});
export type SeatJobChunkResponse = z.infer<typeof seatJobChunkResponseSchema>;

export const seatJobResultsQuerySchema = z.object({
  /** Only rows with this outcome. */
  status: z.enum(['created', 'failed']).optional(),
  ...pageQueryShape,
});
export type SeatJobResultsQuery = z.input<typeof seatJobResultsQuerySchema>;

/** A job with one page of its row records (result and seat sent), ordered by row number. */
export const seatJobStatusResponseSchema = z.object({ job: seatJobSchema, results: pageOf(seatJobRowRecordSchema) });
export type SeatJobStatusResponse = z.infer<typeof seatJobStatusResponseSchema>;

export const seatJobPageSchema = pageOf(seatJobSchema);
export type SeatJobPage = z.infer<typeof seatJobPageSchema>;

export const seatJobRoutes = {
  listSeatJobs: defineRoute({
    method: 'GET',
    path: '/api/v1/seat-jobs',
    summary: 'List bulk seat jobs, newest first',
    auth: 'account',
    query: z.object({ status: seatJobStatusSchema.optional(), ...pageQueryShape }),
    responses: { 200: seatJobPageSchema },
  }),
  createSeatJob: defineRoute({
    method: 'POST',
    path: '/api/v1/seat-jobs',
    summary: 'Open a bulk seat job for a file',
    auth: 'account',
    body: createSeatJobRequestSchema,
    idempotencyKey: 'optional',
    responses: { 201: seatJobSchema },
  }),
  getSeatJob: defineRoute({
    method: 'GET',
    path: '/api/v1/seat-jobs/:jobId',
    summary: 'A job with its counts and a page of per-row results',
    auth: 'account',
    query: seatJobResultsQuerySchema,
    responses: { 200: seatJobStatusResponseSchema, 404: errorBody(['job-not-found']) },
  }),
  sendSeatJobChunk: defineRoute({
    method: 'POST',
    path: '/api/v1/seat-jobs/:jobId/chunks',
    summary: 'Create the seats of one chunk of rows; replays the stored result for a known Idempotency-Key',
    auth: 'account',
    body: seatJobChunkRequestSchema,
    idempotencyKey: 'required',
    responses: {
      200: seatJobChunkResponseSchema,
      404: errorBody(['job-not-found']),
      409: errorBody(['job-completed', 'idempotency-key-reused']),
      422: errorBody(['invalid-body', 'row-out-of-range']),
    },
  }),
  completeSeatJob: defineRoute({
    method: 'POST',
    path: '/api/v1/seat-jobs/:jobId/complete',
    summary: 'Close a job before every row was sent (the user stopped); harmless when already completed',
    auth: 'account',
    idempotencyKey: 'optional',
    responses: { 200: seatJobSchema, 404: errorBody(['job-not-found']) },
  }),
} as const;
