import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';
import { routeIds } from './routes';

describe('OpenAPI document', () => {
  it('describes every route of the table with its parameters and responses', () => {
    const document = buildOpenApiDocument() as {
      paths: Record<string, Record<string, { operationId: string; parameters: Array<{ name: string; in: string }>; responses: Record<string, unknown> }>>;
    };
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations.map((item) => item.operationId).sort()).toEqual([...routeIds].sort());
    const chunk = document.paths['/api/v1/seat-jobs/{jobId}/chunks']?.post;
    expect(chunk?.parameters.map((item) => `${item.in}:${item.name}`)).toEqual(['path:jobId', 'header:Idempotency-Key', 'header:X-Account-Id']);
    expect(Object.keys(chunk?.responses ?? {})).toEqual(expect.arrayContaining(['200', '404', '409', '422', '401', '429', '503']));
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it("describes the seat template columns' optional labels per language", () => {
    const document = buildOpenApiDocument() as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
    };
    const schema = document.paths['/api/v1/seat-template']?.get?.responses['200']?.content?.['application/json']?.schema;
    const column = (schema as { properties: { columns: { items: { properties: Record<string, unknown>; required: string[] } } } }).properties.columns.items;
    expect(column.properties.labels).toEqual({
      type: 'object',
      propertyNames: { type: 'string', pattern: '^[a-z]{2,3}$' },
      additionalProperties: { type: 'string', minLength: 1 },
    });
    expect(column.required).not.toContain('labels');
  });
});
