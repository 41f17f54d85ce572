import { describe, expect, it } from 'vitest';
import { seatJobChunkResponseSchema, seatJobStatusResponseSchema } from '../../src/contract';
import { SEED_JOB_ID, loginAsDemoUser, mockBackend, NORTHWIND } from '../node';
import { withMockServer } from '../vitest';

withMockServer();

async function postJson(fetchFn: (path: string, init?: RequestInit) => Promise<Response>, path: string, body: unknown, key?: string): Promise<Response> {
  return fetchFn(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
  });
}

describe('the rows of a bulk seat job', () => {
  it('keep the seat each row was sent with, its latest values winning, and the status route serves them', async () => {
    const session = await loginAsDemoUser();
    const job = (await (await postJson(session.fetch, '/api/v1/seat-jobs', { rowCount: 3, fileName: 'three.csv' })).json()) as { id: string };
    const good = { firstName: '=cmd', lastName: 'Zero', email: 'zero@example.com', extension: '0042', site: 'Remote' };
    const badSite = { firstName: 'Bo', lastName: 'Annex', email: 'bo@example.com', extension: '0043', site: 'Annex' };
    const first = seatJobChunkResponseSchema.parse(
      await (
        await postJson(
          session.fetch,
          `/api/v1/seat-jobs/${job.id}/chunks`,
          {
            rows: [
              { rowNumber: 1, seat: good },
              { rowNumber: 2, seat: badSite },
            ],
          },
          'a',
        )
      ).json(),
    );
    // The chunk response stays the outcome only: the client has the seat it just sent.
    expect(first.results.map((result) => Object.keys(result).includes('seat'))).toEqual([false, false]);
    // A job completes when every row has a result, so the fixed row goes back while row 3 is still to come.
    expect(
      (await postJson(session.fetch, `/api/v1/seat-jobs/${job.id}/chunks`, { rows: [{ rowNumber: 2, seat: { ...badSite, site: 'Remote' } }] }, 'b')).status,
    ).toBe(200);

    const status = seatJobStatusResponseSchema.parse(await (await session.fetch(`/api/v1/seat-jobs/${job.id}`)).json());
    expect(status.results.items.map((item) => [item.rowNumber, item.status, item.seat])).toEqual([
      [1, 'created', { ...good, role: 'User', addressBook: true }],
      [2, 'created', { ...badSite, site: 'Remote', role: 'User', addressBook: true }],
    ]);
  });

  it('of the seeded Northwind job carry the values of the seats they created, and the refused values of the failed ones', () => {
    const data = mockBackend.bulk(NORTHWIND.id);
    const job = data.jobs.find((item) => item.id === SEED_JOB_ID);
    const firstSeat = data.seats[0];
    expect(job?.results['1']?.seat).toMatchObject({
      email: firstSeat?.email,
      extension: firstSeat?.extension,
      firstName: firstSeat?.firstName,
      site: firstSeat?.site,
    });
    expect(job?.results['252']).toMatchObject({
      status: 'failed',
      code: 'unknown-site',
      seat: { email: 'sam.unknown@example.com', extension: '1301', site: 'Annex' },
    });
    expect(Object.values(job?.results ?? {}).every((record) => seatJobStatusResponseSchema.shape.results.shape.items.element.safeParse(record).success)).toBe(
      true,
    );
  });
});
