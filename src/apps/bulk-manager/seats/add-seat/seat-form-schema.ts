import type { FieldErrors, Resolver } from 'react-hook-form';
import { z } from 'zod';
import { seatInputSchema, type SeatInput, type TemplateColumn } from '../../../../contract';
import { buildRowSchema } from '../../../../import';

/**
 * The Add seat form's values: one string per template column (as a cell of the template file would
 * hold it), and whether to send the login details by SMS.
 */
export interface SeatFormValues {
  fields: Record<string, string>;
  sendSms: boolean;
}

/** A problem of one field, not yet translated: an i18n key (with its namespace) and its values. */
export interface FieldProblem {
  key: string;
  params: Record<string, unknown>;
}

/** The column that holds the mobile number an SMS goes to. */
export const MOBILE_COLUMN = 'mobileNumber';
/** The column shown as the "Add to global address book" checkbox. */
export const ADDRESS_BOOK_COLUMN = 'addressBook';

/** The form's first values: every column empty, or its default (Role `User`, Address Book `Yes`). */
export function emptySeatForm(columns: readonly TemplateColumn[]): SeatFormValues {
  const fields: Record<string, string> = {};
  for (const column of columns) fields[column.key] = column.rule.type === 'choice' ? (column.rule.default ?? '') : '';
  return { fields, sendSms: false };
}

/** How the form names a column to the user (the descriptor's label in their language). */
export type ColumnName = (column: TemplateColumn) => string;

function nameOf(columns: readonly TemplateColumn[], key: string | undefined, name: ColumnName): string {
  const column = columns.find((item) => item.key === key);
  return column ? name(column) : (key ?? '');
}

/**
 * Checks the form with the template's own rules (the zod schema the import engine builds from the
 * descriptor, so a seat added here obeys exactly what a file row obeys) plus the form's one rule of
 * its own: an SMS needs a mobile number. Returns the normalised cells, or the problems by column;
 * a problem that names another column names it with `name`.
 */
export function checkSeatForm(columns: readonly TemplateColumn[], rowSchema: ReturnType<typeof buildRowSchema>, values: SeatFormValues, name: ColumnName) {
  const problems: Record<string, FieldProblem> = {};
  const parsed = rowSchema.safeParse(values.fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? '');
      if (problems[column]) continue;
      const params: Record<string, unknown> = 'params' in issue && issue.params ? { ...issue.params } : {};
      if (issue.message === 'cell.requiredWhen') {
        const condition = columns.find((item) => item.key === column)?.requiredWhen;
        params.other = nameOf(columns, condition?.column, name);
      }
      problems[column] = { key: `import:${issue.message}`, params };
    }
  }
  if (values.sendSms && (values.fields[MOBILE_COLUMN] ?? '').trim() === '' && !problems[MOBILE_COLUMN]) {
    problems[MOBILE_COLUMN] = { key: 'bulk:seats.add.smsNeedsMobile', params: {} };
  }
  return parsed.success && Object.keys(problems).length === 0 ? { ok: true as const, cells: parsed.data } : { ok: false as const, problems };
}

/**
 * A react-hook-form resolver around {@link checkSeatForm}. Messages are translated here because a
 * rule's message needs its values ("At most 15 characters"), which react-hook-form's errors cannot carry.
 */
export function seatFormResolver(
  columns: readonly TemplateColumn[],
  translate: (key: string, params: Record<string, unknown>) => string,
  name: ColumnName,
): Resolver<SeatFormValues> {
  const rowSchema = buildRowSchema(columns);
  return (values) => {
    const result = checkSeatForm(columns, rowSchema, values, name);
    if (result.ok) return { values: { fields: result.cells, sendSms: values.sendSms }, errors: {} };
    const fields: Record<string, { type: string; message: string }> = {};
    for (const [column, problem] of Object.entries(result.problems)) fields[column] = { type: 'validate', message: translate(problem.key, problem.params) };
    const errors: FieldErrors<SeatFormValues> = { fields };
    return { values: noValues, errors };
  };
}

/** What a failed resolver returns as values (react-hook-form's shape for "none"). */
const noValues: Record<string, never> = {};

const optional = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/**
 * The API's seat from the form's normalised cells. The contract's schema checks it once more, so a
 * template the API does not match (a column renamed on one side) is caught here, not sent.
 */
export function toSeatInput(cells: Record<string, string>): { ok: true; seat: SeatInput } | { ok: false; error: z.ZodError } {
  const candidate = {
    firstName: cells.firstName,
    lastName: cells.lastName,
    email: cells.email,
    extension: cells.extension,
    site: cells.site,
    directNumber: optional(cells.directNumber),
    mobileNumber: optional(cells.mobileNumber),
    role: optional(cells.role),
    deviceModel: optional(cells.deviceModel),
    macAddress: optional(cells.macAddress),
    callerIdName: optional(cells.callerIdName),
    addressBook: cells.addressBook === undefined || cells.addressBook === '' ? undefined : cells.addressBook.toLowerCase() === 'yes',
  };
  const parsed = seatInputSchema.safeParse(candidate);
  return parsed.success ? { ok: true, seat: parsed.data } : { ok: false, error: parsed.error };
}
