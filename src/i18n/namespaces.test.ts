import { describe, expect, it } from 'vitest';
import { allNamespaces } from './namespaces';
import { supportedLocales } from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** i18next plural forms differ by language (`_one`, `_other`, `_many`), so compare the base keys. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('translations', () => {
  for (const [namespace, resources] of Object.entries(allNamespaces)) {
    it(`${namespace}: French and Spanish have every English text, and no text is empty`, () => {
      const english = new Set(keysOf(resources.en).map(base));
      for (const locale of supportedLocales) {
        const keys = keysOf(resources[locale]);
        expect(new Set(keys.map(base)), `${namespace} in ${locale}`).toEqual(english);
        for (const key of keys)
          expect(String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[locale])).trim(), key).not.toBe('');
      }
    });
  }
});
