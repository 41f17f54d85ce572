import { useAccount } from '../../../bridge/react';

export function TeamsApp() {
  const account = useAccount();
  return <h1>Teams — {account.name}</h1>;
}
