import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api';
import type { AvailableNumber } from '../../../contract';
import { Checkbox, Spinner } from '../../../ui';
import type { NumberSearch } from './number-search';
import styles from './phone-numbers-screen.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

/** Where the search for numbers for sale stands. */
export type SearchState =
  { status: 'idle' } | { status: 'searching' } | { status: 'done'; search: NumberSearch; items: AvailableNumber[] } | { status: 'error'; error: ApiError };

/** Props of {@link AvailableNumberList}. */
export interface AvailableNumberListProps {
  state: SearchState;
  selected: ReadonlySet<string>;
  onSelectedChange(selected: ReadonlySet<string>): void;
  format(e164: string): string;
}

/**
 * The numbers for sale that a search found, each with a checkbox and its ratecenter, and "Select
 * all". How many were found is said in a polite live region that exists before the first search.
 */
export function AvailableNumberList({ state, selected, onSelectedChange, format }: AvailableNumberListProps) {
  const { t } = useTranslation('teams');
  const items = state.status === 'done' ? state.items : [];
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.number));
  const someSelected = items.some((item) => selected.has(item.number));

  let announcement = '';
  if (state.status === 'done') {
    const where = state.search.prefix
      ? t('numbers.buy.whereWithPrefix', { areaCode: state.search.areaCode, prefix: state.search.prefix })
      : t('numbers.buy.where', { areaCode: state.search.areaCode });
    announcement = items.length === 0 ? t('numbers.buy.noneFound', { where }) : t('numbers.buy.found', { count: items.length, where });
  } else if (state.status === 'error') {
    announcement = t('numbers.buy.searchFailed', { reason: apiErrorMessage(t, state.error) });
  }

  const toggle = (number: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(number);
    else next.delete(number);
    onSelectedChange(next);
  };

  return (
    <div className={styles.available}>
      <p role="status" className={state.status === 'error' ? styles.error : styles.muted}>
        {state.status === 'searching' ? <Spinner label={t('numbers.buy.searching')} /> : announcement}
      </p>
      {items.length > 0 ? (
        <fieldset className={styles.availableList}>
          <legend className={styles.legend}>{t('numbers.buy.availableLegend')}</legend>
          <Checkbox
            label={t('numbers.buy.selectAll')}
            checked={allSelected}
            indeterminate={someSelected && !allSelected}
            onChange={(event) => onSelectedChange(event.target.checked ? new Set(items.map((item) => item.number)) : new Set())}
          />
          <ul className={styles.availableItems}>
            {items.map((item) => (
              <li key={item.number}>
                <Checkbox
                  label={format(item.number)}
                  description={
                    item.ratecenter ? t('numbers.ratecenter', { name: item.ratecenter.name, state: item.ratecenter.state }) : t('numbers.noRatecenter')
                  }
                  checked={selected.has(item.number)}
                  onChange={(event) => toggle(item.number, event.target.checked)}
                />
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
