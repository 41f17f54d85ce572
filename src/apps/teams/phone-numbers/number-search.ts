/** Why an area code or prefix typed in Buy is refused. */
export type NumberSearchProblem = 'required' | 'area-code-digits' | 'area-code-first-digit' | 'prefix-digits';

/** The checked search of Buy: what the API is asked for. */
export interface NumberSearch {
  areaCode: string;
  prefix: string | undefined;
}

/**
 * Checks what the user typed in Buy. Nothing is rewritten silently: spaces around the value are
 * ignored, but `(212)` or `21a` get a message saying what is expected instead of being "fixed".
 */
export function checkNumberSearch(
  areaCodeText: string,
  prefixText: string,
): { ok: true; search: NumberSearch } | { ok: false; areaCode: NumberSearchProblem | null; prefix: NumberSearchProblem | null } {
  const areaCode = areaCodeText.trim();
  const prefix = prefixText.trim();
  let areaCodeProblem: NumberSearchProblem | null = null;
  if (areaCode === '') areaCodeProblem = 'required';
  else if (!/^\d{3}$/.test(areaCode)) areaCodeProblem = 'area-code-digits';
  // NANP area codes never start with 0 or 1.
  else if (!/^[2-9]/.test(areaCode)) areaCodeProblem = 'area-code-first-digit';
  const prefixProblem: NumberSearchProblem | null = prefix === '' || /^\d{1,7}$/.test(prefix) ? null : 'prefix-digits';
  if (areaCodeProblem || prefixProblem) return { ok: false, areaCode: areaCodeProblem, prefix: prefixProblem };
  return { ok: true, search: { areaCode, prefix: prefix === '' ? undefined : prefix } };
}
