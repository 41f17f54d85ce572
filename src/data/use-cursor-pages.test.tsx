import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../api';
import type { Page } from '../contract';
import { renderApp } from '../../tests/setup/render-app';
import { useCursorPages, type PageLoader } from './use-cursor-pages';

interface Item {
  id: string;
}

/** A loader whose answers the test releases by hand, in any order. */
function manualLoader() {
  const pending: { query: string; cursor: string | undefined; resolve(result: ApiResult<Page<Item>>): void }[] = [];
  const forQuery =
    (query: string): PageLoader<Item> =>
    (_client, cursor) =>
      new Promise((resolve) => pending.push({ query, cursor, resolve }));
  const answer = async (index: number, ids: string[], nextCursor: string | null, total: number) => {
    const request = pending[index];
    if (!request) throw new Error(`No request ${index}`);
    await act(async () => request.resolve({ ok: true, status: 200, value: { items: ids.map((id) => ({ id })), nextCursor, total } }));
  };
  const refuse = async (index: number) => {
    const request = pending[index];
    if (!request) throw new Error(`No request ${index}`);
    await act(async () =>
      request.resolve({ ok: false, error: { kind: 'unauthorized', status: 401, code: 'session-expired', message: 'The session has expired' } }),
    );
  };
  return { pending, forQuery, answer, refuse };
}

function List({ query, load }: { query: string; load: PageLoader<Item> }) {
  const pages = useCursorPages(query, load, (item) => item.id);
  return (
    <>
      <p>
        {pages.status === 'success'
          ? `${query}: ${pages.items.map((item) => item.id).join(',')} of ${pages.total}${pages.hasMore ? ', more' : ''}${pages.moreError ? `, more failed: ${pages.moreError.kind}` : ''}`
          : pages.status}
      </p>
      <button
        onClick={() => {
          // Two end-of-list events in one go, as a fast scroll can send.
          pages.loadMore();
          pages.loadMore();
        }}
      >
        More
      </button>
      <button onClick={() => pages.insert({ id: '3' })}>Insert</button>
    </>
  );
}

const click = (name: string) => act(() => screen.getByRole('button', { name }).click());

describe('useCursorPages', () => {
  it('appends the next page once, without duplicates, even when asked twice', async () => {
    const loader = manualLoader();
    const load = loader.forQuery('a');
    renderApp(<List query="a" load={load} />);
    await loader.answer(0, ['1', '2'], 'c2', 4);
    expect(screen.getByText('a: 1,2 of 4, more')).toBeInTheDocument();
    click('More');
    expect(loader.pending).toHaveLength(2);
    expect(loader.pending[1]?.cursor).toBe('c2');
    click('Insert');
    await loader.answer(1, ['3', '4'], null, 4);
    // The server's count, which now includes the inserted item, wins over the local one.
    expect(screen.getByText('a: 3,1,2,4 of 4')).toBeInTheDocument();
  });

  it('drops a page of an earlier query that arrives after the new one', async () => {
    const loader = manualLoader();
    const loadA = loader.forQuery('a');
    const loadB = loader.forQuery('b');
    function Harness() {
      const [query, setQuery] = useState('a');
      return (
        <>
          <button onClick={() => setQuery('b')}>Search b</button>
          <List query={query} load={query === 'a' ? loadA : loadB} />
        </>
      );
    }
    renderApp(<Harness />);
    await loader.answer(0, ['1'], 'c2', 2);
    click('More');
    click('Search b');
    await loader.answer(2, ['9'], null, 1);
    await loader.answer(1, ['2'], null, 2);
    expect(screen.getByText('b: 9 of 1')).toBeInTheDocument();
  });

  it('asks again for a page refused for an expired session once the user signs in again', async () => {
    const loader = manualLoader();
    const { bridge } = renderApp(<List query="a" load={loader.forQuery('a')} />);
    await loader.refuse(0);
    expect(screen.getByText('error')).toBeInTheDocument();
    act(() => bridge.host.expireSession());
    expect(loader.pending).toHaveLength(1);
    act(() => bridge.host.renewSession({ accessToken: 'a2', refreshToken: 'r2', expiresAt: Date.now() + 3_600_000 }));
    expect(loader.pending).toHaveLength(2);
    await loader.answer(1, ['1'], 'c2', 2);
    click('More');
    await loader.refuse(2);
    expect(screen.getByText('a: 1 of 2, more, more failed: unauthorized')).toBeInTheDocument();
    act(() => bridge.host.expireSession());
    act(() => bridge.host.renewSession({ accessToken: 'a3', refreshToken: 'r3', expiresAt: Date.now() + 3_600_000 }));
    expect(loader.pending[3]?.cursor).toBe('c2');
    await loader.answer(3, ['2'], null, 2);
    expect(screen.getByText('a: 1,2 of 2')).toBeInTheDocument();
  });
});
