/** One measured file or group: its name, gzipped bytes, and its budget in bytes (null: not budgeted). */
export type BundleRow = [name: string, bytes: number, budget: number | null];

/** Rows for the remote built in DIST_DIR (read when the module is first imported). */
export function measureBundle(): BundleRow[];

/** Prints the table; returns the names over budget. */
export function printBundleTable(rows: BundleRow[]): string[];
