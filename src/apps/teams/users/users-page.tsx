import { useAppRoute } from '../../../bridge/react';
import { RecentCallsPage } from '../calls/recent-calls-page';
import { UsersTable } from './users-table';

/** Users: the tenant's users and their numbers; `users/calls` is the Recent Calls page of one number. */
export function UsersPage() {
  const { segments } = useAppRoute();
  return segments[1] === 'calls' ? <RecentCallsPage /> : <UsersTable />;
}
