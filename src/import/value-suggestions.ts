import { normaliseHeader } from './header-mapping';

/**
 * The allowed value a value of a choice column most likely means, or null when none is close enough
 * to suggest: `hq` for Headquarters, `branch-office` for Branch Office, `yealink t54w` for Yealink T54W,
 * and the yes/no words of English, French and Spanish (`Y`, `true`, `1`, `Oui`, `Sí`, `non`) for a
 * column whose values are Yes and No. A suggestion is only offered; the admin chooses.
 */
export function suggestAllowedValue(value: string, allowed: readonly string[]): string | null {
  const wanted = normaliseHeader(value);
  if (wanted === '') return null;
  const candidates = allowed.map((option) => ({ option, normalised: normaliseHeader(option) }));
  const same = candidates.find((candidate) => candidate.normalised === wanted);
  if (same !== undefined) return same.option;
  const yesNo = yesNoAnswer(wanted, candidates);
  if (yesNo !== null) return yesNo;
  // One candidate only, or the suggestion would be a coin toss.
  const only = (matches: readonly { option: string }[]): string | null => (matches.length === 1 ? (matches[0]?.option ?? null) : null);
  const prefixed = only(candidates.filter((candidate) => candidate.normalised.startsWith(wanted) || wanted.startsWith(candidate.normalised)));
  if (prefixed !== null) return prefixed;
  if (wanted.length >= 2) {
    const abbreviated = only(candidates.filter((candidate) => abbreviates(value, wanted, candidate.option, candidate.normalised)));
    if (abbreviated !== null) return abbreviated;
  }
  const limit = wanted.length <= 4 ? 1 : 2;
  return only(candidates.filter((candidate) => withinEdits(wanted, candidate.normalised, limit)));
}

const yesWords = new Set(['y', 'yes', 'true', '1', 'x', 'oui', 'o', 'vrai', 'si', 's', 'ok', 'on']);
const noWords = new Set(['n', 'no', 'false', '0', 'non', 'faux', 'off']);

function yesNoAnswer(wanted: string, candidates: readonly { option: string; normalised: string }[]): string | null {
  const yes = candidates.find((candidate) => candidate.normalised === 'yes');
  const no = candidates.find((candidate) => candidate.normalised === 'no');
  if (yes === undefined || no === undefined) return null;
  if (yesWords.has(wanted)) return yes.option;
  if (noWords.has(wanted)) return no.option;
  return null;
}

/**
 * True when `value` reads as an abbreviation of `option`: the initials of its words (`BO` for Branch
 * Office), or its letters in order from the option's first letter, each starting a word or a syllable
 * (`HQ` for HeadQuarters, whose Q follows a vowel).
 */
function abbreviates(value: string, wanted: string, option: string, normalised: string): boolean {
  const initials = option
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => normaliseHeader(word).charAt(0))
    .join('');
  if (initials.length > 1 && initials === wanted) return true;
  if (value.length > 4 || normalised.charAt(0) !== wanted.charAt(0)) return false;
  let at = 0;
  for (const letter of wanted.slice(1)) {
    at = normalised.indexOf(letter, at + 1);
    if (at < 0) return false;
  }
  return true;
}

function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return (previous[b.length] ?? Infinity) <= limit;
}
