// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeIds, routes, type RouteId } from '../src/contract';

const root = path.resolve(__dirname, '..');
const guide = fs.readFileSync(path.join(root, 'docs/embedding.md'), 'utf8');

/** The guide's text between `<!-- name -->` and `<!-- /name -->`. */
function region(name: string): string {
  const start = guide.indexOf(`<!-- ${name} -->`);
  const end = guide.indexOf(`<!-- /${name} -->`);
  if (start < 0 || end < start) throw new Error(`docs/embedding.md has no <!-- ${name} --> ... <!-- /${name} --> region`);
  return guide.slice(start, end);
}

interface TableRow {
  /** The folder of the first column, such as `src/apps/teams/calls/`. */
  folder: string | null;
  /** Each endpoint of the row as written: method, path and route ID. */
  endpoints: Array<{ method: string; path: string; id: string }>;
}

function rowsOf(text: string): TableRow[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && line.includes('/api/v1/'))
    .map((line) => ({
      folder: /`(src\/[^`]+\/)`/.exec(line)?.[1] ?? null,
      endpoints: [...line.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/api\/v1\/[^`]+)` \(`(\w+)`\)/g)].map(([, method = '', routePath = '', id = '']) => ({
        method,
        path: routePath,
        id,
      })),
    }));
}

/** Which route each function of the typed client (src/api/) calls. */
function clientFunctionRoutes(): Map<string, RouteId> {
  const byFunction = new Map<string, RouteId>();
  const apiDir = path.join(root, 'src/api');
  for (const file of fs.readdirSync(apiDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
    const text = fs.readFileSync(path.join(apiDir, file), 'utf8');
    for (const match of text.matchAll(/export (?:async )?function (\w+)\([^]*?\n}/g)) {
      const [body, name = ''] = match;
      const routeId = /routes\.(\w+)/.exec(body)?.[1];
      if (routeId && routeId in routes) byFunction.set(name, routeId as RouteId);
    }
  }
  return byFunction;
}

/** The routes a feature folder calls, found by the client functions its (non-test) files call. */
function routesCalledIn(folder: string, byFunction: Map<string, RouteId>): string[] {
  const called = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.(test|stories)\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        for (const [name, routeId] of byFunction) if (new RegExp(`(?<![.\\w])${name}\\(`).test(text)) called.add(routeId);
      }
    }
  };
  walk(path.join(root, folder));
  return [...called].sort();
}

describe("the guide's table of endpoints", () => {
  const features = rowsOf(region('endpoints-by-feature'));
  const firstScreens = rowsOf(region('endpoints-first-screen'));

  it('names every route of src/contract/, each by its own method and path, and no route that does not exist', () => {
    const named = [...features, ...firstScreens].flatMap((row) => row.endpoints);
    expect(named.length).toBeGreaterThan(0);
    for (const endpoint of named) {
      expect(routeIds, `the table names ${endpoint.id}, which src/contract/ does not have`).toContain(endpoint.id);
      const route = routes[endpoint.id as RouteId];
      expect(`${endpoint.method} ${endpoint.path}`, endpoint.id).toBe(`${route.method} ${route.path}`);
    }
    const inTable = new Set(features.flatMap((row) => row.endpoints.map((endpoint) => endpoint.id)));
    expect(
      routeIds.filter((id) => !inTable.has(id)),
      'routes missing from the table of features',
    ).toEqual([]);
  });

  it('lists for each feature folder exactly the routes its code calls through src/api/', () => {
    const byFunction = clientFunctionRoutes();
    const appRows = features.filter((row) => row.folder?.startsWith('src/apps/'));
    expect(appRows.length).toBeGreaterThanOrEqual(8);
    for (const row of appRows) {
      const folder = row.folder ?? '';
      expect(row.endpoints.map((endpoint) => endpoint.id).sort(), folder).toEqual(routesCalledIn(folder, byFunction));
    }
    const folders = appRows.map((row) => row.folder);
    for (const app of ['bulk-manager', 'teams']) {
      const featureDirs = fs
        .readdirSync(path.join(root, 'src/apps', app), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `src/apps/${app}/${entry.name}/`)
        .filter((folder) => routesCalledIn(folder, byFunction).length > 0);
      expect(folders, `every feature of ${app} that calls the APIs has a row`).toEqual(expect.arrayContaining(featureDirs));
    }
  });

  it("gives each app's first screen the routes it loads, each also in its feature's row", () => {
    expect(firstScreens.map((row) => row.folder)).toEqual(['src/apps/bulk-manager/configuration/', 'src/apps/teams/setup/']);
    for (const row of firstScreens) {
      const feature = features.find((candidate) => candidate.folder === row.folder);
      const featureIds = feature?.endpoints.map((endpoint) => endpoint.id) ?? [];
      expect(featureIds).toEqual(expect.arrayContaining(row.endpoints.map((endpoint) => endpoint.id)));
    }
  });
});
