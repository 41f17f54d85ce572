import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamsNumber } from '../../../contract';
import type { DataTableColumn } from '../../../ui';
import styles from './phone-numbers-screen.module.css';

/** The columns of the Phone Numbers table: numbers shown in national format, stored E.164. */
export function useNumberColumns(format: (e164: string) => string): DataTableColumn<TeamsNumber>[] {
  const { t } = useTranslation('teams');
  return useMemo<DataTableColumn<TeamsNumber>[]>(() => {
    const none = <span className={styles.none}>{t('numbers.none')}</span>;
    return [
      {
        id: 'number',
        header: t('numbers.columns.number'),
        cell: (item) => <span className={styles.number}>{format(item.number)}</span>,
        width: 'minmax(150px, 1fr)',
      },
      { id: 'assignedTo', header: t('numbers.columns.assignedTo'), cell: (item) => item.assignedTo?.displayName ?? none, width: 'minmax(160px, 1.4fr)' },
      {
        id: 'failoverNumber',
        header: t('numbers.columns.failoverNumber'),
        cell: (item) => (item.failoverNumber ? format(item.failoverNumber) : none),
        width: 'minmax(150px, 1fr)',
      },
      {
        id: 'ratecenter',
        header: t('numbers.columns.ratecenter'),
        cell: (item) => (item.ratecenter ? t('numbers.ratecenter', { name: item.ratecenter.name, state: item.ratecenter.state }) : none),
        width: 'minmax(140px, 1fr)',
      },
      {
        id: 'status',
        header: t('numbers.columns.status'),
        cell: (item) => (
          <span className={item.assignedTo ? styles.statusAssigned : styles.statusSpare}>
            {t(item.assignedTo ? 'numbers.status.assigned' : 'numbers.status.spare')}
          </span>
        ),
        width: 'minmax(110px, 0.7fr)',
      },
    ];
  }, [t, format]);
}
