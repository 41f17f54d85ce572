import { describe, expect, it } from 'vitest';
import frCommon from './locales/fr/common.json';
import { allNamespaces } from './namespaces';

function textsOf(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => textsOf(child, prefix ? `${prefix}.${key}` : key));
}

/**
 * French sets a no-break space before a colon and a narrow no-break space before ; ? and ! (never a
 * plain space, which a line can break at, and never nothing). Interpolations and the time of day are
 * not punctuation.
 */
describe('French typography', () => {
  const french = [
    ...textsOf(frCommon, 'common:'),
    ...Object.entries(allNamespaces).flatMap(([namespace, resources]) => textsOf(resources.fr, `${namespace}:`)),
  ];
  it.each(french.filter(([, text]) => /[:;?!]/.test(text.replace(/\{\{[^}]*\}\}/g, ''))))('%s spaces its punctuation', (_key, text) => {
    const prose = text.replace(/\{\{[^}]*\}\}/g, '{}');
    for (const match of prose.matchAll(/(.)([:;?!])/g)) {
      const [, before, mark] = match;
      expect(before, `before “${mark}” in “${text}”`).toBe(mark === ':' ? '\u00a0' : '\u202f');
    }
  });
});
