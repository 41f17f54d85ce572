import { routes, type ActivationStepId } from '../contract';
import type { ApiClient, RequestOptions } from './client';

/** The Teams tenant with its activation progress; poll it while activation runs. @public */
export function getTenant(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.getTenant, { ...options });
}

/** Starts automatic activation; `conflict` when it already started or manual activation is on. @public */
export function startActivation(client: ApiClient, options: RequestOptions = {}) {
  return client.call(routes.startActivation, { ...options });
}

/** Runs a failed step again. @public */
export function retryActivationStep(client: ApiClient, stepId: ActivationStepId, options: RequestOptions = {}) {
  return client.call(routes.retryActivationStep, { params: { stepId }, ...options });
}

/** Allows or stops co-management. @public */
export function setCoManage(client: ApiClient, enabled: boolean, options: RequestOptions = {}) {
  return client.call(routes.setCoManage, { body: { enabled }, ...options });
}

/** Chooses manual activation; `conflict` once activation started. @public */
export function setManualActivation(client: ApiClient, enabled: boolean, options: RequestOptions = {}) {
  return client.call(routes.setManualActivation, { body: { enabled }, ...options });
}
