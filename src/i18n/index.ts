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
 * A fresh i18next instance for one mounted app, so two apps (or an app and the host) never share
 * or overwrite each other's language. Resources are bundled: no network request for texts.
 */
export function createI18n(locale: string, namespaces: Record<string, LocaleResources>): I18n {
  const all: Record<string, LocaleResources> = { common, ...namespaces };
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const language of supportedLocales) {
    resources[language] = {};
    for (const [namespace, texts] of Object.entries(all)) resources[language][namespace] = texts[language];
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
