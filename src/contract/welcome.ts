import { z } from 'zod';
import { idSchema } from './common';
import { defineRoute } from './route';

/** Welcome messages for selected seats, by email or SMS (SMS needs the seat's mobile number). */

export const welcomeChannelSchema = z.enum(['email', 'sms']);
export type WelcomeChannel = z.infer<typeof welcomeChannelSchema>;

export const sendWelcomeRequestSchema = z.object({
  seatIds: z.array(idSchema).min(1).max(500),
  channel: welcomeChannelSchema,
});
export type SendWelcomeRequest = z.infer<typeof sendWelcomeRequestSchema>;

/** Per-seat outcome; failure codes: `seat-not-found`, `no-mobile-number`. */
export const welcomeResultSchema = z.discriminatedUnion('status', [
  z.object({ seatId: idSchema, status: z.literal('sent'), recipient: z.string() }),
  z.object({ seatId: idSchema, status: z.literal('failed'), code: z.enum(['seat-not-found', 'no-mobile-number']), message: z.string() }),
]);
export type WelcomeResult = z.infer<typeof welcomeResultSchema>;

export const sendWelcomeResponseSchema = z.object({ results: z.array(welcomeResultSchema) });
export type SendWelcomeResponse = z.infer<typeof sendWelcomeResponseSchema>;

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
