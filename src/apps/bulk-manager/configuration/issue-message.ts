import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateColumn } from '../../../contract';
import type { MessageParams } from '../../../import';
import { useSeatNames } from '../shared/use-seat-names';

/** Turns an issue of a template column into its message in the user's language. */
export type IssueMessage = (column: TemplateColumn | undefined, messageKey: string, params: MessageParams, columns: readonly TemplateColumn[]) => string;

/**
 * The message of an issue as the preview shows it: a value the app owns is listed as the file must
 * hold it with its name in the user's language, and "required when" names the other column as the
 * app does. Shared by the grid's cells and the error summary, so both say the same.
 */
export function useIssueMessage(): IssueMessage {
  const { t } = useTranslation('bulk');
  const names = useSeatNames();
  return useMemo(() => {
    const allowedOf = (column: TemplateColumn | undefined) =>
      column?.rule.type === 'choice' && column.rule.values.some((value) => names.value(column.key, value) !== value)
        ? {
            allowed: column.rule.values
              .map((value) => (names.value(column.key, value) === value ? value : `${value} (${names.value(column.key, value)})`))
              .join(', '),
          }
        : {};
    return (column, messageKey, params, columns) => {
      const dependsOn = column?.requiredWhen?.column;
      const other = messageKey === 'cell.requiredWhen' ? columns.find((item) => item.key === dependsOn) : undefined;
      return t(`import:${messageKey}`, {
        ...params,
        ...(other ? { other: names.column(other) } : {}),
        ...(messageKey === 'cell.notAllowed' ? allowedOf(column) : {}),
      });
    };
  }, [t, names]);
}
