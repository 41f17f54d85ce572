import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import { bulkNamespace } from '../../../i18n/namespaces';

/** The action shown while rows have errors, in each language, singular and plural. */
describe('the create action while rows have errors', () => {
  const cases = {
    en: ['Fix 1 row to create users', 'Fix 2 rows to create users', 'Fix 40 rows to create users'],
    fr: ['Corrigez 1 ligne pour créer les utilisateurs', 'Corrigez 2 lignes pour créer les utilisateurs', 'Corrigez 40 lignes pour créer les utilisateurs'],
    es: ['Corrija 1 fila para crear los usuarios', 'Corrija 2 filas para crear los usuarios', 'Corrija 40 filas para crear los usuarios'],
  };
  for (const [locale, expected] of Object.entries(cases)) {
    it(`says how many rows to fix in ${locale}`, () => {
      const i18n = createI18n(locale, { bulk: bulkNamespace });
      expect([1, 2, 40].map((count) => i18n.t('bulk:configuration.create.fixRows', { count }))).toEqual(expected);
    });
  }
});
