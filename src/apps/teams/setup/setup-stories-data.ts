import type { ActivationStepId } from '../../../contract';
import type { MockBackend } from '../../../../mocks/backend';

/** Northwind, the account stories and tests show by default. */
export const STORY_ACCOUNT_ID = '100001';

const HOUR = 3_600_000;

/**
 * Puts Northwind's activation in the middle of `runningStep`, frozen there (the step "started" an
 * hour from now), so a story shows progress that does not move under a designer's eyes.
 */
export function freezeActivationAt(backend: MockBackend, runningStep: ActivationStepId): void {
  const tenant = backend.teams(STORY_ACCOUNT_ID).tenant;
  const now = backend.now();
  const index = tenant.steps.findIndex((step) => step.id === runningStep);
  tenant.status = 'in-progress';
  tenant.startedAt = now - 5 * 60_000;
  tenant.runningSince = now + HOUR;
  tenant.steps.forEach((step, position) => {
    step.status = position < index ? 'succeeded' : position === index ? 'in-progress' : 'pending';
    step.updatedAt = position <= index ? now - 60_000 : null;
    step.error = null;
  });
  backend.changed();
}

/** Northwind's activation stopped at `failedStep`, which failed with the mock backend's reason. */
export function failActivationAt(backend: MockBackend, failedStep: ActivationStepId): void {
  freezeActivationAt(backend, failedStep);
  const tenant = backend.teams(STORY_ACCOUNT_ID).tenant;
  const step = tenant.steps.find((item) => item.id === failedStep);
  if (!step) return;
  tenant.status = 'failed';
  tenant.runningSince = null;
  step.status = 'failed';
  step.error = { code: 'gateway-unreachable', message: 'The session border controller did not answer on port 5061' };
  backend.changed();
}

/** Northwind on manual activation, one domain already verified and one gateway active. */
export function manualActivationUnderway(backend: MockBackend): void {
  const tenant = backend.teams(STORY_ACCOUNT_ID).tenant;
  tenant.manualActivation = true;
  const [firstDomain] = tenant.domains;
  const [firstGateway] = tenant.pstnGateways;
  if (firstDomain) firstDomain.status = 'verified';
  if (firstGateway) firstGateway.status = 'active';
  backend.changed();
}
