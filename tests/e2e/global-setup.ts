import path from 'node:path';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { closeServer, serveStatic } from '../../scripts/serve-static.mjs';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    shimUrl: string;
    remoteUrl: string;
    chromium: string | null;
    distDir: string;
  }
}

const SHIM_PORT = Number(process.env.E2E_PORT ?? 4310);

/**
 * Serves the production build the way a host would load it: the host page on one origin, the remote
 * on another (the next port). Builds first when dist/ is missing or E2E_BUILD=1.
 */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const message = 'Chromium was not found (/usr/bin/chromium or CHROMIUM_PATH): BROWSER TESTS WERE SKIPPED.';
    if (process.env.CI === 'true') throw new Error(`${message} On CI a missing browser is a failure.`);
    console.warn(`\n${'!'.repeat(100)}\n${message}\nInstall it with: apt-get install -y chromium\n${'!'.repeat(100)}\n`);
  }
  // DIST_DIR lets several checkouts or people build and test side by side without sharing dist/.
  const distDir = process.env.DIST_DIR ?? 'dist';
  const dist = path.resolve(distDir);
  if (process.env.E2E_BUILD === '1' || !fs.existsSync(path.join(dist, 'shim/index.html')) || !fs.existsSync(path.join(dist, 'remote/mf-manifest.json'))) {
    execFileSync(process.execPath, ['node_modules/webpack-cli/bin/cli.js', '--mode', 'production'], {
      stdio: 'inherit',
      env: { ...process.env, DIST_DIR: distDir },
    });
  }
  const servers: Server[] = [
    await serveStatic({ root: path.join(dist, 'remote'), port: SHIM_PORT + 1, headers: { 'Access-Control-Allow-Origin': '*' } }),
    await serveStatic({ root: path.join(dist, 'shim'), port: SHIM_PORT, fallback: 'index.html' }),
  ];
  project.provide('shimUrl', `http://localhost:${SHIM_PORT}`);
  project.provide('remoteUrl', `http://localhost:${SHIM_PORT + 1}`);
  project.provide('chromium', chromium);
  project.provide('distDir', dist);
  return async () => {
    await Promise.all(servers.map(closeServer));
  };
}
