import i18next, { type i18n as I18n } from 'i18next';
import type { Locale } from '../bridge/contract';
import enCommon from './locales/en/common.json';
import frCommon from './locales/fr/common.json';
import esCommon from './locales/es/common.json';

/** The languages the apps speak; English is the fallback. */
export const supportedLocales: readonly Locale[] = ['en', 'fr', 'es'];

/** Each namespace's texts in each language; an app passes the namespaces it uses. */
export type LocaleResources = Record<Locale, Record<string, unknown>>;

const common: LocaleResources = { en: enCommon, fr: frCommon, es: esCommon };

/** The supported language of a BCP 47 tag (`fr-CA` -> `fr`), English when we do not speak it. */
export function toLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return supportedLocales.find((locale) => locale === language) ?? 'en';
}

/**
 * A copy of one language's texts where every plural text has every form the language's plural rules
 * (those i18next uses) can ask for: French and Spanish also have a `many` form (1,000,000 and its
 * multiples), which a missing `_many` text would show as the bare key; it reads like `_other` there.
 */
function isTextTree(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function withEveryPluralForm(language: string, texts: Record<string, unknown>): Record<string, unknown> {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const complete: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(texts)) {
    complete[key] = isTextTree(value) ? withEveryPluralForm(language, value) : value;
  }
  for (const [key, value] of Object.entries(texts)) {
    if (!key.endsWith('_other')) continue;
    const base = key.slice(0, -'_other'.length);
    for (const form of forms) if (!(`${base}_${form}` in complete)) complete[`${base}_${form}`] = value;
  }
  return complete;
}

/**
 * A fresh i18next instance for one mounted app, so two apps (or an app and the host) never share
 * or overwrite each other's language. Resources are bundled: no network request for texts.
 */
export function createI18n(locale: string, namespaces: Record<string, LocaleResources>): I18n {
  const all: Record<string, LocaleResources> = { common, ...namespaces };
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const language of supportedLocales) {
    resources[language] = {};
    for (const [namespace, texts] of Object.entries(all)) resources[language][namespace] = withEveryPluralForm(language, texts[language]);
  }
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: toLocale(locale),
    fallbackLng: 'en',
    ns: Object.keys(all),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
