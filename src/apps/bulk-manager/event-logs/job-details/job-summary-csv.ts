import { getSeatJob, getSeatTemplate, type ApiClient, type ApiError } from '../../../../api';
import type { SeatInputParsed, SeatJob, SeatJobRowRecord, TemplateColumn } from '../../../../contract';
import { writeSummaryCsv, type SummaryRow, type Translate } from '../../../../import';

/** The most results one request may ask for (the contract's page limit). */
const RESULTS_PER_REQUEST = 500;

/** Texts of the summary that are not in the import engine's namespace. */
export interface SummaryTexts {
  created: string;
  failed: string;
  /** The reason of a failure code, e.g. `taken` -> "Already used by another seat". */
  failure(code: string, fieldErrors: Record<string, string> | undefined): string;
}

/**
 * The template cell of a seat's value. The server keeps values as it received them: normalised (numbers
 * in E.164, MAC addresses as 12 hex digits, extensions with their leading zeros), and the address-book
 * flag as a boolean, written back as the template's `Yes` / `No`. A column the seat has no value for
 * (an optional one left empty, or one the template gained later) stays empty.
 */
export function seatCell(seat: SeatInputParsed, key: string): string {
  const value = new Map<string, string | boolean | undefined>(Object.entries(seat)).get(key);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return value ?? '';
}

/** One line of the summary: the row's values in template column order, then its outcome. */
export function summaryRowOf(record: SeatJobRowRecord, columns: readonly TemplateColumn[], texts: SummaryTexts): SummaryRow {
  const raw = columns.map((column) => seatCell(record.seat, column.key));
  if (record.status === 'created') return { raw, userId: record.seatId, createdAt: new Date(record.createdAt), result: texts.created };
  return { raw, result: texts.failed, error: texts.failure(record.code, record.fieldErrors) };
}

/** What a summary is built from: the job, every row record, and the template's columns. */
export interface SummarySource {
  job: SeatJob;
  columns: readonly TemplateColumn[];
  records: SeatJobRowRecord[];
}

/** The template and every row record of a job, page after page. */
export async function fetchSummarySource(
  client: ApiClient,
  jobId: string,
  signal?: AbortSignal,
): Promise<({ ok: true } & SummarySource) | { ok: false; error: ApiError }> {
  const [template, first] = await Promise.all([getSeatTemplate(client, { signal }), getSeatJob(client, jobId, { limit: RESULTS_PER_REQUEST }, { signal })]);
  if (!template.ok) return template;
  if (!first.ok) return first;
  const records = [...first.value.results.items];
  let cursor = first.value.results.nextCursor;
  while (cursor !== null) {
    const page = await getSeatJob(client, jobId, { cursor, limit: RESULTS_PER_REQUEST }, { signal });
    if (!page.ok) return page;
    records.push(...page.value.results.items);
    cursor = page.value.results.nextCursor;
  }
  return { ok: true, job: first.value.job, columns: template.value.columns, records };
}

/**
 * The job's summary file, as the Configuration tab offers it when a creation ends: the template's
 * headers with each row's values, then User ID, Created At (ISO 8601), Result and Error, written by
 * the one CSV writer (formula-like cells neutralised).
 */
export function jobSummaryCsv(columns: readonly TemplateColumn[], records: readonly SeatJobRowRecord[], texts: SummaryTexts, translate: Translate): string {
  return writeSummaryCsv(
    columns.map((column) => column.header),
    records.map((record) => summaryRowOf(record, columns, texts)),
    translate,
  );
}

/** The summary's file name: the uploaded file's name without extension, then `-summary.csv`. */
export function summaryFileName(job: Pick<SeatJob, 'id' | 'fileName'>): string {
  const base = job.fileName.replace(/\.[^.]+$/, '').trim() || job.id;
  return `${base}-summary.csv`;
}
