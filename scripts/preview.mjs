// `npm run preview`: serves the production build (`npm run build` first) with mocks on.
import path from 'node:path';
import fs from 'node:fs';
import { serveStatic } from './serve-static.mjs';

const dist = path.resolve('dist');
for (const part of ['shim', 'remote']) {
  if (!fs.existsSync(path.join(dist, part))) {
    console.error(`dist/${part} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const shimPort = Number(process.env.SHIM_PORT ?? 3000);
const remotePort = Number(process.env.REMOTE_PORT ?? 3001);
await serveStatic({ root: path.join(dist, 'remote'), port: remotePort, headers: { 'Access-Control-Allow-Origin': '*' } });
await serveStatic({ root: path.join(dist, 'shim'), port: shimPort, fallback: 'index.html' });
console.log(`Reference host (production build): http://localhost:${shimPort}  (remote on :${remotePort})`);
