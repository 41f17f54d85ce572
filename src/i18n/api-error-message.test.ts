import { describe, expect, it } from 'vitest';
import type { ApiErrorKind } from '../api/result';
import en from './locales/en/common.json';
import es from './locales/es/common.json';
import fr from './locales/fr/common.json';
import { apiErrorMessage } from './api-error-message';

/** Every kind, so that a new one without a message fails here (the record must name them all). */
const kinds: Record<ApiErrorKind, true> = {
  network: true,
  unauthorized: true,
  forbidden: true,
  'not-found': true,
  validation: true,
  conflict: true,
  'rate-limited': true,
  server: true,
  timeout: true,
  aborted: true,
};

describe('apiErrorMessage', () => {
  it('says each kind of API error in every language, never its key', () => {
    for (const texts of [en, fr, es]) {
      const messages: Record<string, string> = texts.errors;
      const t = (key: string) => messages[key.replace('common:errors.', '')] ?? key;
      for (const kind of Object.keys(kinds)) expect(apiErrorMessage(t, { kind })).not.toMatch(/^common:/);
    }
  });
});
