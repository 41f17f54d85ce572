import { z } from 'zod';

/**
 * Server-side validation of import rows against the account (`POST /api/v1/seats/validate`): values
 * that must be unique in the account (email, extension, direct number, MAC address) and direct
 * numbers that must be one of the account's spare numbers. Sent in batches; `index` is the caller's
 * own row identifier and comes back unchanged.
 */
export const seatValidationRequestSchema = z.object({
  rows: z
    .array(
      z.object({
        index: z.number().int().min(0),
        email: z.string().optional(),
        extension: z.string().optional(),
        directNumber: z.string().optional(),
        macAddress: z.string().optional(),
      }),
    )
    .max(5000),
});
export type SeatValidationRequest = z.infer<typeof seatValidationRequestSchema>;

export const seatValidationIssueSchema = z.object({
  column: z.enum(['email', 'extension', 'directNumber', 'macAddress']),
  /** `taken`: another seat of the account has it; `not-spare`: not one of the account's spare numbers. */
  code: z.enum(['taken', 'not-spare']),
});
export type SeatValidationIssue = z.infer<typeof seatValidationIssueSchema>;

export const seatValidationResponseSchema = z.object({
  results: z.array(z.object({ index: z.number().int(), issues: z.array(seatValidationIssueSchema) })),
});
export type SeatValidationResponse = z.infer<typeof seatValidationResponseSchema>;
