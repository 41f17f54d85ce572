import { describe, expect, it } from 'vitest';
import { spareNumberPageSchema } from '../../src/contract';
import { loginAsDemoUser, mockBackend, NORTHWIND } from '../node';
import { withMockServer } from '../vitest';

withMockServer();

describe('the spare numbers of an account', () => {
  it('are the pool numbers no seat uses, ascending, searched by digits and paged', async () => {
    const session = await loginAsDemoUser();
    const data = mockBackend.bulk(NORTHWIND.id);
    const used = new Set(data.seats.map((seat) => seat.directNumber));
    const expected = data.numberPool.filter((number) => !used.has(number)).sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(used.size).toBeGreaterThan(1);

    const all = spareNumberPageSchema.parse(await (await session.fetch('/api/v1/seats/spare-numbers?limit=500')).json());
    expect(all.items.map((item) => item.number)).toEqual(expected);
    expect(all.total).toBe(expected.length);
    expect(all.items.some((item) => used.has(item.number))).toBe(false);

    const first = spareNumberPageSchema.parse(await (await session.fetch('/api/v1/seats/spare-numbers?limit=5')).json());
    const second = spareNumberPageSchema.parse(
      await (await session.fetch(`/api/v1/seats/spare-numbers?limit=5&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)).json(),
    );
    expect([...first.items, ...second.items].map((item) => item.number)).toEqual(expected.slice(0, 10));

    const wanted = expected[3] ?? '';
    const search = `(${wanted.slice(2, 5)}) ${wanted.slice(5, 8)}-${wanted.slice(8)}`;
    const found = spareNumberPageSchema.parse(await (await session.fetch(`/api/v1/seats/spare-numbers?q=${encodeURIComponent(search)}`)).json());
    expect(found.items.map((item) => item.number)).toEqual([wanted]);
  });
});
