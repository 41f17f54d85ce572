import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../bridge/contract';
import { supportedLocales, toLocale } from './index';

/**
 * A language the user chose inside an app (Teams has its own selector), remembered on this device.
 * Only the language code is stored: no personal data. Unreadable storage (private mode, a sandboxed
 * frame) simply means nothing is remembered.
 */
export function readLanguagePreference(key: string): Locale | null {
  try {
    const value = window.localStorage.getItem(key);
    return value && supportedLocales.some((locale) => locale === value) ? toLocale(value) : null;
  } catch {
    return null;
  }
}

function writeLanguagePreference(key: string, locale: Locale): void {
  try {
    window.localStorage.setItem(key, locale);
  } catch {
    // Not remembered; the language still changes now.
  }
}

/** The app's current language and a setter that switches at once and remembers the choice. */
export function useLanguagePreference(key: string): [Locale, (locale: Locale) => void] {
  const { i18n } = useTranslation();
  const setLanguage = useCallback(
    (locale: Locale) => {
      writeLanguagePreference(key, locale);
      void i18n.changeLanguage(locale);
    },
    [i18n, key],
  );
  return [toLocale(i18n.language), setLanguage];
}
