import type { HostAccount } from '../../../bridge/contract';
import type { SeatInput, SeatJobRowResult } from '../../../contract';

/**
 * The data of a bulk creation, as the runner keeps it and the store persists it. A run is one user's
 * creation of one file's rows; it has one pass (a server job) per send: the first with every row,
 * then one per "Retry failed rows" with only the rows whose latest result is a failure.
 */

/** One row to create. */
export interface JobRow {
  /** The row number the user sees in their spreadsheet (messages and the summary file). */
  readonly userRow: number;
  /** The user's values in template column order, as typed (the summary file repeats them). */
  readonly raw: readonly string[];
  /** The seat as the API takes it (normalised values). */
  readonly seat: SeatInput;
}

/** One send of rows as a server job. In the job, row number `i + 1` is `rows[rowIndexes[i]]`. */
export interface JobPass {
  /** Null until the server opened the job (the open request is idempotent, see {@link openKey}). */
  readonly jobId: string | null;
  readonly rowIndexes: readonly number[];
  readonly chunkSize: number;
}

/** What survives a reload: everything but the rows' outcomes, which the server's job keeps. */
export interface JobMeta {
  readonly runId: string;
  /** The host user who started it: only they get it back after a reload. */
  readonly userId: string;
  /** The account the run is bound to, whatever account is current later. */
  readonly account: HostAccount;
  readonly fileName: string;
  /** The user's headers in template column order (the summary file's first columns). */
  readonly userHeaders: readonly string[];
  readonly startedAt: string;
  readonly passes: readonly JobPass[];
  /** Set when the user cancelled: after a reload the run is closed instead of finished. */
  readonly cancelled: boolean;
}

/** The outcome of one row, latest first wins. */
export type RowOutcome =
  | { readonly status: 'created'; readonly seatId: string; readonly createdAt: string }
  | { readonly status: 'failed'; readonly code: string; readonly message: string; readonly fieldErrors?: Readonly<Record<string, string>> };

/** The idempotency key of chunk `chunk` of pass `pass`: derived, so it is the same after a reload. */
export function chunkKey(runId: string, pass: number, chunk: number): string {
  return `${runId}-p${pass}-c${chunk}`;
}

/** The idempotency key of the request that opens pass `pass`'s server job. */
export function openKey(runId: string, pass: number): string {
  return `${runId}-p${pass}-open`;
}

/** How many chunks a pass has. */
export function chunkCount(pass: JobPass): number {
  return Math.ceil(pass.rowIndexes.length / pass.chunkSize);
}

/** The job row numbers (1-based) of one chunk of a pass. */
export function chunkRowNumbers(pass: JobPass, chunk: number): number[] {
  const start = chunk * pass.chunkSize;
  const end = Math.min(pass.rowIndexes.length, start + pass.chunkSize);
  const numbers: number[] = [];
  for (let position = start; position < end; position++) numbers.push(position + 1);
  return numbers;
}

/** A row's outcome from the server's result. */
export function outcomeOf(result: SeatJobRowResult): RowOutcome {
  return result.status === 'created'
    ? { status: 'created', seatId: result.seatId, createdAt: result.createdAt }
    : { status: 'failed', code: result.code, message: result.message, fieldErrors: result.fieldErrors };
}

/**
 * The seat of a checked row, from its normalised values keyed by template column key. Empty optional
 * values are left out; the template's Yes/No and role choices arrive in canonical form.
 */
export function seatFromValues(values: Readonly<Record<string, string>>): SeatInput {
  const optional = (key: string): string | undefined => {
    const value = values[key] ?? '';
    return value === '' ? undefined : value;
  };
  return {
    firstName: values.firstName ?? '',
    lastName: values.lastName ?? '',
    email: values.email ?? '',
    extension: values.extension ?? '',
    site: values.site ?? '',
    directNumber: optional('directNumber'),
    mobileNumber: optional('mobileNumber'),
    role: values.role === 'Admin' ? 'Admin' : 'User',
    deviceModel: optional('deviceModel'),
    macAddress: optional('macAddress'),
    callerIdName: optional('callerIdName'),
    addressBook: values.addressBook !== 'No',
  };
}
