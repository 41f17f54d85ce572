import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script, without declarations
import { apiReport, reportFile } from '../../scripts/api-report.mjs';

describe('the API report of the published contract', () => {
  it('matches the source: a change to the contract is also a change to docs/api-report.md (run `npm run api-report`)', () => {
    const generated = (apiReport as () => string)();
    expect(generated).toContain('export interface HostBridge');
    expect(readFileSync(reportFile as string, 'utf8'), 'docs/api-report.md is out of date: run `npm run api-report` and review the change').toBe(generated);
  }, 30_000);
});
