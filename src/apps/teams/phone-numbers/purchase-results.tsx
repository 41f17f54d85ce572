import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseResult } from '../../../contract';
import styles from './phone-numbers-screen.module.css';

/**
 * What a purchase did, number by number: purchased, or no longer available (someone bought it
 * between the search and the purchase). The summary takes focus so it is read first.
 */
export function PurchaseResults({ results, format }: { results: readonly PurchaseResult[]; format(e164: string): string }) {
  const { t } = useTranslation('teams');
  const summary = useRef<HTMLHeadingElement>(null);
  useEffect(() => summary.current?.focus(), []);
  const purchased = results.filter((result) => result.status === 'purchased').length;
  return (
    <div className={styles.outcome}>
      <h3 ref={summary} tabIndex={-1} className={styles.outcomeTitle}>
        {purchased === results.length
          ? t('numbers.buy.allPurchased', { count: purchased })
          : t('numbers.buy.somePurchased', { count: purchased, total: results.length })}
      </h3>
      <ul className={styles.outcomeList}>
        {results.map((result) => (
          <li key={result.number} className={result.status === 'purchased' ? styles.succeeded : styles.failed}>
            <span aria-hidden="true" className={styles.mark}>
              {result.status === 'purchased' ? '✓' : '✕'}
            </span>
            <span className={styles.outcomeNumber}>{format(result.number)}</span>
            <span>{t(`numbers.buy.result.${result.status}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
