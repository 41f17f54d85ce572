import { useTranslation } from 'react-i18next';
import { listNumbers } from '../../../api';
import { useApiQuery } from '../../../bridge/use-api';
import { QueryView } from '../../../bridge/query-view';

/** Phone Numbers: the tenant's purchased numbers. */
export function PhoneNumbersPage() {
  const { t } = useTranslation('teams');
  const numbers = useApiQuery('numbers', (client, signal) => listNumbers(client, { limit: 1 }, { signal }));
  return (
    <section aria-labelledby="teams-numbers-title">
      <h2 id="teams-numbers-title">{t('shell.sections.phone-numbers')}</h2>
      <QueryView query={numbers} errorTitle={t('numbers.loadFailed')}>
        {(data) => <p>{t('numbers.count', { count: data.total })}</p>}
      </QueryView>
    </section>
  );
}
