import type { TFunction } from 'i18next';
import type { ApiError } from '../../../api';
import { apiErrorMessage } from '../../../i18n/api-error-message';

/** Failure codes of activation steps that we say in the user's language. */
const knownStepErrors = new Set(['consent-denied', 'txt-record-missing', 'domain-activation-failed', 'gateway-unreachable', 'voice-routing-failed']);

/**
 * Why a step failed, in the user's language when we know the code; otherwise the server's own
 * sentence (rendered as text), which is better than saying nothing.
 */
export function translatedReason(t: TFunction, error: { code: string; message: string } | null): string {
  if (!error) return t('setup.unknownReason');
  return knownStepErrors.has(error.code) ? t(`setup.stepErrors.${error.code}`) : error.message;
}

/** A failed call's reason, by kind. */
export function apiReason(t: TFunction, error: ApiError): string {
  return apiErrorMessage(t, error);
}
