import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateColumn } from '../../../contract';

/** How a seat's columns and the values the app owns are named to the user, in the app's language. */
export interface SeatNames {
  /** A template column's name where columns are shown (the preview): the descriptor's label in the current language, else its header. */
  column(column: TemplateColumn): string;
  /**
   * A template column's name as a form field: the descriptor's label in the current language; where
   * the descriptor has none, the form's own name for a column the app knows (a backend that sends no
   * labels still gets a translated form), otherwise the header.
   */
  field(column: TemplateColumn): string;
  /**
   * A value of a choice column the app owns (Role `User`/`Admin`, Address Book `Yes`/`No`) in the
   * current language; any other value (sites, device models: the account's own) as it is. Values are
   * stored and sent canonical: only what is shown is translated.
   */
  value(columnKey: string, value: string): string;
}

/** The values whose names the app owns, by column key: canonical, as the API and the files hold them. */
const ownedValues: Readonly<Record<string, readonly string[]>> = { role: ['User', 'Admin'], addressBook: ['Yes', 'No'] };

/** {@link SeatNames} for the current language; they follow a change of language. */
export function useSeatNames(): SeatNames {
  const { t, i18n } = useTranslation('bulk');
  const language = i18n.language;
  return useMemo(
    () => ({
      column: (column) => column.labels?.[language] ?? column.header,
      field: (column) => column.labels?.[language] ?? t(`seats.fields.${column.key}`, { defaultValue: column.header }),
      value: (columnKey, value) => (ownedValues[columnKey]?.includes(value) ? t(`seats.values.${columnKey}.${value}`) : value),
    }),
    [t, language],
  );
}
