import { useTranslation } from 'react-i18next';
import { listTeamsUsers } from '../../../api';
import { useApiQuery } from '../../../bridge/use-api';
import { QueryView } from '../../../bridge/query-view';

/** Users: the tenant's users and their numbers. */
export function UsersPage() {
  const { t } = useTranslation('teams');
  const users = useApiQuery('users', (client, signal) => listTeamsUsers(client, { limit: 1 }, { signal }));
  return (
    <section aria-labelledby="teams-users-title">
      <h2 id="teams-users-title">{t('shell.sections.users')}</h2>
      <QueryView query={users} errorTitle={t('users.loadFailed')}>
        {(data) => <p>{t('users.count', { count: data.total })}</p>}
      </QueryView>
    </section>
  );
}
