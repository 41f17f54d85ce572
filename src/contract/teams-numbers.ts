import { z } from 'zod';
import { e164Schema, idSchema, pageOf, pageQueryShape, timestampSchema } from './common';
import { defineRoute } from './route';

/** Phone numbers of the Teams tenant: those it owns, those it can buy, purchase and release. */

/** Where a number rings, computed from its area code and prefix. */
export const ratecenterSchema = z.object({ name: z.string(), state: z.string().length(2) });
export type Ratecenter = z.infer<typeof ratecenterSchema>;

export const userRefSchema = z.object({ id: idSchema, userPrincipalName: z.string(), displayName: z.string() });
export type UserRef = z.infer<typeof userRefSchema>;

/** A number the tenant owns. */
export const teamsNumberSchema = z.object({
  number: e164Schema,
  ratecenter: ratecenterSchema.nullable(),
  purchasedAt: timestampSchema,
  /** The user whose phone number it is. */
  assignedTo: userRefSchema.nullable(),
  /** The assigned user's failover number: where this number's unanswered calls go. Null when unassigned. */
  failoverNumber: e164Schema.nullable(),
  /** Users who have it as failover number. */
  failoverFor: z.array(userRefSchema),
});
export type TeamsNumber = z.infer<typeof teamsNumberSchema>;

export const listNumbersQuerySchema = z.object({
  /** Digits of the number, or part of an assigned user's name. */
  q: z.string().max(100).optional(),
  assigned: z.enum(['yes', 'no']).optional(),
  ...pageQueryShape,
});
export type ListNumbersQuery = z.input<typeof listNumbersQuerySchema>;

export const teamsNumberPageSchema = pageOf(teamsNumberSchema);
export type TeamsNumberPage = z.infer<typeof teamsNumberPageSchema>;

export const availableNumbersQuerySchema = z.object({
  areaCode: z.string().regex(/^[2-9]\d{2}$/, 'Expected a three-digit area code'),
  /** Leading digits of the seven-digit local number (the exchange first), for example `555` or `55501`. */
  prefix: z
    .string()
    .regex(/^\d{1,7}$/)
    .optional(),
  limit: z.coerce.number<number>().int().min(1).max(100).optional(),
});
export type AvailableNumbersQuery = z.input<typeof availableNumbersQuerySchema>;

export const availableNumberSchema = z.object({ number: e164Schema, ratecenter: ratecenterSchema.nullable() });
export type AvailableNumber = z.infer<typeof availableNumberSchema>;

export const availableNumbersResponseSchema = z.object({ items: z.array(availableNumberSchema) });
export type AvailableNumbersResponse = z.infer<typeof availableNumbersResponseSchema>;

export const numbersRequestSchema = z.object({
  numbers: z
    .array(e164Schema)
    .min(1)
    .max(100)
    .refine((numbers) => new Set(numbers).size === numbers.length, 'Numbers must be unique'),
});
export type NumbersRequest = z.infer<typeof numbersRequestSchema>;

/** Per-number purchase outcome: someone else bought it first (`unavailable`). */
export const purchaseResultSchema = z.object({ number: e164Schema, status: z.enum(['purchased', 'unavailable']) });
export type PurchaseResult = z.infer<typeof purchaseResultSchema>;

export const purchaseResponseSchema = z.object({ results: z.array(purchaseResultSchema) });
export type PurchaseResponse = z.infer<typeof purchaseResponseSchema>;

/** Per-number release outcome; failure codes: `not-owned`, `number-assigned` (unassign it first). */
export const releaseResultSchema = z.discriminatedUnion('status', [
  z.object({ number: e164Schema, status: z.literal('released') }),
  z.object({ number: e164Schema, status: z.literal('failed'), code: z.enum(['not-owned', 'number-assigned']), message: z.string() }),
]);
export type ReleaseResult = z.infer<typeof releaseResultSchema>;

export const releaseResponseSchema = z.object({ results: z.array(releaseResultSchema) });
export type ReleaseResponse = z.infer<typeof releaseResponseSchema>;

export const teamsNumberRoutes = {
  listNumbers: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/numbers',
    summary: "The tenant's numbers with search and cursor paging",
    auth: 'account',
    query: listNumbersQuerySchema,
    responses: { 200: teamsNumberPageSchema },
  }),
  searchAvailableNumbers: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/numbers/available',
    summary: 'Numbers for sale in an area code, optionally narrowed by prefix',
    auth: 'account',
    query: availableNumbersQuerySchema,
    responses: { 200: availableNumbersResponseSchema },
  }),
  purchaseNumbers: defineRoute({
    method: 'POST',
    path: '/api/v1/teams/numbers/purchase',
    summary: 'Buy several numbers, with a result per number',
    auth: 'account',
    body: numbersRequestSchema,
    idempotencyKey: 'optional',
    responses: { 200: purchaseResponseSchema },
  }),
  releaseNumbers: defineRoute({
    method: 'POST',
    path: '/api/v1/teams/numbers/release',
    summary: 'Give several numbers back, with a result per number',
    auth: 'account',
    body: numbersRequestSchema,
    idempotencyKey: 'optional',
    responses: { 200: releaseResponseSchema },
  }),
} as const;
