// Publishes the typed contract with the build: declarations of the bridge contract and of the
// remote's exposed modules, in dist/remote/types (index.d.ts is the entry host teams reference), and
// the same declarations where Module Federation's type tooling looks for them: @mf-types.zip (one
// `<expose>.d.ts` per exposed module) and @mf-types.d.ts (the keys `loadRemote` accepts), named by
// the manifest's `metaData.types`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

const remoteDir = path.join(process.env.DIST_DIR ?? 'dist', 'remote');
const outDir = path.join(remoteDir, 'types');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json', '--outDir', outDir], { stdio: 'inherit' });

/** The remote's name in Module Federation, and the files its type tooling reads beside the manifest. */
const REMOTE = 'portalApps';
const TYPES_ZIP = '@mf-types.zip';
const TYPES_API = '@mf-types.d.ts';
/** Where the compiled declarations sit inside the archive, beside the exposed modules' files. */
const COMPILED = 'compiled-types/';

const lifecycleModule = (root) => `  type AppLifecycles = import('${root}bridge/contract').AppLifecycles;
  export const lifecycles: AppLifecycles;
  export const bootstrap: AppLifecycles['bootstrap'];
  export const init: AppLifecycles['init'];
  export const mount: AppLifecycles['mount'];
  export const unmount: AppLifecycles['unmount'];
  export const update: AppLifecycles['update'];
`;

/** Each exposed module's declarations, given where the compiled declarations are (`./` in types/). */
const exposes = {
  catalogue: (root) => `  type AppEntry = import('${root}bridge/contract').AppEntry;
  /** The apps this bundle registers, in menu order. */
  export const apps: readonly AppEntry[];
`,
  'bulk-manager': lifecycleModule,
  teams: lifecycleModule,
  conformance: (root) => `  type ConformanceOptions = import('${root}bridge/conformance-types').ConformanceOptions;
  type ConformanceReport = import('${root}bridge/conformance-types').ConformanceReport;
  /** Checks a host's bridge against the contract; never throws. */
  export function runBridgeConformance(bridge: unknown, options: ConformanceOptions): Promise<ConformanceReport>;
  /** The report as text, one line per check. */
  export function formatConformanceReport(report: ConformanceReport): string;
`,
  'memory-navigation': (root) => `  export type MemoryNavigation = import('${root}host/memory-navigation').MemoryNavigation;
  export type MemoryNavigationOptions = import('${root}host/memory-navigation').MemoryNavigationOptions;
  /** The bridge's \`navigation\` kept in memory: the app moves, the page's URL and history stay. */
  export const createMemoryNavigation: typeof import('${root}host/memory-navigation').createMemoryNavigation;
`,
};

// Ambient declarations of the exposed modules (a file with no top-level import, so they declare).
fs.writeFileSync(
  path.join(outDir, 'remote-modules.d.ts'),
  Object.entries(exposes)
    .map(([name, body]) => `declare module '${REMOTE}/${name}' {\n${body('./')}}\n`)
    .join(''),
);

fs.writeFileSync(
  path.join(outDir, 'index.d.ts'),
  `/**
 * Types of the Portal Apps remote (Module Federation name "portalApps"): the bridge contract and the
 * exposed modules. Reference this file from a host's tsconfig to type what \`loadRemote\` returns.
 */
/// <reference path="./remote-modules.d.ts" />
export * from './bridge/index';
export type { MemoryNavigation, MemoryNavigationOptions } from './host/memory-navigation';
`,
);
console.log(`Types -> ${path.join(outDir, 'index.d.ts')}`);

/** Every compiled declaration file under types/, by its path relative to it (with forward slashes). */
function compiledDeclarations(dir, prefix = '') {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return compiledDeclarations(dir, `${relative}/`);
    return entry.name.endsWith('.d.ts') && !['index.d.ts', 'remote-modules.d.ts'].includes(relative) ? [relative] : [];
  });
}

// The archive a host's type tooling unpacks into @mf-types/portalApps/: `catalogue.d.ts` and the others
// are modules, so `portalApps/catalogue` resolves to them through the host's `paths`.
const files = Object.fromEntries([
  ...compiledDeclarations(outDir).map((file) => [`${COMPILED}${file}`, fs.readFileSync(path.join(outDir, file))]),
  ...Object.entries(exposes).map(([name, body]) => [`${name}.d.ts`, strToU8(`${body(`./${COMPILED}`).replace(/^ {2}/gm, '')}export {};\n`)]),
]);
fs.writeFileSync(path.join(remoteDir, TYPES_ZIP), zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));

// The tooling replaces REMOTE_ALIAS_IDENTIFIER with the name the host gives the remote.
const keys = Object.keys(exposes).map((name) => `'REMOTE_ALIAS_IDENTIFIER/${name}'`);
fs.writeFileSync(
  path.join(remoteDir, TYPES_API),
  `export type RemoteKeys = ${keys.join(' | ')};
export type PackageType<T> = ${keys.map((key) => `T extends ${key} ? typeof import(${key}) :`).join('\n  ')} any;
`,
);

// The manifest names both files; it exists once webpack has built the remote.
for (const name of ['mf-manifest.json', 'mf-stats.json']) {
  const file = path.join(remoteDir, name);
  if (!fs.existsSync(file)) continue;
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  const undeclared = (manifest.exposes ?? []).map((expose) => expose.name).filter((expose) => !(expose in exposes));
  if (undeclared.length > 0) throw new Error(`${name} exposes modules with no declarations in scripts/build-types.mjs: ${undeclared.join(', ')}`);
  manifest.metaData.types = { ...manifest.metaData.types, path: '', name: '', zip: TYPES_ZIP, api: TYPES_API };
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  console.log(`Types -> ${name} metaData.types (${TYPES_ZIP}, ${TYPES_API})`);
}
