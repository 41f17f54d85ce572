/**
 * Bytes to text. Spreadsheet programs save CSV as UTF-8 (with or without BOM), UTF-16 with a BOM
 * ("Unicode text") or, on Windows, the ANSI code page (Windows-1252 for en, fr and es users).
 */

/** The encodings the reader recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text decoded from a file, with the encoding that was recognised. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /**
   * In a UTF-8 file, the offsets in `text` of the characters read from bytes that were not UTF-8
   * (each such byte is read as Windows-1252), in ascending order; empty when every byte was UTF-8.
   */
  readonly foreignOffsets: readonly number[];
}

/** Which encoding the bytes are in: a BOM decides; otherwise UTF-8 when valid, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  return bomEncoding(bytes) ?? (isValidUtf8(bytes) ? 'utf-8' : 'windows-1252');
}

function bomEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  // Pure ASCII is the common case and needs no decoder at all.
  let i = 0;
  const n = bytes.length;
  while (i < n && (bytes[i] ?? 0) < 0x80) i++;
  if (i === n) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i));
    return true;
  } catch {
    return false;
  }
}

const noOffsets: readonly number[] = [];

/**
 * Decodes the bytes in the detected encoding. The BOM is dropped; a file that is valid in its own
 * encoding never yields U+FFFD.
 *
 * Bytes that are not valid UTF-8 are read as Windows-1252, where every byte is a character. When the
 * file also holds valid multi-byte UTF-8 sequences (or starts with a UTF-8 BOM), it is a UTF-8 file
 * with some rows saved by another program: each valid sequence is read as UTF-8 and only the other
 * bytes as Windows-1252, so neither part turns into mojibake, and `foreignOffsets` says where the
 * Windows-1252 characters are so that the user can be told which rows to check. Without any
 * multi-byte sequence the whole file is Windows-1252 (Excel's plain "CSV" on Windows).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom === null || bom === 'utf-8') {
    // One strict UTF-8 pass both validates and decodes (validating first would decode twice); the
    // decoder drops a UTF-8 BOM itself.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', foreignOffsets: noOffsets };
    } catch {
      const body = bom === null ? bytes : bytes.subarray(3);
      if (bom === null && !hasUtf8Sequence(body)) return { text: decodeWindows1252(body), encoding: 'windows-1252', foreignOffsets: noOffsets };
      return { ...decodeUtf8OrWindows1252(body), encoding: 'utf-8' };
    }
  }
  // TextDecoder drops the BOM that matches its encoding (ignoreBOM defaults to false).
  return { text: new TextDecoder(bom).decode(bytes), encoding: bom, foreignOffsets: noOffsets };
}

/** The second byte of a UTF-8 sequence by its lead byte (RFC 3629: no overlongs, no surrogates). */
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Length of the valid UTF-8 sequence at `at`, or 0 when the bytes there are not one. */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] ?? 0;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || at + length > bytes.length) return 0;
  const [low, high] = secondByteRange(lead);
  const second = bytes[at + 1] ?? 0;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[at + k] ?? 0;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** True when the bytes hold at least one valid multi-byte UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let at = 0; at < bytes.length; at++) if ((bytes[at] ?? 0) >= 0xc2 && utf8SequenceLength(bytes, at) > 0) return true;
  return false;
}

/**
 * Decodes bytes that mix UTF-8 and Windows-1252: valid UTF-8 sequences as UTF-8, other bytes as 1252,
 * with the offsets in the text of the characters read as 1252.
 */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): { readonly text: string; readonly foreignOffsets: readonly number[] } {
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  const foreignOffsets: number[] = [];
  let length = 0;
  let start = 0;
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at] ?? 0;
    if (byte < 0x80) {
      at++;
      continue;
    }
    const sequence = utf8SequenceLength(bytes, at);
    if (sequence > 0) {
      at += sequence;
      continue;
    }
    const valid = utf8.decode(bytes.subarray(start, at));
    // A run of foreign bytes is decoded at once; each byte is one UTF-16 code unit in Windows-1252.
    let end = at + 1;
    while (end < bytes.length && (bytes[end] ?? 0) >= 0x80 && utf8SequenceLength(bytes, end) === 0) end++;
    length += valid.length;
    for (let offset = length; offset < length + end - at; offset++) foreignOffsets.push(offset);
    length += end - at;
    parts.push(valid, decodeWindows1252(bytes.subarray(at, end)));
    at = end;
    start = end;
  }
  parts.push(utf8.decode(bytes.subarray(start)));
  return { text: parts.join(''), foreignOffsets };
}

// 0x80-0x9F of Windows-1252 (the rest is Latin-1). Decoded by hand: Node's TextDecoder treats the
// label as Latin-1 and would turn the euro sign and curly quotes into C1 control characters.
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 bytes (every byte is a character, so nothing is ever replaced). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (byte) => (byte >= 0x80 && byte <= 0x9f ? windows1252High.charCodeAt(byte - 0x80) : byte));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * True when the bytes look like a binary file rather than text: NUL bytes (outside UTF-16, which
 * was recognised by its BOM) or many control characters in the first 8 KB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const encoding = bomEncoding(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, LF, CR and form feed are ordinary in text files.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls > sample.length / 20;
}

/** What kind of file the bytes (and, for formats we refuse, the name) say this is. */
export type SniffedFormat =
  { readonly kind: 'text' } | { readonly kind: 'zip' } | { readonly kind: 'unsupported'; readonly format: string } | { readonly kind: 'binary' };

const refusedExtensions = ['xls', 'xlsb', 'ods', 'numbers', 'xlw', 'wk1', 'dbf'];

/** Recognises the container before anything is decoded. */
export function sniffFormat(bytes: Uint8Array, fileName: string): SniffedFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (refusedExtensions.includes(extension)) return { kind: 'unsupported', format: `.${extension}` };
  // OLE2 compound file: legacy .xls (or a password-protected .xlsx, which we cannot read either).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'unsupported', format: '.xls' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'unsupported', format: '.pdf' };
  return looksBinary(bytes) ? { kind: 'binary' } : { kind: 'text' };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
