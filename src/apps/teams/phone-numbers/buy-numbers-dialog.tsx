import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { purchaseNumbers, searchAvailableNumbers, type ApiError } from '../../../api';
import type { PurchaseResult } from '../../../contract';
import { useApiClient } from '../../../data/use-api';
import { Button, Dialog, TextField } from '../../../ui';
import { usePhoneFormat } from '../../../ui/phone-format';
import { AvailableNumberList, type SearchState } from './available-number-list';
import { checkNumberSearch, type NumberSearchProblem } from './number-search';
import { PurchaseResults } from './purchase-results';
import styles from './phone-numbers-screen.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

/** How many available numbers one search lists. */
const SEARCH_LIMIT = 50;

/** Props of {@link BuyNumbersDialog}. */
export interface BuyNumbersDialogProps {
  onClose(): void;
  /** After a purchase, with a result per number: the table shows the new numbers. */
  onPurchased(results: PurchaseResult[]): void;
}

/**
 * Buy: an area code (three digits) and an optional prefix, Search, choose one or more of the numbers
 * for sale, Buy; then each number says whether it was purchased or was taken by someone else
 * meanwhile. Render it only while open: it starts empty each time.
 */
export function BuyNumbersDialog({ onClose, onPurchased }: BuyNumbersDialogProps) {
  const { t } = useTranslation('teams');
  const client = useApiClient();
  const format = usePhoneFormat();
  const [areaCode, setAreaCode] = useState('');
  const [prefix, setPrefix] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [buying, setBuying] = useState(false);
  const [buyError, setBuyError] = useState<ApiError | null>(null);
  const [results, setResults] = useState<PurchaseResult[] | null>(null);
  // One key per choice of numbers: Buy again after a lost answer must not buy twice, and the server
  // replays its first answer to the same key.
  const attempt = useRef<{ numbers: string; key: string } | null>(null);
  const searchController = useRef<AbortController | null>(null);
  const areaCodeRef = useRef<HTMLInputElement>(null);
  const prefixRef = useRef<HTMLInputElement>(null);
  useEffect(() => () => searchController.current?.abort(), []);

  const check = checkNumberSearch(areaCode, prefix);
  const problem = (value: NumberSearchProblem | null) => (submitted && value ? t(`numbers.buy.problems.${value}`) : undefined);

  const runSearch = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!check.ok) {
      // Focus goes to the first field that needs fixing, whose message is linked to it.
      if (check.areaCode) areaCodeRef.current?.focus();
      else prefixRef.current?.focus();
      return;
    }
    searchController.current?.abort();
    const controller = new AbortController();
    searchController.current = controller;
    setSearch({ status: 'searching' });
    setSelected(new Set());
    setBuyError(null);
    const result = await searchAvailableNumbers(client, { ...check.search, limit: SEARCH_LIMIT }, { signal: controller.signal });
    if (controller.signal.aborted) return;
    setSearch(result.ok ? { status: 'done', search: check.search, items: result.value.items } : { status: 'error', error: result.error });
  };

  const buy = async () => {
    if (search.status !== 'done') return;
    const numbers = search.items.map((item) => item.number).filter((number) => selected.has(number));
    if (numbers.length === 0) return;
    const joined = numbers.join(',');
    if (attempt.current?.numbers !== joined) attempt.current = { numbers: joined, key: crypto.randomUUID() };
    setBuying(true);
    setBuyError(null);
    const result = await purchaseNumbers(client, numbers, { idempotencyKey: attempt.current.key });
    setBuying(false);
    if (!result.ok) {
      setBuyError(result.error);
      return;
    }
    attempt.current = null;
    setResults(result.value.results);
    onPurchased(result.value.results);
  };

  const buyMore = () => {
    setResults(null);
    setSearch({ status: 'idle' });
    setSelected(new Set());
    setSubmitted(false);
  };

  const footer = results ? (
    <>
      <Button onClick={buyMore}>{t('numbers.buy.buyMore')}</Button>
      <Button variant="primary" onClick={onClose}>
        {t('numbers.buy.done')}
      </Button>
    </>
  ) : (
    <>
      <Button onClick={onClose}>{t('common:cancel')}</Button>
      <Button variant="primary" disabled={selected.size === 0} loading={buying} loadingLabel={t('numbers.buy.buying')} onClick={() => void buy()}>
        {selected.size === 0 ? t('numbers.buy.buyNone') : t('numbers.buy.buyCount', { count: selected.size })}
      </Button>
    </>
  );

  return (
    <Dialog
      open
      size="md"
      onClose={onClose}
      title={t('numbers.buy.title')}
      description={results ? undefined : t('numbers.buy.description')}
      closeLabel={t('common:close')}
      footer={footer}
      initialFocusRef={areaCodeRef}
    >
      {results ? (
        <PurchaseResults results={results} format={format} />
      ) : (
        <div className={styles.buy}>
          <form className={styles.buyForm} onSubmit={(event) => void runSearch(event)} noValidate aria-label={t('numbers.buy.formLabel')}>
            <TextField
              ref={areaCodeRef}
              className={styles.areaCode}
              label={t('numbers.buy.areaCode')}
              description={t('numbers.buy.areaCodeHelp')}
              inputMode="numeric"
              autoComplete="off"
              value={areaCode}
              onChange={(event) => setAreaCode(event.target.value)}
              error={problem(check.ok ? null : check.areaCode)}
              required
            />
            <TextField
              ref={prefixRef}
              className={styles.prefix}
              label={t('numbers.buy.prefix')}
              description={t('numbers.buy.prefixHelp')}
              inputMode="numeric"
              autoComplete="off"
              value={prefix}
              onChange={(event) => setPrefix(event.target.value)}
              error={problem(check.ok ? null : check.prefix)}
            />
            <Button type="submit" loading={search.status === 'searching'} loadingLabel={t('numbers.buy.searching')} className={styles.searchButton}>
              {t('numbers.buy.search')}
            </Button>
          </form>
          <AvailableNumberList state={search} selected={selected} onSelectedChange={setSelected} format={format} />
          {buyError ? (
            <p role="alert" className={styles.error}>
              {t('numbers.buy.buyFailed', { reason: apiErrorMessage(t, buyError) })}
            </p>
          ) : null}
        </div>
      )}
    </Dialog>
  );
}
