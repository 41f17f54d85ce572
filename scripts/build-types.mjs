// Publishes the typed contract with the build: declarations of the bridge contract and of the
// remote's exposed modules, in dist/remote/types (index.d.ts is the entry host teams reference).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const outDir = path.join(process.env.DIST_DIR ?? 'dist', 'remote', 'types');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json', '--outDir', outDir], { stdio: 'inherit' });

const lifecycleModule = (name) => `declare module 'portalApps/${name}' {
  type AppLifecycles = import('./bridge/contract').AppLifecycles;
  export const lifecycles: AppLifecycles;
  export const bootstrap: AppLifecycles['bootstrap'];
  export const init: AppLifecycles['init'];
  export const mount: AppLifecycles['mount'];
  export const unmount: AppLifecycles['unmount'];
  export const update: AppLifecycles['update'];
}
`;

// Ambient declarations of the exposed modules (a file with no top-level import, so they declare).
fs.writeFileSync(
  path.join(outDir, 'remote-modules.d.ts'),
  `declare module 'portalApps/catalogue' {
  type AppEntry = import('./bridge/contract').AppEntry;
  /** The apps this bundle registers, in menu order. */
  export const apps: readonly AppEntry[];
}
${lifecycleModule('bulk-manager')}${lifecycleModule('teams')}declare module 'portalApps/conformance' {
  type ConformanceOptions = import('./bridge/conformance-types').ConformanceOptions;
  type ConformanceReport = import('./bridge/conformance-types').ConformanceReport;
  /** Checks a host's bridge against the contract; never throws. */
  export function runBridgeConformance(bridge: unknown, options: ConformanceOptions): Promise<ConformanceReport>;
  /** The report as text, one line per check. */
  export function formatConformanceReport(report: ConformanceReport): string;
}
declare module 'portalApps/memory-navigation' {
  export type MemoryNavigation = import('./host/memory-navigation').MemoryNavigation;
  export type MemoryNavigationOptions = import('./host/memory-navigation').MemoryNavigationOptions;
  /** The bridge's \`navigation\` kept in memory: the app moves, the page's URL and history stay. */
  export const createMemoryNavigation: typeof import('./host/memory-navigation').createMemoryNavigation;
}
`,
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
console.log(`Types -> ${path.join(outDir, "index.d.ts")}`);
