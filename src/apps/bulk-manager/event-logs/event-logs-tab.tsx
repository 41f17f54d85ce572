import { useTranslation } from 'react-i18next';
import { listEventLogs } from '../../../api';
import { useApiQuery } from '../../../bridge/use-api';
import { QueryView } from '../../../bridge/query-view';

/** Event Logs: what happened in the account. */
export function EventLogsTab() {
  const { t } = useTranslation('bulk');
  const events = useApiQuery('event-logs', (client, signal) => listEventLogs(client, { limit: 1 }, { signal }));
  return (
    <QueryView query={events} errorTitle={t('eventLogs.loadFailed')}>
      {(data) => <p>{t('eventLogs.count', { count: data.total })}</p>}
    </QueryView>
  );
}
