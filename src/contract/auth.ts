import { z } from 'zod';
import { accountIdSchema, errorBody, idSchema, noContentSchema } from './common';
import { defineRoute } from './route';

/**
 * Sign-in for the reference host (`host-shim/`). The apps never call these routes: they get a token
 * from the bridge.
 */

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(128),
  password: z.string().min(1).max(256),
  /** The account's name (case-insensitive) or its six-digit ID. */
  accountName: z.string().trim().min(1).max(128),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The signed-in user. */
export const authUserSchema = z.object({ id: idSchema, username: z.string(), displayName: z.string() });
export type AuthUser = z.infer<typeof authUserSchema>;

/** An account as the host shows it. */
export const accountSchema = z.object({ id: accountIdSchema, name: z.string() });
export type Account = z.infer<typeof accountSchema>;

/** A fresh pair of tokens; `expiresIn` is the access token's lifetime in seconds. */
export const tokenPairSchema = z.object({
  accessToken: z.string().min(16),
  refreshToken: z.string().min(16),
  expiresIn: z.number().int().positive(),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

export const loginResponseSchema = tokenPairSchema.extend({ user: authUserSchema, account: accountSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const refreshRequestSchema = z.object({ refreshToken: z.string().min(1) });
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

export const authRoutes = {
  login: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/login',
    summary: 'Sign in to an account',
    auth: 'public',
    body: loginRequestSchema,
    responses: {
      200: loginResponseSchema,
      401: errorBody(['invalid-credentials']),
      403: errorBody(['account-forbidden']),
      404: errorBody(['account-not-found']),
    },
  }),
  refresh: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/refresh',
    summary: 'Exchange a refresh token for new tokens (the old refresh token stops working)',
    auth: 'public',
    body: refreshRequestSchema,
    responses: { 200: tokenPairSchema, 401: errorBody(['invalid-refresh-token', 'session-expired']) },
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/logout',
    summary: 'End the session of the bearer token',
    auth: 'session',
    responses: { 204: noContentSchema },
  }),
} as const;
