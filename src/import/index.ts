/**
 * The bulk-import engine, UI-free. A UI creates the engine once with `createImportWorker()`, runs a file
 * through it with `run(file, template.columns, { validateAccount, onRows, onProgress, signal })`, feeds
 * each `onRows` batch and `onAccountIssues` list into a `PreviewModel`, and shows the outcome's file
 * error or summary. Edits go to the model; downloads come from `writeErrorsCsv` / `writeSummaryCsv`.
 */

/** Creates the engine: a cross-origin-safe Web Worker, or in-process when workers are unavailable. */
export { createImportWorker } from './create-import-worker';
/** Options of one import run and the engine handle's type. */
export type { ImportJobOptions, ImportWorker } from './create-import-worker';
/** The worker's message protocol (page to worker, worker to page). */
export type { FromImportWorker, ToImportWorker } from './worker-protocol';
/** The whole pipeline in the current thread (what the worker runs); for tests, tools and the benchmark. */
export { runImport } from './pipeline';
/** Row batches as the worker sends them to the page and the preview keeps them. */
export { packRows } from './packed-rows';
export type { PackedRows } from './packed-rows';
/** Account-check requests from rows (batched at the contract's 5,000), responses to issues. */
export { accountIssuesFrom, buildAccountRequests } from './account-check';
/** Pipeline types: row batches, account issues, progress, summary, outcome, the injected account check. */
export type { AccountIssue, ColumnsReport, ImportOutcome, ImportProgress, ImportRowsBatch, ImportSummary, RunImportOptions, SeatValidator } from './pipeline';
/** Reading, reusable with another descriptor (the Teams assignments upload). */
export { readTable } from './read-table';
export type { ImportFile, ReadTableResult } from './read-table';
/** Header-row search and header mapping, descriptor-driven. */
export { headerSimilarity, mapHeaders, normaliseHeader, suggestMatches } from './header-mapping';
export type { ColumnMatch, HeaderMapping, HeaderMappingResult, HeaderSpec, MapHeadersOptions, MatchKind } from './header-mapping';
/** Encoding detection and decoding. */
export { decodeText, detectEncoding } from './decode';
export type { TextEncodingName } from './decode';
/** Delimiter and line-ending detection, delimited-text parsing. */
export { detectDelimiter, detectNewline, parseDelimited } from './csv-reader';
export type { Delimiter, RawTable } from './csv-reader';
/** Limits and their defaults (100,000 rows, 64 MB, 256 MB inflated). */
export { defaultImportLimits } from './limits';
export type { ImportLimits } from './limits';
/** Located errors, file-level errors and notices (i18n keys of the `import` namespace). */
export type { CellIssue, FileErrorCode, FileIssue, FileNotice, MessageParams } from './issues';
/** The rules of the template descriptor as cell checkers, and the NANP phone normaliser. */
export { checkNanpPhone, compileRule, visiblePieces } from './cell-rules';
export type { CellCheck, CellChecker, CellFailure, VisiblePiece } from './cell-rules';
/** Row checking and in-file uniqueness. */
export { checkRow, compileTemplate, UniquenessIndex } from './validate-rows';
export type { ColumnIssue, CompiledTemplate, RowCheck, RowValueReader } from './validate-rows';
/** Rows typed by the user but not read from a file (taken back from a bulk job), checked into a preview batch. */
export { rowsBatch } from './rows-batch';
export type { TypedRow } from './rows-batch';
/** The zod schema of one row, built from the descriptor (for forms such as "add one seat"). */
export { buildRowSchema } from './row-schema';
/** The editable preview model. */
export { PreviewModel } from './preview-model';
export type { ChoiceProblem, ErrorGroup, ErrorGroupKey, FindOptions, PreviewChangeKind, PreviewCounts, PreviewRow } from './preview-model';
/** The one CSV writer (BOM, CRLF, RFC 4180, formula injection neutralised). */
export { csvBlob, csvField, safeCell, writeCsv } from './csv-writer';
/** The errors file and the summary file. */
export { writeErrorsCsv, writeSummaryCsv } from './export-files';
export type { SummaryRow, Translate } from './export-files';
