import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layering of src/, read from the import statements of every source file (tests, stories and
 * testing/ folders aside): each folder imports only the folders below it, and no two files import
 * each other, however far round. The README's "Where things are" table describes the same folders.
 */

const SRC = path.resolve(__dirname);

/** What each part of src/ may import, besides itself and packages. */
const ALLOWED: Record<string, readonly string[]> = {
  bridge: [],
  contract: ['zod-setup.ts'],
  'zod-setup.ts': [],
  i18n: ['bridge'],
  ui: [],
  api: ['bridge', 'contract'],
  'api-check': ['api', 'contract'],
  import: ['contract', 'zod-setup.ts'],
  runtime: ['bridge', 'i18n', 'ui'],
  data: ['api', 'contract', 'runtime', 'ui', 'i18n'],
  host: ['bridge', 'contract', 'api', 'zod-setup.ts'],
  testing: ['bridge', 'contract', 'api', 'host'],
  'apps/bulk-manager': ['bridge', 'contract', 'api', 'import', 'ui', 'i18n', 'runtime', 'data', 'zod-setup.ts'],
  'apps/teams': ['bridge', 'contract', 'api', 'import', 'ui', 'i18n', 'runtime', 'data', 'zod-setup.ts'],
  'catalogue.ts': ['bridge', 'runtime', 'apps/bulk-manager', 'apps/teams'],
};

function isSourceFile(file: string): boolean {
  const relative = path.relative(SRC, file);
  return (
    /\.(ts|tsx)$/.test(file) &&
    !/\.(test|stories)\.tsx?$/.test(file) &&
    !/-stories-data\.ts$/.test(file) &&
    !relative.split(path.sep).some((part) => part === 'testing' || part === 'test-utils' || part === 'hostile-corpus')
  );
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : isSourceFile(file) ? [file] : [];
  });
}

const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The files a source file imports by relative path (packages are not followed). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPECIFIER)].flatMap(([, specifier]) => {
    const base = path.resolve(path.dirname(file), specifier ?? '');
    const found = EXTENSIONS.map((extension) => base + extension).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    return found ? [found] : [];
  });
}

/** The part of src/ a file belongs to: a top folder, an app folder, or a file at the top. */
function partOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  if (parts[0] === '..') return 'outside src/';
  if (parts[0] === 'apps' && parts.length > 2) return `apps/${parts[1]}`;
  return parts[0] ?? '';
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => !target.endsWith('.css'))]));
const name = (file: string) => path.relative(SRC, file);

describe('the layering of src/', () => {
  it('reads a real graph', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(path.join(SRC, 'catalogue.ts'))?.length).toBeGreaterThan(0);
  });

  it('has a rule for every part', () => {
    const parts = new Set(files.map(partOf));
    expect([...parts].filter((part) => !(part in ALLOWED))).toEqual([]);
  });

  it('imports only downwards: the contract depends on nothing, no screen is imported by the engine, the API client or the contract, and nothing outside tests imports the fakes', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = partOf(file);
      for (const target of targets) {
        const to = partOf(target);
        if (to === from) continue;
        const testing = path.relative(SRC, target).split(path.sep).includes('testing');
        if (testing || !(ALLOWED[from] ?? []).includes(to)) wrong.push(`${name(file)} imports ${path.relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps each app's shared/ folder below its features: what several features use imports none of them", () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const parts = path.relative(SRC, file).split(path.sep);
      if (parts[0] !== 'apps' || parts[2] !== 'shared') continue;
      for (const target of targets) {
        const to = path.relative(SRC, target).split(path.sep);
        if (to[0] === 'apps' && to[1] === parts[1] && to.length > 3 && to[2] !== 'shared') wrong.push(`${name(file)} imports ${name(target)}`);
      }
    }
    expect(files.some((file) => name(file).startsWith(path.join('apps', 'bulk-manager', 'shared')))).toBe(true);
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const target of graph.get(file) ?? []) {
        if (!graph.has(target)) continue;
        if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map(name).join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
