import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui';
import { dayFormat } from './day-format';

/** Props of {@link DayField}. */
export interface DayFieldProps {
  readonly label: string;
  /** The day (`YYYY-MM-DD`), '' for none, or the text last committed when it was no day. */
  readonly value: string;
  /** Called when the user leaves the field or presses Enter: the day, '' when emptied, or the text as typed when it is no day. */
  readonly onCommit: (value: string) => void;
  readonly error?: string;
}

/**
 * A day typed the way the app's language writes it, with the pattern shown under the label (a native
 * date input would follow the browser's language instead). It is read when the user leaves the field
 * or presses Enter, not on each keystroke, so a half-typed day is not reported as an error.
 */
export function DayField({ label, value, onCommit, error }: DayFieldProps) {
  const { t, i18n } = useTranslation('bulk');
  const days = useMemo(() => dayFormat(i18n.language), [i18n.language]);
  // What the user is typing; null shows the committed value in the language's format.
  const [draft, setDraft] = useState<string | null>(null);
  const pattern = days.pattern({
    day: t('eventLogs.filters.dateLetters.day'),
    month: t('eventLogs.filters.dateLetters.month'),
    year: t('eventLogs.filters.dateLetters.year'),
  });
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    setDraft(null);
    onCommit(text === '' ? '' : (days.parse(text) ?? text));
  };
  return (
    <TextField
      label={label}
      description={t('eventLogs.filters.dateHint', { pattern })}
      value={draft ?? days.format(value)}
      autoComplete="off"
      spellCheck={false}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      error={error}
    />
  );
}
