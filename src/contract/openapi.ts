import { z } from 'zod';
import { commonErrorCodes, errorBodySchema } from './common';
import { pathParamNames, type RouteDefinition } from './route';
import { routeIds, routes } from './routes';

/**
 * The OpenAPI 3.1 description of the host APIs, generated from the route table, for host teams who
 * must serve them. Request schemas describe what clients send (zod input), responses what servers
 * answer (zod output).
 */

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

function operation(id: string, route: RouteDefinition): JsonSchema {
  const parameters: JsonSchema[] = pathParamNames(route.path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  if (route.query) {
    const shape = jsonSchema(route.query, 'input');
    const properties = (shape.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((shape.required ?? []) as string[]);
    for (const [name, schema] of Object.entries(properties)) parameters.push({ name, in: 'query', required: required.has(name), schema });
  }
  if (route.idempotencyKey) {
    parameters.push({ name: 'Idempotency-Key', in: 'header', required: route.idempotencyKey === 'required', schema: { type: 'string', maxLength: 255 } });
  }
  if (route.auth === 'account') parameters.push({ name: 'X-Account-Id', in: 'header', required: true, schema: { type: 'string', pattern: '^\\d{6}$' } });

  const responses: Record<string, JsonSchema> = {};
  for (const [status, schema] of Object.entries(route.responses)) {
    if (status === '204') {
      responses[status] = { description: 'No content' };
      continue;
    }
    const mediaType = Number(status) < 300 ? (route.produces ?? 'application/json') : 'application/json';
    responses[status] = {
      description: Number(status) < 300 ? 'Success' : 'Error',
      content: { [mediaType]: { schema: mediaType === 'text/csv' ? { type: 'string' } : jsonSchema(schema, 'output') } },
    };
  }
  for (const [status, codes] of Object.entries(commonErrorCodes)) {
    if (responses[status]) continue;
    if (status === '401' && route.auth === 'public') continue;
    responses[status] = { description: `Error: ${codes.join(', ')}`, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
  }
  return {
    operationId: id,
    summary: route.summary,
    security: route.auth === 'public' ? [] : [{ bearer: [] }],
    parameters,
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
    responses,
  };
}

/** Builds the OpenAPI document (a plain JSON object). */
export function buildOpenApiDocument(version = '1.0.0'): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const id of routeIds) {
    const route: RouteDefinition = routes[id];
    const path = route.path.replace(/:([A-Za-z][A-Za-z0-9]*)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(id, route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Portal Apps host APIs', version, description: 'The APIs a host portal serves to the Bulk Manager and Teams apps.' },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { ErrorBody: jsonSchema(errorBodySchema, 'output') },
    },
  };
}
