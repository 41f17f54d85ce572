import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import { allNamespaces } from '../../../i18n/namespaces';

describe("the preview's counts line", () => {
  it.each([
    ['en', '1 row: 0 valid, 1 with errors', '2 rows: 1 valid, 1 with errors'],
    ['fr', '1 ligne\u00a0: 0 sans erreur, 1 avec des erreurs', '2 lignes\u00a0: 1 sans erreur, 1 avec des erreurs'],
    ['es', '1 fila: 0 sin errores, 1 con errores', '2 filas: 1 sin errores, 1 con errores'],
  ])('says "row" for one row and "rows" for more, with no adjective to agree with a count (%s)', (locale, one, two) => {
    const { t } = createI18n(locale, allNamespaces);
    expect(t('bulk:configuration.preview.counts', { total: 1, valid: 0, invalid: 1, count: 1 })).toBe(one);
    expect(t('bulk:configuration.preview.counts', { total: 2, valid: 1, invalid: 1, count: 2 })).toBe(two);
  });
});
