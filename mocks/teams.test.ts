import { describe, expect, it } from 'vitest';
import { becomesUnavailableAtPurchase, loginAsDemoUser, mockBackend, NORTHWIND, type HostFetch } from './node';
import { withMockServer } from './vitest';

withMockServer();

async function post(fetchFn: HostFetch, path: string, body: unknown): Promise<unknown> {
  const response = await fetchFn(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
}

describe('Teams numbers', () => {
  it('lists available numbers with their ratecenter, and a known number becomes unavailable at purchase', async () => {
    const { fetch } = await loginAsDemoUser();
    const available = (await (await fetch('/api/v1/teams/numbers/available?areaCode=206&prefix=5550100&limit=10')).json()) as {
      items: Array<{ number: string }>;
    };
    expect(available.items[0]).toEqual({ number: '+12065550100', ratecenter: { name: 'Seattle', state: 'WA' } });
    expect(becomesUnavailableAtPurchase('+12065550107')).toBe(true);
    expect(await post(fetch, '/api/v1/teams/numbers/purchase', { numbers: ['+12065550101', '+12065550107'] })).toEqual({
      results: [
        { number: '+12065550101', status: 'purchased' },
        { number: '+12065550107', status: 'unavailable' },
      ],
    });
  });
});

describe('Teams assignments CSV', () => {
  it('round-trips: the downloaded file changes nothing', async () => {
    const { fetch } = await loginAsDemoUser();
    const csv = await (await fetch('/api/v1/teams/assignments.csv')).text();
    expect(csv.split('\r\n')[0]).toBe('User Principal Name,Display Name,Phone Number,Failover Number,Ratecenter');
    const preview = (await post(fetch, '/api/v1/teams/assignments/validate', { csv })) as {
      changes: unknown[];
      problems: unknown[];
      rowCount: number;
      unchangedCount: number;
    };
    expect(preview.changes).toEqual([]);
    expect(preview.problems).toEqual([]);
    expect(preview.unchangedCount).toBe(preview.rowCount);
  });

  it('previews changes and locates problems, then applies only the rows without problems', async () => {
    const { fetch } = await loginAsDemoUser();
    const users = mockBackend.teams(NORTHWIND.id).users;
    const [assigned, other] = users;
    const unassigned = users.find((user) => user.phoneNumber === null);
    if (!assigned || !other || !unassigned) throw new Error('seed changed');
    const csv = [
      'User Principal Name,Display Name,Phone Number,Failover Number,Ratecenter',
      `${unassigned.userPrincipalName},,(312) 555-0114,,`,
      `${assigned.userPrincipalName},,,+1 628 555 0100,`,
      'nobody@example.com,,,,',
      `${other.userPrincipalName},,+1 999 555 0100,,`,
      `${other.userPrincipalName.toUpperCase()},,+1 212 555 01,,`,
    ].join('\n');
    const preview = await post(fetch, '/api/v1/teams/assignments/validate', { csv });
    expect(preview).toMatchObject({
      rowCount: 5,
      changes: [
        { rowNumber: 1, kind: 'assign', from: null, to: '+13125550114' },
        { rowNumber: 2, kind: 'unassign', from: assigned.phoneNumber, to: null },
        { rowNumber: 2, kind: 'failover-change', from: assigned.failoverNumber, to: '+16285550100' },
      ],
      problems: [
        { rowNumber: 3, code: 'unknown-user', column: 'User Principal Name' },
        { rowNumber: 4, code: 'number-not-owned', column: 'Phone Number', value: '+1 999 555 0100' },
        { rowNumber: 5, code: 'invalid-number', column: 'Phone Number' },
      ],
    });
    const applied = await post(fetch, '/api/v1/teams/assignments/apply', { csv });
    expect(applied).toMatchObject({
      results: [{ status: 'applied' }, { status: 'applied' }, { status: 'failed', code: 'unknown-user' }, { status: 'failed' }, { status: 'failed' }],
    });
    expect(unassigned.phoneNumber).toBe('+13125550114');
    expect(assigned.phoneNumber).toBeNull();
  });

  it('flags a number given to two users', async () => {
    const { fetch } = await loginAsDemoUser();
    const [first, second] = mockBackend.teams(NORTHWIND.id).users;
    const csv = `User Principal Name,Phone Number,Failover Number\n${first?.userPrincipalName},+13125550114,\n${second?.userPrincipalName},+13125550114,\n`;
    expect(await post(fetch, '/api/v1/teams/assignments/validate', { csv })).toMatchObject({
      problems: [
        { rowNumber: 1, code: 'duplicate-number' },
        { rowNumber: 2, code: 'duplicate-number' },
      ],
    });
  });
});
