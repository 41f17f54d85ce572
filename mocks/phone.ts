/**
 * NANP numbers in the common ways people write them ("(415) 555-0100", "415.555.0100",
 * "+1 415 555 0100", "14155550100"), to E.164. Null when it is not a valid NANP number.
 */
export function normalizeNanp(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+') && !digits.startsWith('1')) return null;
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return null;
  return `+1${digits}`;
}
