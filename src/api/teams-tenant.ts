import { routes, type ActivationStepId } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** The Teams tenant with its activation progress; poll it while activation runs. */
export function getTenant(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.getTenant, { ...options });
}

/** Starts automatic activation; `conflict` when it already started or manual activation is on. */
export function startActivation(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.startActivation, { ...options });
}

/** Runs a failed step again. */
export function retryActivationStep(client: ApiClient, stepId: ActivationStepId, options: RequestOptions = {}) {
  return client.call(routes.retryActivationStep, { params: { stepId }, ...options });
}

/** Allows or stops co-management. */
export function setCoManage(client: ApiClient, enabled: boolean, options: RequestOptions = {}) {
  return client.call(routes.setCoManage, { body: { enabled }, ...options });
}

/** Chooses manual activation; `conflict` once activation started. */
export function setManualActivation(client: ApiClient, enabled: boolean, options: RequestOptions = {}) {
  return client.call(routes.setManualActivation, { body: { enabled }, ...options });
}
