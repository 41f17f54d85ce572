import { useTranslation } from 'react-i18next';
import { getSeatTemplate } from '../../../api';
import { useApiQuery } from '../../../bridge/use-api';
import { QueryView } from '../../../bridge/query-view';

/** Configuration: the seat template the backend serves. */
export function ConfigurationTab() {
  const { t } = useTranslation('bulk');
  const template = useApiQuery('template', (client, signal) => getSeatTemplate(client, { signal }));
  return (
    <QueryView query={template} errorTitle={t('configuration.loadFailed')}>
      {(data) => <p>{t('configuration.templateColumns', { count: data.columns.length })}</p>}
    </QueryView>
  );
}
