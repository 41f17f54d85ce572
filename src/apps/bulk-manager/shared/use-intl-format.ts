import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers written the way the current language writes them. */
export interface IntlFormat {
  /** An ISO timestamp as a date and time (`Jan 15, 2025, 9:30 AM`, `15 janv. 2025, 09:30`). */
  dateTime(iso: string): string;
  /** A count (`1,250`, `1 250`). */
  number(value: number): string;
}

/** Intl formatters for the app's current language; they follow a change of language. */
export function useIntlFormat(): IntlFormat {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(language);
    return {
      dateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
      number: (value) => number.format(value),
    };
  }, [language]);
}
