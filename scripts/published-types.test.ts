import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-apps-types-'));
const types = path.join(dist, 'remote', 'types');

/** Type-checks a host's file against the published types; returns tsc's output ('' when clean). */
function typeCheck(source: string): string {
  const file = path.join(dist, `consumer-${Math.random().toString(36).slice(2)}.ts`);
  fs.writeFileSync(file, `/// <reference path="./remote/types/index.d.ts" />\n${source}`);
  try {
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '--ignoreConfig', '--noEmit', '--strict', '--module', 'esnext', '--moduleResolution', 'bundler', '--target', 'es2022', '--lib', 'es2022,dom', file],
      { encoding: 'utf8' },
    );
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('the typed contract published with the build', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-types.mjs')], { cwd: root, env: { ...process.env, DIST_DIR: dist } });
  }, 60_000);

  it('types the bridge and every exposed module for a host written in TypeScript', () => {
    const output = typeCheck(`
      import type { HostBridge, AppEntry, ConformanceReport } from './remote/types';
      import { apps } from 'portalApps/catalogue';
      import { lifecycles } from 'portalApps/teams';
      import { runBridgeConformance } from 'portalApps/conformance';
      declare const bridge: HostBridge;
      const entry: AppEntry | undefined = apps[0];
      const mounted: Promise<void> = lifecycles.mount({ bridge });
      const report: Promise<ConformanceReport> = runBridgeConformance(bridge, { otherAccountId: '100002', forbiddenAccountId: '100003', missingAccountId: '999999' });
      void entry; void mounted; void report;
    `);
    expect(output).toBe('');
    expect(fs.readFileSync(path.join(types, 'bridge', 'contract.d.ts'), 'utf8')).toContain('@public');
  }, 60_000);

  it('types the memory navigation module as a bridge navigation', () => {
    const output = typeCheck(`
      import type { HostBridge, MemoryNavigation } from './remote/types';
      import { createMemoryNavigation } from 'portalApps/memory-navigation';
      const navigation: MemoryNavigation = createMemoryNavigation('/apps/teams/users', { basePath: '/apps/teams' });
      declare const rest: Omit<HostBridge, 'navigation'>;
      const bridge: HostBridge = { ...rest, navigation };
      const entries: readonly string[] = navigation.history;
      void bridge; void entries;
    `);
    expect(output).toBe('');
    expect(typeCheck(`
      import { createMemoryNavigation } from 'portalApps/memory-navigation';
      createMemoryNavigation('/apps/teams').history.push('/elsewhere');
    `)).toMatch(/Property 'push' does not exist/);
  }, 60_000);

  it('catches a host that misuses the contract', () => {
    const output = typeCheck(`
      import type { HostBridge } from './remote/types';
      const bridge: HostBridge = { contractVersion: '1.0.0' };
      void bridge;
    `);
    expect(output).toMatch(/missing the following properties/);
  }, 60_000);
});
