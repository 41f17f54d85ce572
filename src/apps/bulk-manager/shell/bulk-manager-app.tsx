import { useAccount } from '../../../bridge/react';

export function BulkManagerApp() {
  const account = useAccount();
  return <h1>Bulk Manager — {account.name}</h1>;
}
