/**
 * Byte builders for the hostile corpus: the encodings other programs save in, written by hand so that
 * each case states exactly which bytes the engine receives.
 */

/** UTF-8 bytes, optionally with the BOM that Excel's "CSV UTF-8" writes. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
}

/** UTF-16 bytes with their BOM ("Unicode text" from Excel is UTF-16 LE). */
export function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = bom ? `\ufeff${text}` : text;
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[i * 2] = first;
    bytes[i * 2 + 1] = second;
  }
  return bytes;
}

// The characters of Windows-1252 at 0x80-0x9F (elsewhere a byte is its Latin-1 code point).
const high1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 bytes, as Excel's plain "CSV" writes on a Western Windows; throws on other characters. */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    const high = high1252.indexOf(char);
    if (high >= 0) return 0x80 + high;
    if (code <= 0xff && (code < 0x80 || code > 0x9f)) return code;
    throw new Error(`Not in Windows-1252: ${char}`);
  });
}

/** The bytes of several parts, one after the other. */
export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
