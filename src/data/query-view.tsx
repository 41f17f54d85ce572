import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../ui';
import type { Query } from './use-api';

/**
 * Renders a query: a loading state, a failure with its translated reason and a retry, or the data.
 * While reloading, the last data stays on screen.
 */
export function QueryView<T>({ query, errorTitle, children }: { query: Query<T>; errorTitle: string; children(data: T): ReactNode }) {
  const { t } = useTranslation('common');
  if (query.status === 'error') {
    return <ErrorState title={errorTitle} description={t(`errors.${query.error.kind}`)} retryLabel={t('retry')} onRetry={query.reload} />;
  }
  if (query.data === null) return <LoadingState label={t('loading')} />;
  return <>{children(query.data)}</>;
}
