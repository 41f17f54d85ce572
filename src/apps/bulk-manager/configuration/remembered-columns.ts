import type { TemplateColumn } from '../../../contract/template';
import { normaliseHeader } from '../../../import';

/**
 * The mapping of columns an admin used, remembered for their next file with the same headers, per user
 * and account, in the browser's localStorage. Only header names are kept, never a value of the file:
 * the headers of the file and, per template column key, the position of its header among them.
 */

interface RememberedEntry {
  readonly headers: readonly string[];
  readonly sources: Readonly<Record<string, number>>;
}

/** Files remembered per user and account: the most recent first. */
const maxEntries = 10;

const storageKey = (userId: string, accountId: string): string => `portal-apps.bulk-manager.columns.v1:${userId}:${accountId}`;
const signature = (headers: readonly string[]): string => headers.map(normaliseHeader).join('\u0001');

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A host page in a sandboxed frame may deny storage: remembering is then simply off.
    return null;
  }
}

function readEntries(key: string): RememberedEntry[] {
  const text = storage()?.getItem(key);
  if (text === null || text === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is RememberedEntry =>
        typeof entry === 'object' &&
        entry !== null &&
        Array.isArray(entry.headers) &&
        entry.headers.every((h: unknown) => typeof h === 'string') &&
        typeof entry.sources === 'object' &&
        entry.sources !== null,
    );
  } catch {
    return [];
  }
}

/** Where the remembered mapping is kept. */
export interface RememberedColumnsScope {
  readonly userId: string;
  readonly accountId: string;
}

/** Keeps `choice` (per template column, the file column or -1) for the next file headed `headers`. */
export function rememberColumns(
  scope: RememberedColumnsScope,
  columns: readonly TemplateColumn[],
  headers: readonly string[],
  choice: readonly number[],
): void {
  const key = storageKey(scope.userId, scope.accountId);
  const sources: Record<string, number> = {};
  columns.forEach((column, index) => {
    sources[column.key] = choice[index] ?? -1;
  });
  const mine = signature(headers);
  const entries = [{ headers: [...headers], sources }, ...readEntries(key).filter((entry) => signature(entry.headers) !== mine)].slice(0, maxEntries);
  try {
    storage()?.setItem(key, JSON.stringify(entries));
  } catch {
    // Storage full or denied: the next upload is matched afresh.
  }
}

/** The mapping last used for a file headed `headers`, per template column, or null when there is none. */
export function rememberedColumns(scope: RememberedColumnsScope, columns: readonly TemplateColumn[], headers: readonly string[]): number[] | null {
  const mine = signature(headers);
  const entry = readEntries(storageKey(scope.userId, scope.accountId)).find((candidate) => signature(candidate.headers) === mine);
  if (entry === undefined) return null;
  return columns.map((column) => {
    const source = entry.sources[column.key];
    return typeof source === 'number' && Number.isInteger(source) && source >= 0 && source < headers.length ? source : -1;
  });
}
