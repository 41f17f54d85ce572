import { z } from 'zod';
import { e164Schema, errorBody, idSchema, pageOf, pageQueryShape, sortOrderSchema, timestampSchema } from './common';
import { defineRoute } from './route';
import { seatValidationRequestSchema, seatValidationResponseSchema } from './seat-validation';

/**
 * Seats of the current account. Values travel normalised: numbers in E.164, MAC addresses as 12
 * upper-case hex digits, extensions as digit strings with their leading zeros.
 */

/** A seat role. */
export const seatRoleSchema = z.enum(['User', 'Admin']);
export type SeatRole = z.infer<typeof seatRoleSchema>;

/** A MAC address as the wire carries it: 12 upper-case hex digits, no separators. */
export const macAddressSchema = z.string().regex(/^[0-9A-F]{12}$/, 'Expected 12 upper-case hex digits');

/** An extension: 2 to 6 digits, leading zeros kept. */
export const extensionSchema = z.string().regex(/^\d{2,6}$/, 'Expected 2 to 6 digits');

/** A new seat, as the form and the bulk import send it. */
export const seatInputSchema = z.object({
  firstName: z.string().trim().min(1).max(64),
  lastName: z.string().trim().min(1).max(64),
  email: z.email().max(254),
  extension: extensionSchema,
  site: z.string().trim().min(1).max(64),
  directNumber: e164Schema.optional(),
  mobileNumber: e164Schema.optional(),
  role: seatRoleSchema.default('User'),
  deviceModel: z.string().trim().min(1).max(64).optional(),
  macAddress: macAddressSchema.optional(),
  callerIdName: z.string().trim().min(1).max(15).optional(),
  /** Listed in the global address book. */
  addressBook: z.boolean().default(true),
});
/** What a client sends (defaults may be omitted). */
export type SeatInput = z.input<typeof seatInputSchema>;
/** A seat input with its defaults applied, as a server sees it. */
export type SeatInputParsed = z.output<typeof seatInputSchema>;

/** A seat of the account. */
export const seatSchema = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  extension: extensionSchema,
  site: z.string(),
  directNumber: e164Schema.nullable(),
  mobileNumber: e164Schema.nullable(),
  role: seatRoleSchema,
  deviceModel: z.string().nullable(),
  macAddress: macAddressSchema.nullable(),
  callerIdName: z.string().nullable(),
  addressBook: z.boolean(),
  createdAt: timestampSchema,
});
export type Seat = z.infer<typeof seatSchema>;

/** Columns a seat list can be sorted by. */
export const seatSortSchema = z.enum(['lastName', 'firstName', 'email', 'extension', 'site', 'createdAt']);
export type SeatSort = z.infer<typeof seatSortSchema>;

export const listSeatsQuerySchema = z.object({
  /** Case-insensitive search in names, email, extension and numbers. */
  q: z.string().max(200).optional(),
  sort: seatSortSchema.optional(),
  order: sortOrderSchema.optional(),
  ...pageQueryShape,
});
export type ListSeatsQuery = z.input<typeof listSeatsQuerySchema>;

export const seatPageSchema = pageOf(seatSchema);
export type SeatPage = z.infer<typeof seatPageSchema>;

/** A direct number of the account that no seat uses, which a new seat may take. */
export const spareNumberSchema = z.object({ number: e164Schema });
export type SpareNumber = z.infer<typeof spareNumberSchema>;

export const listSpareNumbersQuerySchema = z.object({
  /** Digits the number contains (any punctuation ignored). */
  q: z.string().max(40).optional(),
  ...pageQueryShape,
});
export type ListSpareNumbersQuery = z.input<typeof listSpareNumbersQuerySchema>;

export const spareNumberPageSchema = pageOf(spareNumberSchema);
export type SpareNumberPage = z.infer<typeof spareNumberPageSchema>;

/**
 * Per-field codes of seat errors: `taken` (409, another seat has it), `unknown-site`,
 * `unknown-device-model`, `required` (a desk phone without MAC address), `not-spare` (a direct number
 * that is not one of the account's spare numbers) (422).
 */
export const seatFieldErrorCodes = ['taken', 'unknown-site', 'unknown-device-model', 'required', 'not-spare'] as const;
export type SeatFieldErrorCode = (typeof seatFieldErrorCodes)[number];

export const seatRoutes = {
  listSeats: defineRoute({
    method: 'GET',
    path: '/api/v1/seats',
    summary: 'List seats with search, sort and cursor paging',
    auth: 'account',
    query: listSeatsQuerySchema,
    responses: { 200: seatPageSchema },
  }),
  createSeat: defineRoute({
    method: 'POST',
    path: '/api/v1/seats',
    summary: 'Create one seat',
    auth: 'account',
    body: seatInputSchema,
    idempotencyKey: 'optional',
    responses: {
      201: seatSchema,
      409: errorBody(['seat-conflict']),
      422: errorBody(['invalid-seat', 'invalid-body']),
    },
  }),
  listSpareNumbers: defineRoute({
    method: 'GET',
    path: '/api/v1/seats/spare-numbers',
    summary: 'List the direct numbers of the account that no seat uses, in ascending order',
    auth: 'account',
    query: listSpareNumbersQuerySchema,
    responses: { 200: spareNumberPageSchema },
  }),
  validateSeats: defineRoute({
    method: 'POST',
    path: '/api/v1/seats/validate',
    summary: 'Check import rows against the account (uniqueness, spare numbers); changes nothing',
    auth: 'account',
    body: seatValidationRequestSchema,
    responses: { 200: seatValidationResponseSchema },
  }),
} as const;
