import { getSeatJob, type ApiClient, type ApiError } from '../../../../api';
import type { SeatJob, SeatJobRowResult } from '../../../../contract';
import { writeSummaryCsv, type SummaryRow, type Translate } from '../../../../import';

/** The most results one request may ask for (the contract's page limit). */
const RESULTS_PER_REQUEST = 500;

/** Texts of the summary that are not in the import engine's namespace. */
export interface SummaryTexts {
  /** Header of the row-number column, e.g. "Row". */
  rowColumn: string;
  created: string;
  failed: string;
  /** The reason of a failure code, e.g. `taken` -> "Already used by another seat". */
  failure(code: string, fieldErrors: Record<string, string> | undefined): string;
}

/**
 * One line of the summary. The backend keeps each row's outcome, not the values the user uploaded, so a
 * summary downloaded again later names each row by its number in the file.
 */
export function summaryRowOf(result: SeatJobRowResult, texts: SummaryTexts): SummaryRow {
  const raw = [String(result.rowNumber)];
  if (result.status === 'created') return { raw, userId: result.seatId, createdAt: new Date(result.createdAt), result: texts.created };
  return { raw, result: texts.failed, error: texts.failure(result.code, result.fieldErrors) };
}

/** Every row result of a job, page after page. */
export async function fetchAllResults(client: ApiClient, jobId: string, signal?: AbortSignal): Promise<{ ok: true; job: SeatJob; results: SeatJobRowResult[] } | { ok: false; error: ApiError }> {
  const first = await getSeatJob(client, jobId, { limit: RESULTS_PER_REQUEST }, { signal });
  if (!first.ok) return first;
  const results = [...first.value.results.items];
  let cursor = first.value.results.nextCursor;
  while (cursor !== null) {
    const page = await getSeatJob(client, jobId, { cursor, limit: RESULTS_PER_REQUEST }, { signal });
    if (!page.ok) return page;
    results.push(...page.value.results.items);
    cursor = page.value.results.nextCursor;
  }
  return { ok: true, job: first.value.job, results };
}

/** The job's summary file, written by the one CSV writer. */
export function jobSummaryCsv(results: readonly SeatJobRowResult[], texts: SummaryTexts, translate: Translate): string {
  return writeSummaryCsv(
    [texts.rowColumn],
    results.map((result) => summaryRowOf(result, texts)),
    translate,
  );
}

/** The summary's file name: the uploaded file's name without extension, then `-summary.csv`. */
export function summaryFileName(job: Pick<SeatJob, 'id' | 'fileName'>): string {
  const base = job.fileName.replace(/\.[^.]+$/, '').trim() || job.id;
  return `${base}-summary.csv`;
}
