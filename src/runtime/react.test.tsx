import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge } from '../testing/fake-bridge';
import { BridgeProvider, useAccount, useAppRoute, usePath } from './react';

function Redirect() {
  const { go } = useAppRoute();
  // A child's effect runs before its parent's: the parent subscribes after this navigation.
  useEffect(() => go('users'), [go]);
  return null;
}

function Page() {
  const path = usePath();
  return (
    <>
      <p>path {path}</p>
      <Redirect />
    </>
  );
}

function AccountName() {
  return <p>account {useAccount().name}</p>;
}

describe('bridge hooks', () => {
  it('do not miss a navigation made before the reading component subscribed', () => {
    const bridge = createFakeBridge({ basePath: '/apps/teams', path: '/apps/teams/setup' });
    render(
      <BridgeProvider bridge={bridge}>
        <Page />
      </BridgeProvider>,
    );
    expect(screen.getByText('path /apps/teams/users')).toBeInTheDocument();
  });

  it('follow the host when it hands out a new but equal object, without re-rendering forever', () => {
    const bridge = createFakeBridge();
    const fresh = { ...bridge, account: { ...bridge.account, current: () => ({ ...bridge.account.current() }) } };
    render(
      <BridgeProvider bridge={fresh}>
        <AccountName />
      </BridgeProvider>,
    );
    expect(screen.getByText('account Northwind Traders')).toBeInTheDocument();
    act(() => bridge.host.setAccount({ id: '100002', name: 'Contoso Ltd' }));
    expect(screen.getByText('account Contoso Ltd')).toBeInTheDocument();
  });
});
