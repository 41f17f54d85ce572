import { z } from 'zod';
import type { TemplateColumn } from '../contract/template';
import { compileRule, defaultValue } from './cell-rules';

/**
 * The zod schema of one row, built at run time from the template descriptor, for forms (add one seat)
 * and API edges. It wraps the same checkers the bulk validator calls, so both agree by construction;
 * each issue's `message` is the i18n key and its `params` the interpolation values.
 */
export function buildRowSchema(columns: readonly TemplateColumn[]) {
  const shape: Record<string, z.ZodType<string, string>> = {};
  for (const column of columns) {
    const checker = compileRule(column.rule);
    shape[column.key] = z.string().transform((input, ctx) => {
      const value = input.trim();
      if (value === '') {
        const fallback = defaultValue(column);
        if (fallback === '' && column.required) ctx.addIssue({ code: 'custom', message: 'cell.required', params: {} });
        return fallback;
      }
      const result = checker(value);
      if (typeof result === 'string') return result;
      ctx.addIssue({ code: 'custom', message: result.messageKey, params: { ...result.params } });
      return z.NEVER;
    });
  }
  // The condition is checked even when other cells failed (`when`), so a form reports every problem at
  // once, as the bulk validator does; a failed cell holds no string, so it neither meets nor triggers one.
  return z.object(shape).superRefine(
    (row, ctx) => {
      for (const column of columns) {
        const condition = column.requiredWhen;
        const own: unknown = row[column.key];
        if (condition === undefined || own !== '') continue;
        const other: unknown = row[condition.column];
        if (typeof other !== 'string' || other === '') continue;
        if (condition.values.some((value) => value.toLowerCase() === other.toLowerCase())) {
          ctx.addIssue({ code: 'custom', path: [column.key], message: 'cell.requiredWhen', params: { value: other } });
        }
      }
    },
    { when: () => true },
  );
}
