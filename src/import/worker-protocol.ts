import type { SeatValidationRequest, SeatValidationResponse } from '../contract/seat-validation';
import type { TemplateColumn } from '../contract/template';
import type { ImportLimits } from './limits';
import type { PackedRows } from './packed-rows';
import type { AccountIssue, ImportOutcome, ImportProgress } from './pipeline';

/**
 * Messages between the page and the import worker. One worker runs one job at a time; `jobId` ties
 * every message to its job so a late message of a cancelled job is ignored.
 */

/** Page to worker. */
export type ToImportWorker =
  | {
      readonly type: 'start';
      readonly jobId: number;
      readonly file: File;
      readonly columns: readonly TemplateColumn[];
      readonly limits?: Partial<ImportLimits>;
      /** The admin's mapping of columns (see `RunImportOptions.columnChoice`). */
      readonly columnChoice?: readonly number[];
      /** The sheet of a workbook to read (see `RunImportOptions.sheet`). */
      readonly sheet?: string;
      /** When true the worker asks the page for account checks (`account-request`). */
      readonly checkAccount: boolean;
      readonly batchSize?: number;
    }
  | { readonly type: 'cancel'; readonly jobId: number }
  | {
      readonly type: 'account-response';
      readonly jobId: number;
      readonly requestId: number;
      /** Absent when the check failed on the page side (the import goes on without it). */
      readonly response?: SeatValidationResponse;
    };

/** Worker to page. */
export type FromImportWorker =
  | { readonly type: 'progress'; readonly jobId: number; readonly progress: ImportProgress }
  | { readonly type: 'rows'; readonly jobId: number; readonly batch: PackedRows }
  | { readonly type: 'account-issues'; readonly jobId: number; readonly issues: AccountIssue[] }
  | { readonly type: 'account-request'; readonly jobId: number; readonly requestId: number; readonly request: SeatValidationRequest }
  | { readonly type: 'done'; readonly jobId: number; readonly outcome: ImportOutcome }
  | { readonly type: 'cancelled'; readonly jobId: number }
  | { readonly type: 'failed'; readonly jobId: number; readonly message: string };
