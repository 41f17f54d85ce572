import { useTranslation } from 'react-i18next';
import { listSeats } from '../../../api';
import { useApiQuery } from '../../../bridge/use-api';
import { QueryView } from '../../../bridge/query-view';

/** Seats: the account's seats. */
export function SeatsTab() {
  const { t } = useTranslation('bulk');
  const seats = useApiQuery('seats', (client, signal) => listSeats(client, { limit: 1 }, { signal }));
  return (
    <QueryView query={seats} errorTitle={t('seats.loadFailed')}>
      {(data) => <p>{t('seats.count', { count: data.total })}</p>}
    </QueryView>
  );
}
