import { Inflate } from 'fflate';

/**
 * Opens a zip archive (an .xlsx) under a byte budget, before any spreadsheet reader sees it. The sizes
 * in a zip's headers are the sender's claim, so they are checked and then not trusted: entries are
 * inflated in small steps and counting stops the moment the budget is spent. Entries that share bytes
 * (the "overlapping files" bomb, where one compressed stream is referenced many times) are refused.
 */

/** A zip entry's name and its inflated bytes. */
export type ZipEntries = Map<string, Uint8Array>;

/** Why an archive was refused. */
export type ZipGuardFailure = 'zipBomb' | 'invalid';

/** The outcome of opening an archive: its entries, or why it was refused. */
export type ZipGuardResult = { readonly ok: true; readonly entries: ZipEntries } | { readonly ok: false; readonly reason: ZipGuardFailure };

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
}

const pushStep = 16 * 1024;

function readCentralDirectory(bytes: Uint8Array): CentralEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is within the last 64 KB + 22 bytes (comment length).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: CentralEntry[] = [];
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({
      name: names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      declaredSize: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

class BudgetExceeded extends Error {}

/**
 * Inflates the entries whose name passes `wanted`, never producing more than `budget` bytes in total.
 * Returns `zipBomb` as soon as the budget is exceeded (declared or actual), `invalid` for a damaged
 * or unsupported archive (ZIP64, encryption, unknown compression).
 */
export function openZipWithinBudget(bytes: Uint8Array, budget: number, wanted: (name: string) => boolean): ZipGuardResult {
  const central = readCentralDirectory(bytes);
  if (central === null) return { ok: false, reason: 'invalid' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const selected = central.filter((entry) => wanted(entry.name));
  let declaredTotal = 0;
  for (const entry of selected) declaredTotal += entry.declaredSize;
  if (declaredTotal > budget) return { ok: false, reason: 'zipBomb' };

  // Data ranges of all entries, sorted, must not overlap.
  const ranges: { start: number; end: number; entry: CentralEntry }[] = [];
  for (const entry of central) {
    const local = entry.localOffset;
    if (entry.compressedSize === 0xffffffff || local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) {
      return { ok: false, reason: 'invalid' };
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) return { ok: false, reason: 'invalid' };
    ranges.push({ start: local, end, entry });
  }
  ranges.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) {
    const previous = ranges[i - 1];
    const current = ranges[i];
    if (previous !== undefined && current !== undefined && current.start < previous.end) return { ok: false, reason: 'zipBomb' };
  }

  const entries: ZipEntries = new Map();
  let spent = 0;
  try {
    for (const { entry, end } of ranges) {
      if (!wanted(entry.name)) continue;
      const data = bytes.subarray(end - entry.compressedSize, end);
      // Bit 0 of the general-purpose flags: encrypted.
      if ((view.getUint16(entry.localOffset + 6, true) & 1) !== 0) return { ok: false, reason: 'invalid' };
      if (entry.method === 0) {
        spent += data.length;
        if (spent > budget) throw new BudgetExceeded();
        entries.set(entry.name, data.slice());
      } else if (entry.method === 8) {
        entries.set(
          entry.name,
          inflateCounted(
            data,
            () => budget - spent,
            (n) => (spent += n),
          ),
        );
      } else {
        return { ok: false, reason: 'invalid' };
      }
    }
  } catch (error) {
    if (error instanceof BudgetExceeded) return { ok: false, reason: 'zipBomb' };
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, entries };
}

function inflateCounted(data: Uint8Array, remaining: () => number, spend: (n: number) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (chunk.length > remaining()) throw new BudgetExceeded();
    spend(chunk.length);
    chunks.push(chunk);
    length += chunk.length;
  });
  // Small pushes bound what one step can produce (deflate expands at most about 1032:1).
  for (let offset = 0; offset < data.length; offset += pushStep) {
    inflater.push(data.subarray(offset, offset + pushStep), offset + pushStep >= data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
