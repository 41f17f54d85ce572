import { z } from 'zod';
import { csvTextSchema, e164Schema, idSchema } from './common';
import { defineRoute } from './route';

/**
 * The assignments CSV: one row per user and one per spare number. Upload is two
 * calls with the same file: `validate` previews the diff and the problems, `apply` makes the changes
 * of the rows without problems and reports a result per row.
 */

/** The columns of the assignments CSV, in order. Ratecenter is ignored on upload. */
export const assignmentCsvHeaders = ['User Principal Name', 'Display Name', 'Phone Number', 'Failover Number', 'Ratecenter'] as const;

/** Largest accepted file, in characters. */
export const MAX_ASSIGNMENTS_CSV_LENGTH = 5_000_000;

export const assignmentsUploadRequestSchema = z.object({
  fileName: z.string().max(255).optional(),
  csv: z.string().min(1).max(MAX_ASSIGNMENTS_CSV_LENGTH),
});
export type AssignmentsUploadRequest = z.infer<typeof assignmentsUploadRequestSchema>;

/** What a row changes: a phone number given, replaced or removed, or a new failover number. */
export const assignmentChangeSchema = z.object({
  /** Row number in the file, 1 = first data row. */
  rowNumber: z.number().int().min(1),
  userId: idSchema,
  userPrincipalName: z.string(),
  kind: z.enum(['assign', 'change', 'unassign', 'failover-change']),
  from: e164Schema.nullable(),
  to: e164Schema.nullable(),
});
export type AssignmentChange = z.infer<typeof assignmentChangeSchema>;

/** Problem codes of an upload row. */
export const assignmentProblemCodeSchema = z.enum(['unknown-user', 'number-not-owned', 'duplicate-number', 'invalid-number', 'missing-columns']);
export type AssignmentProblemCode = z.infer<typeof assignmentProblemCodeSchema>;

/** A row that cannot be applied; `column` names the offending column header. */
export const assignmentProblemSchema = z.object({
  /** Row number in the file (1 = first data row; 0 = the header line). */
  rowNumber: z.number().int().min(0),
  code: assignmentProblemCodeSchema,
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});
export type AssignmentProblem = z.infer<typeof assignmentProblemSchema>;

export const assignmentsPreviewSchema = z.object({
  rowCount: z.number().int().min(0),
  changes: z.array(assignmentChangeSchema),
  problems: z.array(assignmentProblemSchema),
  /** Rows that change nothing. */
  unchangedCount: z.number().int().min(0),
});
export type AssignmentsPreview = z.infer<typeof assignmentsPreviewSchema>;

export const assignmentRowResultSchema = z.discriminatedUnion('status', [
  z.object({ rowNumber: z.number().int().min(1), status: z.literal('applied'), userId: idSchema }),
  z.object({ rowNumber: z.number().int().min(1), status: z.literal('unchanged') }),
  z.object({ rowNumber: z.number().int().min(1), status: z.literal('failed'), code: z.string(), message: z.string() }),
]);
export type AssignmentRowResult = z.infer<typeof assignmentRowResultSchema>;

export const assignmentsApplyResponseSchema = z.object({ results: z.array(assignmentRowResultSchema) });
export type AssignmentsApplyResponse = z.infer<typeof assignmentsApplyResponseSchema>;

export const teamsAssignmentRoutes = {
  downloadAssignmentsCsv: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/assignments.csv',
    summary: 'The assignments as CSV',
    auth: 'account',
    produces: 'text/csv',
    responses: { 200: csvTextSchema },
  }),
  validateAssignments: defineRoute({
    method: 'POST',
    path: '/api/v1/teams/assignments/validate',
    summary: 'Preview what an uploaded assignments CSV would change; changes nothing',
    auth: 'account',
    body: assignmentsUploadRequestSchema,
    responses: { 200: assignmentsPreviewSchema },
  }),
  applyAssignments: defineRoute({
    method: 'POST',
    path: '/api/v1/teams/assignments/apply',
    summary: 'Apply the rows of an uploaded assignments CSV that have no problem',
    auth: 'account',
    body: assignmentsUploadRequestSchema,
    idempotencyKey: 'optional',
    responses: { 200: assignmentsApplyResponseSchema },
  }),
} as const;
