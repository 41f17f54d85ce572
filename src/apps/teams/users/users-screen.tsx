import { useState } from 'react';
import { useAppRoute } from '../../../runtime/react';
import { useRecentCallsNumber } from '../calls/recent-calls-target';
import { RecentCallsView } from '../calls/recent-calls-view';
import { UsersTable } from './users-table';

/**
 * Users: the tenant's users and their numbers. `users/calls` is the Recent Calls page of the number
 * handed over by Show Recent Calls (in memory: no personal data in the URL).
 */
export function UsersScreen() {
  const { segments, go } = useAppRoute();
  const callsNumber = useRecentCallsNumber(segments[1] === 'calls');
  const [backFromCalls, setBackFromCalls] = useState(false);
  const back = () => {
    setBackFromCalls(true);
    go('users');
  };
  if (segments[1] === 'calls') return callsNumber === null ? null : <RecentCallsView key={callsNumber} number={callsNumber} onBack={back} />;
  return <UsersTable focusTitle={backFromCalls} />;
}
