import type { ActivationStepId, Tenant } from '../../src/contract';
import { activationStepIds } from '../../src/contract';
import { iso } from '../clock';
import type { TenantState } from '../state';
import { fail, ok, type RouteImpls } from './define';

/** How long each automatic activation step runs, in mock time. */
export const STEP_DURATION_MS = 1500;

const stepFailures: Record<ActivationStepId, { code: string; message: string }> = {
  consent: { code: 'consent-denied', message: 'The tenant admin has not granted consent yet' },
  'domain-verification': { code: 'txt-record-missing', message: 'The TXT record was not found in DNS' },
  'domain-activation': { code: 'domain-activation-failed', message: 'Microsoft 365 did not activate the domain' },
  'pstn-gateway': { code: 'gateway-unreachable', message: 'The session border controller did not answer on port 5061' },
  'voice-routing': { code: 'voice-routing-failed', message: 'The voice routing policy could not be created' },
};

/**
 * Moves automatic activation forward to `now`: the running step ends after {@link STEP_DURATION_MS},
 * then the next one starts. Computed lazily on each read, so no timer runs and tests can move the
 * clock instead of waiting.
 */
export function advanceActivation(tenant: TenantState, now: number): void {
  while (tenant.status === 'in-progress' && tenant.runningSince !== null) {
    const step = tenant.steps.find((item) => item.status === 'in-progress');
    if (!step) break;
    const endsAt = tenant.runningSince + STEP_DURATION_MS;
    if (now < endsAt) break;
    step.updatedAt = endsAt;
    if (tenant.failingSteps.includes(step.id)) {
      tenant.failingSteps = tenant.failingSteps.filter((id) => id !== step.id);
      step.status = 'failed';
      step.error = stepFailures[step.id];
      tenant.status = 'failed';
      tenant.runningSince = null;
      break;
    }
    step.status = 'succeeded';
    step.error = null;
    if (step.id === 'domain-verification') for (const domain of tenant.domains) domain.status = 'verified';
    if (step.id === 'pstn-gateway') for (const gateway of tenant.pstnGateways) gateway.status = 'active';
    const next = tenant.steps.find((item) => item.status === 'pending');
    if (next) {
      next.status = 'in-progress';
      next.updatedAt = endsAt;
      tenant.runningSince = endsAt;
    } else {
      tenant.status = 'active';
      tenant.finishedAt = endsAt;
      tenant.runningSince = null;
    }
  }
}

/** The wire form of a tenant, moved forward to now. */
export function toTenant(tenant: TenantState, now: number): Tenant {
  advanceActivation(tenant, now);
  return {
    clientName: tenant.clientName,
    tenantName: tenant.tenantName,
    activation: {
      status: tenant.status,
      startedAt: tenant.startedAt === null ? null : iso(tenant.startedAt),
      finishedAt: tenant.finishedAt === null ? null : iso(tenant.finishedAt),
      steps: tenant.steps.map((step) => ({
        id: step.id,
        status: step.status,
        error: step.error,
        updatedAt: step.updatedAt === null ? null : iso(step.updatedAt),
      })),
    },
    coManage: tenant.coManage,
    manualActivation: tenant.manualActivation,
    domains: tenant.domains.map((domain) => ({ ...domain })),
    pstnGateways: tenant.pstnGateways.map((gateway) => ({ ...gateway })),
  };
}

function isStepId(value: string): value is ActivationStepId {
  return (activationStepIds as readonly string[]).includes(value);
}

/** The Teams tenant and its activation. */
export const teamsTenantImpls: RouteImpls<'getTenant' | 'startActivation' | 'retryActivationStep' | 'setCoManage' | 'setManualActivation'> = {
  getTenant: ({ backend, accountId }) => ok(200, toTenant(backend.teams(accountId).tenant, backend.now())),
  startActivation: ({ backend, accountId }) => {
    const tenant = backend.teams(accountId).tenant;
    const now = backend.now();
    advanceActivation(tenant, now);
    if (tenant.manualActivation) return fail(409, 'manual-activation-enabled', 'The tenant is set to manual activation');
    if (tenant.status !== 'inactive') return fail(409, 'activation-already-started', `Activation is ${tenant.status}`);
    tenant.status = 'in-progress';
    tenant.startedAt = now;
    tenant.runningSince = now;
    const first = tenant.steps[0];
    if (first) {
      first.status = 'in-progress';
      first.updatedAt = now;
    }
    return ok(202, toTenant(tenant, now));
  },
  retryActivationStep: ({ backend, accountId, params }) => {
    const tenant = backend.teams(accountId).tenant;
    const now = backend.now();
    advanceActivation(tenant, now);
    const step = isStepId(params.stepId) ? tenant.steps.find((item) => item.id === params.stepId) : undefined;
    if (!step) return fail(404, 'step-not-found', `No activation step ${params.stepId}`);
    if (step.status !== 'failed') return fail(409, 'step-not-failed', `Step ${step.id} is ${step.status}`);
    step.status = 'in-progress';
    step.error = null;
    step.updatedAt = now;
    tenant.status = 'in-progress';
    tenant.runningSince = now;
    return ok(202, toTenant(tenant, now));
  },
  setCoManage: ({ backend, accountId, body }) => {
    const tenant = backend.teams(accountId).tenant;
    tenant.coManage = body.enabled;
    return ok(200, toTenant(tenant, backend.now()));
  },
  setManualActivation: ({ backend, accountId, body }) => {
    const tenant = backend.teams(accountId).tenant;
    const now = backend.now();
    advanceActivation(tenant, now);
    if (tenant.status !== 'inactive' && tenant.manualActivation !== body.enabled) {
      return fail(409, 'activation-started', 'Manual activation cannot change once activation started');
    }
    tenant.manualActivation = body.enabled;
    return ok(200, toTenant(tenant, now));
  },
};
