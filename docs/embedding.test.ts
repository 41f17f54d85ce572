import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snippetsOf } from '../scripts/doc-snippets.mjs';

const root = path.resolve(__dirname, '..');
const guide = 'docs/embedding.md';

describe('the embedding guide', () => {
  const snippets = snippetsOf(root, guide);

  it('quotes tested code: every TypeScript block is a snippet of a file the tests run', () => {
    const text = fs.readFileSync(path.join(root, guide), 'utf8');
    const tsBlocks = text.match(/```ts\n/g) ?? [];
    expect(snippets.length).toBeGreaterThanOrEqual(5);
    expect(snippets.filter((snippet) => snippet.language === 'ts')).toHaveLength(tsBlocks.length);
  });

  for (const snippet of snippetsOf(root, guide)) {
    it(`quotes ${snippet.file}#${snippet.region} as it is (run \`node scripts/doc-snippets.mjs\` after changing it)`, () => {
      expect(snippet.quoted).toBe(snippet.actual);
    });
  }

  it('is linked from the README', () => {
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('docs/embedding.md');
  });
});
