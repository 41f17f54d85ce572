import { useTranslation } from 'react-i18next';
import { getTenant } from '../../../api';
import { useApiQuery } from '../../../bridge/use-api';
import { QueryView } from '../../../bridge/query-view';

/** Setup: the tenant's activation status. */
export function SetupPage() {
  const { t } = useTranslation('teams');
  const tenant = useApiQuery('tenant', (client, signal) => getTenant(client, { signal }));
  return (
    <section aria-labelledby="teams-setup-title">
      <h2 id="teams-setup-title">{t('shell.sections.setup')}</h2>
      <QueryView query={tenant} errorTitle={t('setup.loadFailed')}>
        {(data) => <p>{t(`setup.status.${data.activation.status}`)}</p>}
      </QueryView>
    </section>
  );
}
