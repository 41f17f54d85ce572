import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildPath, pathParamNames, type PathParams, type SuccessBody } from './route';
import { routeIds, routes } from './routes';
import { errorBodySchema } from './common';
import type { Seat } from './seats';

describe('route table', () => {
  it('has one route per method and path', () => {
    const keys = routeIds.map((id) => `${routes[id].method} ${routes[id].path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('documents a 2xx response for every route', () => {
    for (const id of routeIds) {
      const statuses = Object.keys(routes[id].responses).map(Number);
      expect(
        statuses.some((status) => status >= 200 && status < 300),
        id,
      ).toBe(true);
    }
  });

  it('documents error statuses with bodies the open error schema accepts', () => {
    for (const id of routeIds) {
      for (const [status, schema] of Object.entries(routes[id].responses)) {
        if (Number(status) < 400) continue;
        const shape = schema.toJSONSchema();
        expect(shape, `${id} ${status}`).toMatchObject({ properties: { error: { type: 'object' } } });
        const code = (shape as { properties: { error: { properties: { code: { enum: string[] } } } } }).properties.error.properties.code.enum[0];
        const body = { error: { code, message: 'x' } };
        expect(schema.safeParse(body).success, `${id} ${status}`).toBe(true);
        expect(errorBodySchema.safeParse(body).success).toBe(true);
      }
    }
  });

  it('builds paths with URL-encoded parameters', () => {
    expect(buildPath(routes.listCalls, { number: '+14155550100' })).toBe('/api/v1/teams/numbers/%2B14155550100/calls');
    expect(pathParamNames(routes.retryActivationStep.path)).toEqual(['stepId']);
    expectTypeOf<PathParams<typeof routes.sendSeatJobChunk>>().toEqualTypeOf<{ jobId: string }>();
  });

  it('infers the success body of a route from its schemas', () => {
    expectTypeOf<SuccessBody<typeof routes.createSeat>>().toEqualTypeOf<Seat>();
    expectTypeOf<SuccessBody<typeof routes.logout>>().toEqualTypeOf<undefined>();
  });
});
