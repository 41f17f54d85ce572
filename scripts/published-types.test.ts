import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-apps-types-'));
const types = path.join(dist, 'remote', 'types');
const manifestFile = path.join(dist, 'remote', 'mf-manifest.json');

/** The modules the remote exposes, as webpack.config.mjs declares them (`catalogue`, `teams`, …). */
function exposedModules(): string[] {
  const script = `const { default: config } = await import(${JSON.stringify(path.join(root, 'webpack.config.mjs'))});
const remote = config({}, { mode: 'production' }).find((entry) => entry.name === 'remote');
const federation = remote.plugins.find((plugin) => plugin.constructor.name === 'ModuleFederationPlugin');
console.log(JSON.stringify(Object.keys(federation._options.exposes)));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return (JSON.parse(output) as string[]).map((key) => key.replace(/^\.\//, ''));
}

/** What webpack writes before the types are built: the manifest, with no types yet. */
function writeManifest(exposes: string[]) {
  fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
  const manifest = {
    id: 'portalApps',
    name: 'portalApps',
    metaData: { name: 'portalApps', types: { path: '', name: '', zip: '', api: '' }, publicPath: 'auto' },
    shared: [],
    remotes: [],
    exposes: exposes.map((name) => ({
      id: `portalApps:${name}`,
      name,
      path: `./${name}`,
      assets: { js: { sync: [], async: [] }, css: { sync: [], async: [] } },
    })),
  };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
}

/** Type-checks a host's file against the published types; returns tsc's output ('' when clean). */
function typeCheck(source: string): string {
  const file = path.join(dist, `consumer-${Math.random().toString(36).slice(2)}.ts`);
  fs.writeFileSync(file, `/// <reference path="./remote/types/index.d.ts" />\n${source}`);
  try {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/typescript/bin/tsc'),
        '--ignoreConfig',
        '--noEmit',
        '--strict',
        '--module',
        'esnext',
        '--moduleResolution',
        'bundler',
        '--target',
        'es2022',
        '--lib',
        'es2022,dom',
        file,
      ],
      { encoding: 'utf8' },
    );
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('the typed contract published with the build', () => {
  let exposes: string[] = [];
  beforeAll(() => {
    exposes = exposedModules();
    writeManifest(exposes);
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
    expect(
      typeCheck(`
      import { createMemoryNavigation } from 'portalApps/memory-navigation';
      createMemoryNavigation('/apps/teams').history.push('/elsewhere');
    `),
    ).toMatch(/Property 'push' does not exist/);
  }, 60_000);

  it('catches a host that misuses the contract', () => {
    const output = typeCheck(`
      import type { HostBridge } from './remote/types';
      const bridge: HostBridge = { contractVersion: '1.0.0' };
      void bridge;
    `);
    expect(output).toMatch(/missing the following properties/);
  }, 60_000);

  it('names, in the manifest, a types archive and API file that Module Federation’s type tooling can use', () => {
    const { types: named } = (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { metaData: { types: { zip: string; api: string } } }).metaData;
    expect(named).toMatchObject({ zip: '@mf-types.zip', api: '@mf-types.d.ts' });
    expect(exposes).toEqual(expect.arrayContaining(['catalogue', 'bulk-manager', 'teams', 'conformance', 'memory-navigation']));

    // As the tooling does: unpack the archive into @mf-types/<remote>/ and the API file beside it, as apis.d.ts.
    const host = fs.mkdtempSync(path.join(dist, 'host-'));
    const unpacked = path.join(host, '@mf-types', 'portalApps');
    const archive = unzipSync(fs.readFileSync(path.join(dist, 'remote', named.zip)));
    for (const [file, bytes] of Object.entries(archive)) {
      fs.mkdirSync(path.dirname(path.join(unpacked, file)), { recursive: true });
      fs.writeFileSync(path.join(unpacked, file), bytes);
    }
    for (const expose of exposes) expect(Object.keys(archive), `${expose}.d.ts in the archive`).toContain(`${expose}.d.ts`);
    expect(strFromU8(archive['memory-navigation.d.ts'] ?? new Uint8Array())).toContain('createMemoryNavigation');
    const api = fs.readFileSync(path.join(dist, 'remote', named.api), 'utf8').replaceAll('REMOTE_ALIAS_IDENTIFIER', 'portalApps');
    for (const expose of exposes) expect(api).toContain(`'portalApps/${expose}'`);
    fs.writeFileSync(path.join(unpacked, 'apis.d.ts'), api);

    fs.writeFileSync(
      path.join(host, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
          paths: { '*': ['./@mf-types/*'] },
        },
        files: ['host.ts'],
      }),
    );
    fs.writeFileSync(
      path.join(host, 'host.ts'),
      `import { apps } from 'portalApps/catalogue';
import { lifecycles } from 'portalApps/teams';
import { createMemoryNavigation, type MemoryNavigation } from 'portalApps/memory-navigation';
import { runBridgeConformance } from 'portalApps/conformance';
import type { PackageType, RemoteKeys } from './@mf-types/portalApps/apis';
const key: RemoteKeys = 'portalApps/bulk-manager';
const catalogue: PackageType<'portalApps/catalogue'> = { apps };
const navigation: MemoryNavigation = createMemoryNavigation('/apps/teams');
const route: string | undefined = catalogue.apps[0]?.route;
const mounted: Promise<void> = lifecycles.mount({});
void key; void navigation; void route; void mounted; void runBridgeConformance;
`,
    );
    let output = '';
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(host, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 60_000);
});
