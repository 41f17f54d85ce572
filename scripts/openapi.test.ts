import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../src/contract/openapi';

describe('the published OpenAPI document', () => {
  it('is valid OpenAPI by the official JSON Schema of its version, with every $ref resolving', async () => {
    const validator = new Validator();
    const document: Record<string, unknown> = JSON.parse(JSON.stringify(buildOpenApiDocument('0.0.0-test')));
    const result = await validator.validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(Validator.supportedVersions.has(validator.version)).toBe(true);
    // Resolving fails on a $ref that points nowhere, which schema validation alone lets through.
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('is refused when broken, so the check above can fail', async () => {
    const document: Record<string, unknown> = JSON.parse(JSON.stringify(buildOpenApiDocument('0.0.0-test')));
    const paths = document.paths as Record<string, Record<string, { parameters: Array<{ in: string }> }>>;
    const firstParameter = paths['/api/v1/seats']?.get?.parameters[0];
    expect(firstParameter).toBeDefined();
    // Swagger 2's body parameters do not exist in OpenAPI 3.
    if (firstParameter) firstParameter.in = 'body';
    const result = await new Validator().validate(document);
    expect(result.valid).toBe(false);
  });
});
