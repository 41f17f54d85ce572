import { z } from 'zod';
import { csvTextSchema } from './common';
import { defineRoute } from './route';

/**
 * The seat template descriptor that the backend serves (`GET /api/v1/seat-template`). The app reads it
 * at run time, so the backend can change columns, rules and allowed values without a new release.
 */

/** How one column's values are checked and normalised. */
export const columnRuleSchema = z.discriminatedUnion('type', [
  /** Free text with a length range (after trimming). */
  z.object({ type: z.literal('text'), minLength: z.number().int().min(0), maxLength: z.number().int().positive() }),
  /** An email address; compared case-insensitively for uniqueness. */
  z.object({ type: z.literal('email'), maxLength: z.number().int().positive() }),
  /** Digits only, leading zeros kept. */
  z.object({ type: z.literal('digits'), minLength: z.number().int().positive(), maxLength: z.number().int().positive() }),
  /** A NANP phone number in any common format, stored in E.164. */
  z.object({ type: z.literal('phone'), region: z.literal('NANP') }),
  /** One of a list of values, matched case-insensitively and written back in canonical form. */
  z.object({ type: z.literal('choice'), values: z.array(z.string()).min(1), default: z.string().optional() }),
  /** A MAC address: 12 hex digits, separators allowed, stored as 12 upper-case hex digits. */
  z.object({ type: z.literal('mac') }),
]);
export type ColumnRule = z.infer<typeof columnRuleSchema>;

export const templateColumnSchema = z.object({
  /** Stable machine name, for example `firstName`. */
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  /** The header as it appears in the template file, for example `First Name`. */
  header: z.string().min(1),
  /**
   * The column's name shown to people, by language code (`{ fr: 'Prénom', es: 'Nombre' }`). Optional,
   * per language: where a language has none the apps show the header. Files keep the header.
   */
  labels: z.record(z.string().regex(/^[a-z]{2,3}$/), z.string().min(1)).optional(),
  required: z.boolean(),
  /** Other headers that mean this column (`first_name`, `Given Name`). */
  synonyms: z.array(z.string()),
  /**
   * Headers that mean this column in files written in another language, by language code
   * (`{ fr: ['Courriel'], es: ['Correo electrónico'] }`). Optional: the labels already count as
   * synonyms; these add the other words people write. A file is matched against every language.
   */
  synonymsByLanguage: z.record(z.string().regex(/^[a-z]{2,3}$/), z.array(z.string().min(1))).optional(),
  rule: columnRuleSchema,
  /** Unique within the file and within the account. */
  unique: z.boolean(),
  /** Required when another column holds one of these values (a desk phone needs a MAC address). */
  requiredWhen: z.object({ column: z.string(), values: z.array(z.string()).min(1) }).optional(),
  /** Help text for the template and the form. */
  description: z.string().optional(),
  /** An example value. */
  example: z.string().optional(),
});
export type TemplateColumn = z.infer<typeof templateColumnSchema>;

export const seatTemplateSchema = z.object({
  version: z.string(),
  columns: z.array(templateColumnSchema).min(1),
});
export type SeatTemplate = z.infer<typeof seatTemplateSchema>;

/** The column keys of the default seat template, in order (the reference backend's template, mocks/data/seat-template.ts). */
export const seatColumnKeys = [
  'firstName',
  'lastName',
  'email',
  'extension',
  'site',
  'directNumber',
  'mobileNumber',
  'role',
  'deviceModel',
  'macAddress',
  'callerIdName',
  'addressBook',
] as const;
export type SeatColumnKey = (typeof seatColumnKeys)[number];

/** The seat template routes: the descriptor and the CSV file to fill in. */
export const templateRoutes = {
  getSeatTemplate: defineRoute({
    method: 'GET',
    path: '/api/v1/seat-template',
    summary: 'The seat template descriptor (columns, rules, allowed values)',
    auth: 'account',
    responses: { 200: seatTemplateSchema },
  }),
  getSeatTemplateCsv: defineRoute({
    method: 'GET',
    path: '/api/v1/seat-template.csv',
    summary: 'The seat template as a CSV file (headers and one example row)',
    auth: 'account',
    produces: 'text/csv',
    responses: { 200: csvTextSchema },
  }),
} as const;
