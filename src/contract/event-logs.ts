import { z } from 'zod';
import { actorSchema, errorBody, idSchema, pageOf, pageQueryShape, timestampSchema } from './common';
import { defineRoute } from './route';

/** The account's event log, newest first. */

/** Kinds of events. */
export const eventTypeSchema = z.enum(['bulk-job-started', 'bulk-job-finished', 'seat-created', 'seat-creation-failed', 'welcome-sent']);
export type EventType = z.infer<typeof eventTypeSchema>;

const eventBase = { id: idSchema, occurredAt: timestampSchema, actor: actorSchema };

/** One event; `details` depend on `type`. */
export const eventLogEntrySchema = z.discriminatedUnion('type', [
  z.object({
    ...eventBase,
    type: z.literal('bulk-job-started'),
    details: z.object({ jobId: idSchema, fileName: z.string(), rowCount: z.number().int() }),
  }),
  z.object({
    ...eventBase,
    type: z.literal('bulk-job-finished'),
    details: z.object({
      jobId: idSchema,
      fileName: z.string(),
      rowCount: z.number().int(),
      created: z.number().int(),
      failed: z.number().int(),
    }),
  }),
  z.object({
    ...eventBase,
    type: z.literal('seat-created'),
    details: z.object({ seatId: idSchema, email: z.string(), extension: z.string(), jobId: idSchema.nullable() }),
  }),
  z.object({
    ...eventBase,
    type: z.literal('seat-creation-failed'),
    details: z.object({ email: z.string(), extension: z.string(), code: z.string(), jobId: idSchema.nullable() }),
  }),
  z.object({
    ...eventBase,
    type: z.literal('welcome-sent'),
    details: z.object({
      seatId: idSchema,
      channel: z.enum(['email', 'sms']),
      /** The address or number the message went to. */
      recipient: z.string(),
    }),
  }),
]);
export type EventLogEntry = z.infer<typeof eventLogEntrySchema>;

export const listEventLogsQuerySchema = z.object({
  type: eventTypeSchema.optional(),
  /** Inclusive lower bound of `occurredAt`. */
  from: z.iso.datetime({ offset: true }).optional(),
  /** Exclusive upper bound of `occurredAt`. */
  to: z.iso.datetime({ offset: true }).optional(),
  ...pageQueryShape,
});
export type ListEventLogsQuery = z.input<typeof listEventLogsQuerySchema>;

export const eventLogPageSchema = pageOf(eventLogEntrySchema);
export type EventLogPage = z.infer<typeof eventLogPageSchema>;

export const eventLogRoutes = {
  listEventLogs: defineRoute({
    method: 'GET',
    path: '/api/v1/event-logs',
    summary: 'List events, newest first, filtered by type and date range',
    auth: 'account',
    query: listEventLogsQuerySchema,
    responses: { 200: eventLogPageSchema, 400: errorBody(['invalid-query', 'invalid-date-range']) },
  }),
} as const;
