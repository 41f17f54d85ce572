// `npm run start:http`: the reference host and the remote (dev servers, as `npm start`), the host
// talking over real HTTP to the reference backend (`npm run mock-server`) instead of MSW in the page.
// MOCK_SERVER_PORT (3100 by default) moves the backend; SHIM_PORT and REMOTE_PORT the other two.
import { spawn } from 'node:child_process';

const backendPort = process.env.MOCK_SERVER_PORT ?? '3100';
const apiBaseUrl = `http://127.0.0.1:${backendPort}`;
const children = [
  spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/mock-server.ts', '--port', backendPort], { stdio: 'inherit', env: process.env }),
  spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit', env: { ...process.env, API_BASE_URL: apiBaseUrl } }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
