import { z } from 'zod';
import { errorBody, timestampSchema } from './common';
import { defineRoute } from './route';

/**
 * The account's Microsoft Teams tenant and its activation. Automatic activation runs the steps in
 * order; a failed step stops it until retried. Manual activation means the customer's admin does the
 * DNS and gateway work (domains with TXT verification codes, PSTN gateways) and can only be switched
 * before activation started.
 */

/** Activation steps, in the order they run. */
export const activationStepIds = ['consent', 'domain-verification', 'domain-activation', 'pstn-gateway', 'voice-routing'] as const;
export const activationStepIdSchema = z.enum(activationStepIds);
export type ActivationStepId = z.infer<typeof activationStepIdSchema>;

export const activationStatusSchema = z.enum(['inactive', 'in-progress', 'active', 'failed']);
export type ActivationStatus = z.infer<typeof activationStatusSchema>;

export const stepStatusSchema = z.enum(['pending', 'in-progress', 'succeeded', 'failed']);
export type StepStatus = z.infer<typeof stepStatusSchema>;

export const activationStepSchema = z.object({
  id: activationStepIdSchema,
  status: stepStatusSchema,
  /** Why the step failed; null unless `status` is `failed`. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  updatedAt: timestampSchema.nullable(),
});
export type ActivationStep = z.infer<typeof activationStepSchema>;

export const tenantDomainSchema = z.object({
  name: z.string(),
  /** The value of the TXT record that proves ownership, for example `MS=ms12345678`. */
  txtVerificationCode: z.string(),
  status: z.enum(['pending', 'verified', 'failed']),
});
export type TenantDomain = z.infer<typeof tenantDomainSchema>;

export const pstnGatewaySchema = z.object({
  fqdn: z.string(),
  port: z.number().int().min(1).max(65535),
  status: z.enum(['pending', 'active', 'failed']),
});
export type PstnGateway = z.infer<typeof pstnGatewaySchema>;

export const tenantSchema = z.object({
  clientName: z.string(),
  tenantName: z.string(),
  activation: z.object({
    status: activationStatusSchema,
    startedAt: timestampSchema.nullable(),
    finishedAt: timestampSchema.nullable(),
    steps: z.array(activationStepSchema),
  }),
  /** The provider may co-manage the tenant's voice settings. */
  coManage: z.boolean(),
  /** The customer activates by hand instead of automatically. */
  manualActivation: z.boolean(),
  domains: z.array(tenantDomainSchema),
  pstnGateways: z.array(pstnGatewaySchema),
});
export type Tenant = z.infer<typeof tenantSchema>;

export const setFlagRequestSchema = z.object({ enabled: z.boolean() });
export type SetFlagRequest = z.infer<typeof setFlagRequestSchema>;

export const teamsTenantRoutes = {
  getTenant: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/tenant',
    summary: 'The tenant, its activation progress, domains and gateways',
    auth: 'account',
    responses: { 200: tenantSchema },
  }),
  startActivation: defineRoute({
    method: 'POST',
    path: '/api/v1/teams/tenant/activation',
    summary: 'Start automatic activation',
    auth: 'account',
    idempotencyKey: 'optional',
    responses: { 202: tenantSchema, 409: errorBody(['activation-already-started', 'manual-activation-enabled']) },
  }),
  retryActivationStep: defineRoute({
    method: 'POST',
    path: '/api/v1/teams/tenant/activation/steps/:stepId/retry',
    summary: 'Run a failed step again; activation continues from it',
    auth: 'account',
    idempotencyKey: 'optional',
    responses: { 202: tenantSchema, 404: errorBody(['step-not-found']), 409: errorBody(['step-not-failed']) },
  }),
  setCoManage: defineRoute({
    method: 'PUT',
    path: '/api/v1/teams/tenant/co-manage',
    summary: 'Allow or stop co-management',
    auth: 'account',
    body: setFlagRequestSchema,
    responses: { 200: tenantSchema },
  }),
  setManualActivation: defineRoute({
    method: 'PUT',
    path: '/api/v1/teams/tenant/manual-activation',
    summary: 'Choose manual activation; refused once activation started',
    auth: 'account',
    body: setFlagRequestSchema,
    responses: { 200: tenantSchema, 409: errorBody(['activation-started']) },
  }),
} as const;
