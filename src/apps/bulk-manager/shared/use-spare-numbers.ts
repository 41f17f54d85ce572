import { useMemo } from 'react';
import { listSpareNumbers } from '../../../api';
import { useApiQuery } from '../../../data/use-api';
import { usePhoneFormat } from '../../../ui/phone-format';

/** How many spare numbers are offered: a suggestion list, not a directory; any typed number is still checked. */
export const SPARE_NUMBER_SUGGESTIONS = 500;

/** A spare number as an editor offers it: the number on the wire (E.164) and as the language writes it. */
export interface SpareNumberOption {
  value: string;
  label: string;
}

/**
 * The account's spare direct numbers (the first {@link SPARE_NUMBER_SUGGESTIONS}), to offer where a
 * direct number is typed: the import preview's cell editor and the Add seat form. Empty while loading
 * and when the backend cannot list them (the route is new in the contract): the field then works as
 * before, a plain input whose number the account check accepts or refuses. `reload` after a seat took one.
 */
export function useSpareNumbers(): { options: readonly SpareNumberOption[]; reload(): void } {
  const query = useApiQuery('spare-numbers', (client, signal) => listSpareNumbers(client, { limit: SPARE_NUMBER_SUGGESTIONS }, { signal }));
  const phone = usePhoneFormat();
  const items = query.data?.items;
  const options = useMemo(() => (items ?? []).map((item) => ({ value: item.number, label: phone(item.number) })), [items, phone]);
  return { options, reload: query.reload };
}
