import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { useEffect, useSyncExternalStore } from 'react';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../api';
import type { Page } from '../contract';
import { useAccount } from '../runtime/react';
import { renderApp } from '../../tests/setup/render-app';
import { useApiQuery, useInvalidate } from './use-api';
import { useCursorPages } from './use-cursor-pages';

/** A loader that answers at once, with the account it was asked for, and counts its calls. */
function countingLoader() {
  const calls: string[] = [];
  return {
    calls,
    forAccount: (accountId: string) => (): Promise<ApiResult<string>> => {
      calls.push(accountId);
      return Promise.resolve({ ok: true, status: 200, value: `tenant of ${accountId}` });
    },
  };
}

function Tenant({ label, load }: { label: string; load: (accountId: string) => () => Promise<ApiResult<string>> }) {
  const account = useAccount();
  const tenant = useApiQuery('tenant', load(account.id));
  return (
    <p>
      {label}: {tenant.data ?? tenant.status}
    </p>
  );
}

/** The keys in the cache, as they change. */
function CachedKeys() {
  const cache = useQueryClient().getQueryCache();
  const keys = useSyncExternalStore(
    (listener) => cache.subscribe(listener),
    () =>
      cache
        .getAll()
        .map((query) => JSON.stringify(query.queryKey))
        .join(' '),
  );
  return <output aria-label="cached">{keys}</output>;
}

const northwind = { id: '100001', name: 'Northwind Traders' };
const contoso = { id: '100002', name: 'Contoso' };

describe("the app's query cache", () => {
  it('asks once for what two screens read under the same name (the title and Setup read the tenant once)', async () => {
    const loader = countingLoader();
    const { bridge } = renderApp(
      <>
        <Tenant label="title" load={loader.forAccount} />
        <Tenant label="setup" load={loader.forAccount} />
      </>,
    );
    const id = bridge.account.current().id;
    expect(await screen.findByText(`title: tenant of ${id}`)).toBeInTheDocument();
    expect(screen.getByText(`setup: tenant of ${id}`)).toBeInTheDocument();
    expect(loader.calls).toEqual([id]);
  });

  it("keys every entry by account and drops another account's entries once the host switches", async () => {
    const loader = countingLoader();
    const { bridge } = renderApp(
      <>
        <Tenant label="title" load={loader.forAccount} />
        <CachedKeys />
      </>,
    );
    act(() => bridge.host.setAccount(northwind));
    expect(await screen.findByText('title: tenant of 100001')).toBeInTheDocument();
    act(() => bridge.host.setAccount(contoso));
    expect(await screen.findByText('title: tenant of 100002')).toBeInTheDocument();
    expect(screen.queryByText(/tenant of 100001/)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status', { name: 'cached' }).textContent).toBe('["100002","tenant"]'));
  });

  it('reads a list on screen again when a change invalidates its name, and leaves other names alone', async () => {
    const asked: string[] = [];
    const list = (name: string) => (): Promise<ApiResult<Page<{ id: string }>>> => {
      asked.push(name);
      return Promise.resolve({ ok: true, status: 200, value: { items: [{ id: `${name}-${asked.length}` }], nextCursor: null, total: 1 } });
    };
    const loadNumbers = list('numbers');
    const loadSeats = list('seats');
    function Screen() {
      const numbers = useCursorPages(['teams-numbers', ''], loadNumbers, (item) => item.id);
      const seats = useCursorPages(['seats', ''], loadSeats, (item) => item.id);
      const invalidate = useInvalidate();
      return (
        <>
          <p>numbers: {numbers.items.map((item) => item.id).join(',')}</p>
          <p>seats: {seats.items.map((item) => item.id).join(',')}</p>
          <button onClick={() => invalidate('teams-numbers')}>Bought</button>
        </>
      );
    }
    renderApp(<Screen />);
    await screen.findByText(/seats: seats-\d/);
    expect(asked.sort()).toEqual(['numbers', 'seats']);
    await act(async () => screen.getByRole('button', { name: 'Bought' }).click());
    expect(await screen.findByText('numbers: numbers-3')).toBeInTheDocument();
    expect(asked.filter((name) => name === 'seats')).toHaveLength(1);
  });

  it('is emptied when the app unmounts', async () => {
    const loader = countingLoader();
    const seen: QueryClient[] = [];
    function Spy() {
      const client = useQueryClient();
      useEffect(() => {
        seen.push(client);
      }, [client]);
      return null;
    }
    const { unmount } = renderApp(
      <>
        <Tenant label="title" load={loader.forAccount} />
        <Spy />
      </>,
    );
    await screen.findByText(/title: tenant of/);
    const [cache] = seen;
    expect(cache?.getQueryCache().getAll()).toHaveLength(1);
    unmount();
    expect(cache?.getQueryCache().getAll()).toHaveLength(0);
  });
});
