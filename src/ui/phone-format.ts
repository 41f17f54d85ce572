import { useEffect, useMemo, useState } from 'react';
import { loadChunk } from './chunk-load';

/**
 * Phone numbers as people read them: NANP numbers in national format (`(415) 555-0100`), others in
 * international format. libphonenumber-js's `min` metadata is the smallest set that formats and
 * validates every country (a failover number may be abroad); it is loaded on first use so that it stays
 * out of the app's first JavaScript.
 */

type PhoneLibrary = typeof import('libphonenumber-js/min');

let library: PhoneLibrary | null = null;
let loading: Promise<PhoneLibrary> | null = null;

/**
 * Loads libphonenumber-js once. A chunk that does not arrive is asked for once more; a load that still
 * fails is forgotten, so the next screen that needs the library tries again.
 */
export function loadPhoneLibrary(): Promise<PhoneLibrary> {
  loading ??= loadChunk(() => import('libphonenumber-js/min')).then(
    (module) => {
      library = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Formats an E.164 number for display; falls back to the E.164 text until the library is loaded. */
export function formatPhone(e164: string): string {
  const parsed = library?.parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.countryCallingCode === '1' ? parsed.formatNational() : parsed.formatInternational();
}

/** What {@link parsePhoneInput} makes of a typed number. */
export type PhoneInput = { ok: true; e164: string } | { ok: false };

/** A number typed in any common way (`415 555 0142`, `+44 20 7946 0000`) to E.164; NANP when no `+`. */
export async function parsePhoneInput(text: string): Promise<PhoneInput> {
  const { parsePhoneNumberFromString } = await loadPhoneLibrary();
  const parsed = parsePhoneNumberFromString(text.trim(), 'US');
  return parsed?.isValid() ? { ok: true, e164: parsed.number } : { ok: false };
}

/**
 * A formatter of E.164 numbers for rendering. The component renders again once the library has
 * loaded, so numbers show in E.164 for a moment at most.
 */
export function usePhoneFormat(): (e164: string) => string {
  const [ready, setReady] = useState(library !== null);
  useEffect(() => {
    if (ready) return;
    let active = true;
    // Until the library arrives, numbers stay in E.164: readable, and the screen keeps working.
    loadPhoneLibrary().then(
      () => {
        if (active) setReady(true);
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [ready]);
  // A new function once loaded, so that memoised cells and columns that depend on it render again.
  return useMemo(() => (ready ? (e164: string) => formatPhone(e164) : (e164: string) => e164), [ready]);
}
