// @vitest-environment node
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snippetsOf } from '../scripts/doc-snippets.mjs';

/**
 * The guide's code as a host team reads it: each snippet stands on its own. Its imports come from
 * packages, from `portal-apps/types` (the published `types/`, built here as `npm run build` ships it)
 * or from a sibling example file, never from our sources; and it type-checks alone against the built
 * types, so every name it uses is defined or imported in it.
 */
const root = path.resolve(__dirname, '..');
const snippets = snippetsOf(root, 'docs/embedding.md').filter((snippet) => snippet.language === 'ts');
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-apps-snippet-types-'));
const publishedTypes = path.join(dist, 'remote', 'types', 'index.d.ts');

/** Every module a piece of TypeScript names: imports, re-exports, `import()` calls and types. */
function moduleSpecifiersOf(text: string): string[] {
  const source = ts.createSourceFile('snippet.ts', text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      found.push(node.moduleSpecifier.text);
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) found.push(node.argument.literal.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0]))
      found.push(node.arguments[0].text);
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression))
      found.push(node.moduleReference.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Why a snippet of `file` may not import `specifier`, or null when it may. */
function forbiddenImport(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return /(^|\/)src(\/|$)/.test(specifier) ? `${specifier} names a src/ folder` : null;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  if (target === 'src' || target.startsWith('src/')) return `${specifier} is our source (${target}), which hosts do not have: import from portal-apps/types`;
  if (path.posix.dirname(target) !== path.posix.dirname(file)) return `${specifier} leaves the example's folder (${target})`;
  return null;
}

/** Type-checks pieces of code, each as a file of its own next to `nextTo`, against the built types. */
function typeCheckAlone(pieces: { name: string; nextTo: string; text: string }[]): Map<string, string[]> {
  const configFile = path.join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, paths: { 'portal-apps/types': [publishedTypes] } };
  const virtual = new Map(pieces.map((piece) => [path.join(root, path.dirname(piece.nextTo), `__snippet-${piece.name}.ts`), piece] as const));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, language, ...rest) => {
    const piece = virtual.get(path.resolve(fileName));
    return piece ? ts.createSourceFile(fileName, piece.text, language) : getSourceFile.call(host, fileName, language, ...rest);
  };
  host.fileExists = (fileName) => virtual.has(path.resolve(fileName)) || fileExists.call(host, fileName);
  host.readFile = (fileName) => virtual.get(path.resolve(fileName))?.text ?? readFile.call(host, fileName);
  const program = ts.createProgram([...virtual.keys(), publishedTypes], options, host);
  const problems = new Map(pieces.map((piece) => [piece.name, [] as string[]]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const piece = diagnostic.file ? virtual.get(path.resolve(diagnostic.file.fileName)) : undefined;
    if (!piece || !diagnostic.file) continue;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    problems.get(piece.name)?.push(`line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
  }
  return problems;
}

describe("the guide's snippets", () => {
  let problems = new Map<string, string[]>();
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-types.mjs')], { cwd: root, env: { ...process.env, DIST_DIR: dist }, stdio: 'pipe' });
    problems = typeCheckAlone([
      ...snippets.map((snippet) => ({ name: snippet.region, nextTo: snippet.file, text: snippet.actual })),
      { name: 'undeclared-name', nextTo: 'docs/examples/portal-bridge.ts', text: 'export const bridge: HostBridge | null = null;\n' },
      {
        name: 'from-published-types',
        nextTo: 'docs/examples/portal-bridge.ts',
        text: "import type { HostBridge } from 'portal-apps/types';\nexport const bridge: HostBridge | null = null;\n",
      },
    ]);
  }, 120_000);
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('are the five TypeScript examples of the guide', () => {
    expect(snippets.map((snippet) => `${snippet.file}#${snippet.region}`)).toEqual([
      'host-shim/federation.ts#load-remote',
      'host-shim/register-app.ts#register-apps',
      'docs/examples/plain-host.ts#mount-parcel',
      'docs/examples/portal-bridge.ts#bridge',
      'docs/examples/portal-bridge.test.ts#conformance',
    ]);
  });

  for (const snippet of snippets) {
    it(`${snippet.file}#${snippet.region} imports from packages, portal-apps/types or a sibling example, never from src/`, () => {
      const specifiers = moduleSpecifiersOf(snippet.actual);
      expect(specifiers.length).toBeGreaterThan(0);
      expect(specifiers.map((specifier) => forbiddenImport(snippet.file, specifier)).filter(Boolean)).toEqual([]);
    });

    it(`${snippet.file}#${snippet.region} type-checks on its own against the published types`, () => {
      expect(problems.get(snippet.region)).toEqual([]);
    });
  }

  it('would catch a snippet that imports from src/ or uses a name it does not define', () => {
    const file = 'docs/examples/portal-bridge.ts';
    expect(
      moduleSpecifiersOf("import type { HostBridge } from '../../src/bridge/contract';\ntype K = import('../../src/host/conformance').ConformanceKit;"),
    ).toEqual(['../../src/bridge/contract', '../../src/host/conformance']);
    expect(forbiddenImport(file, '../../src/bridge/contract')).toBe(
      '../../src/bridge/contract is our source (src/bridge/contract), which hosts do not have: import from portal-apps/types',
    );
    expect(forbiddenImport(file, '../../mocks/node')).toBe("../../mocks/node leaves the example's folder (mocks/node)");
    expect(forbiddenImport(file, 'portal-apps/src/bridge/contract')).toBe('portal-apps/src/bridge/contract names a src/ folder');
    expect(forbiddenImport(file, './portal-bridge')).toBeNull();
    expect(forbiddenImport(file, 'portal-apps/types')).toBeNull();
    expect(problems.get('undeclared-name')).toEqual(["line 1: Cannot find name 'HostBridge'."]);
    expect(problems.get('from-published-types')).toEqual([]);
  });
});
