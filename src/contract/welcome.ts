import { z } from 'zod';
import { idSchema } from './common';
import { defineRoute } from './route';

/** Welcome messages for selected seats, by email or SMS (SMS needs the seat's mobile number). */

/** @public */
export const welcomeChannelSchema = z.enum(['email', 'sms']);
/** @public */
export type WelcomeChannel = z.infer<typeof welcomeChannelSchema>;

/** @public */
export const sendWelcomeRequestSchema = z.object({
  seatIds: z.array(idSchema).min(1).max(500),
  channel: welcomeChannelSchema,
});
/** @public */
export type SendWelcomeRequest = z.infer<typeof sendWelcomeRequestSchema>;

/** Per-seat outcome; failure codes: `seat-not-found`, `no-mobile-number`. @public */
export const welcomeResultSchema = z.discriminatedUnion('status', [
  z.object({ seatId: idSchema, status: z.literal('sent'), recipient: z.string() }),
  z.object({ seatId: idSchema, status: z.literal('failed'), code: z.enum(['seat-not-found', 'no-mobile-number']), message: z.string() }),
]);
/** @public */
export type WelcomeResult = z.infer<typeof welcomeResultSchema>;

/** @public */
export const sendWelcomeResponseSchema = z.object({ results: z.array(welcomeResultSchema) });
/** @public */
export type SendWelcomeResponse = z.infer<typeof sendWelcomeResponseSchema>;

/** @public */
export const welcomeRoutes = {
  sendWelcomeMessages: defineRoute({
    method: 'POST',
    path: '/api/v1/welcome-messages',
    summary: 'Send welcome messages to seats, with a result per seat',
    auth: 'account',
    body: sendWelcomeRequestSchema,
    idempotencyKey: 'optional',
    responses: { 200: sendWelcomeResponseSchema },
  }),
} as const;
