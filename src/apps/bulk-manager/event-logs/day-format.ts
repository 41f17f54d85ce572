/**
 * Days written the way the app's language writes them (31/01/2025 in French and Spanish, 01/31/2025
 * in English), not the browser's: a native date input follows the browser's locale, whatever the
 * language the user chose in the portal. The order of day, month and year comes from Intl.
 */

type DayPart = 'day' | 'month' | 'year';

/** One language's way of writing a day. */
export interface DayFormat {
  /** A `YYYY-MM-DD` day as the language writes it (`31/01/2025`); any other text as it is. */
  format(isoDay: string): string;
  /**
   * The `YYYY-MM-DD` day a text means in this language, or null when it is no day of the calendar.
   * Day and month may have one digit and any of `/ . -` or a space between them; a `YYYY-MM-DD`
   * text (pasted from a file) is read as it is.
   */
  parse(text: string): string | null;
  /** The pattern to show as a hint, with the language's letters (`jj/mm/aaaa`). */
  pattern(letters: Readonly<Record<DayPart, string>>): string;
}

const widths: Readonly<Record<DayPart, number>> = { day: 2, month: 2, year: 4 };

function isDayPart(type: string): type is DayPart {
  return type === 'day' || type === 'month' || type === 'year';
}

/** `YYYY-MM-DD` of a calendar day, or null when the day does not exist (31 April, 29 February 2025). */
function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How `locale` writes a day with two-digit day and month and a four-digit year. */
export function dayFormat(locale: string): DayFormat {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(2025, 0, 31)),
  );
  const order = parts.map((part) => part.type).filter(isDayPart);
  const separator = parts.find((part) => part.type === 'literal')?.value ?? '/';
  const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
  const localPattern = /^(\d{1,4})[/.\-\s]+(\d{1,4})[/.\-\s]+(\d{1,4})$/;
  return {
    format: (text) => {
      const match = isoPattern.exec(text);
      if (!match) return text;
      const values: Record<DayPart, string> = { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
      return order.map((part) => values[part]).join(separator);
    },
    parse: (text) => {
      const trimmed = text.trim();
      const iso = isoPattern.exec(trimmed);
      if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      const local = localPattern.exec(trimmed);
      if (!local) return null;
      const values: Partial<Record<DayPart, string>> = {};
      for (const [at, part] of order.entries()) values[part] = local[at + 1];
      if (values.year?.length !== 4 || (values.day?.length ?? 0) > 2 || (values.month?.length ?? 0) > 2) return null;
      return isoDay(Number(values.year), Number(values.month), Number(values.day));
    },
    pattern: (letters) => order.map((part) => letters[part].repeat(widths[part])).join(separator),
  };
}
