import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allNamespaces } from './namespaces';
import { createI18n, supportedLocales } from './index';

/** Every text of every namespace and language, by `namespace:dotted.key`. */
function textsOf(value: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) textsOf(child, prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`, into);
  return into;
}
const texts = Object.fromEntries(
  supportedLocales.map((locale) => [
    locale,
    new Map(Object.entries(allNamespaces).flatMap(([namespace, resources]) => [...textsOf(resources[locale], `${namespace}:`, new Map())])),
  ]),
);
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The base keys (without plural suffix) of every text, in any language, that shows `{{count}}`. */
const countKeys = [
  ...new Set(
    supportedLocales.flatMap((locale) => [...texts[locale]].filter(([, text]) => /\{\{count\b/.test(text)).map(([key]) => key.replace(pluralSuffix, ''))),
  ),
].sort();

/** Keys that the code passes a literal `count` to: `t('some.key', { …count… })`. */
function keysGivenACount(): string[] {
  const found = new Set<string>();
  const visit = (path: string) => {
    for (const name of readdirSync(path)) {
      const file = join(path, name);
      if (statSync(file).isDirectory()) visit(file);
      else if (/\.tsx?$/.test(name) && !/\.(test|stories)\.tsx?$/.test(name)) {
        for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([\w.:-]+)',\s*\{(?:[^}]*,)?\s*count\s*[:,}]/g)) if (match[1]) found.add(match[1]);
      }
    }
  };
  visit(join(__dirname, '..'));
  return [...found].sort();
}

function dummyParams(text: string, count: number): Record<string, string | number> {
  const params: Record<string, string | number> = { count };
  for (const match of text.matchAll(/\{\{(\w+)/g)) if (match[1] && match[1] !== 'count') params[match[1]] = 'X';
  return params;
}

describe('plurals', () => {
  it('finds the count-bearing texts', () => {
    expect(countKeys.length).toBeGreaterThan(40);
  });

  it.each(countKeys)('%s has a singular and a plural form in every language, and no form without a suffix', (key) => {
    for (const locale of supportedLocales) {
      expect(texts[locale].has(key), `${key} in ${locale} has no plural suffix`).toBe(false);
      expect(texts[locale].has(`${key}_one`), `${key}_one in ${locale}`).toBe(true);
      expect(texts[locale].has(`${key}_other`), `${key}_other in ${locale}`).toBe(true);
    }
  });

  it('every key the code gives a count to has plural forms', () => {
    const keys = keysGivenACount();
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) {
      const known = [...texts.en.keys()].filter((full) => full.replace(pluralSuffix, '').endsWith(key.includes(':') ? key : `:${key}`));
      expect(known.length, `${key} is given a count but has no text`).toBeGreaterThan(0);
      for (const full of known) expect(full, `${key} is given a count but has no plural forms`).toMatch(/_(one|other)$/);
    }
  });

  for (const locale of supportedLocales) {
    const i18n = createI18n(locale, allNamespaces);
    const rules = new Intl.PluralRules(locale);
    it.each(countKeys)(`${locale}: %s reads in the language's form for 0, 1, 2, 21 and 1,000,000`, (key) => {
      for (const count of [0, 1, 2, 21, 1_000_000]) {
        const form = rules.select(count);
        const source = texts[locale].get(`${key}_${form}`) ?? texts[locale].get(`${key}_other`) ?? '';
        const text = i18n.t(key, dummyParams(source, count));
        const shown = /\{\{count, number\}\}/.test(source) ? new Intl.NumberFormat(locale).format(count) : String(count);
        expect(text, `${key} with ${count}`).not.toBe(key.split(':')[1]);
        if (source.includes('{{count')) expect(text, `${key} with ${count}`).toContain(shown);
        expect(text, `${key} with ${count} takes the ${form} form`).toBe(
          i18n.t(`${key}_${texts[locale].has(`${key}_${form}`) ? form : 'other'}`, dummyParams(source, count)),
        );
      }
    });
  }

  it.each([
    ['en', 'teams:numbers.buy.somePurchased', { count: 1, total: 2 }, '1 of 2 numbers was purchased.'],
    ['en', 'teams:numbers.buy.somePurchased', { count: 0, total: 2 }, '0 of 2 numbers were purchased.'],
    ['fr', 'teams:numbers.buy.somePurchased', { count: 1, total: 2 }, '1 numéro sur 2 a été acheté.'],
    ['fr', 'teams:numbers.buy.somePurchased', { count: 0, total: 2 }, '0 numéro sur 2 a été acheté.'],
    ['fr', 'teams:numbers.buy.somePurchased', { count: 2, total: 3 }, '2 numéros sur 3 ont été achetés.'],
    ['es', 'teams:numbers.buy.somePurchased', { count: 1, total: 2 }, 'Se compró 1 de 2 números.'],
    ['es', 'teams:numbers.buy.somePurchased', { count: 21, total: 30 }, 'Se compraron 21 de 30 números.'],
    ['en', 'teams:numbers.release.doneTitle', { count: 1 }, 'Number deleted'],
    ['fr', 'teams:numbers.release.doneTitle', { count: 2 }, 'Numéros supprimés'],
    ['en', 'teams:numbers.release.someReleased', { count: 1, total: 3 }, '1 of 3 numbers was released.'],
    ['fr', 'bulk:configuration.preview.rowsDeleted', { count: 0 }, '0 ligne supprimée.'],
    ['es', 'bulk:configuration.preview.rowsDeleted', { count: 0 }, '0 filas eliminadas.'],
    ['fr', 'bulk:bulkJob.result.completed', { count: 1_000_000 }, '1\u202f000\u202f000 utilisateurs ont été créés.'],
    ['es', 'bulk:bulkJob.result.notSent', { count: 1 }, '1 fila no se envió.'],
    ['en', 'import:cell.tooLong', { count: 1 }, 'At most 1 character.'],
    ['en', 'import:cell.duplicateInFile', { count: 2, rows: '3, 7' }, 'Also used in rows 3, 7.'],
  ] as const)('%s: %s with %o reads “%s”', (locale, key, params, expected) => {
    expect(createI18n(locale, allNamespaces).t(key, params)).toBe(expected);
  });
});
