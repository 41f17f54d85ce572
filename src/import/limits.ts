/** Limits enforced while a file is read (never after), so a hostile file cannot exhaust memory. */
export interface ImportLimits {
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
  /** Most data rows accepted (the header and title lines are not counted). */
  readonly maxRows: number;
  /** Most bytes an .xlsx may inflate to, all entries together (zip bombs). */
  readonly maxInflatedBytes: number;
  /** How many rows from the top are searched for the header row (title lines above it). */
  readonly headerSearchRows: number;
}

/**
 * Defaults that cover the 100,000-row target with room to spare: a 12-column seat row is about
 * 150 bytes in CSV and about 1 KB of XML once an .xlsx is inflated.
 */
export const defaultImportLimits: ImportLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxRows: 100_000,
  maxInflatedBytes: 256 * 1024 * 1024,
  headerSearchRows: 10,
};
