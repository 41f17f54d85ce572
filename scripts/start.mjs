// `npm start`: the remote on :3001 and the reference host on :3000, each its own dev server
// (webpack-dev-server 5 cannot serve two configs from one process).
import { spawn } from 'node:child_process';

const servers = [
  { name: 'remote', port: process.env.REMOTE_PORT ?? '3001' },
  { name: 'shim', port: process.env.SHIM_PORT ?? '3000' },
];

const children = servers.map(({ name }) =>
  spawn(process.execPath, ['node_modules/webpack-cli/bin/cli.js', 'serve', '--config-name', name, '--mode', 'development'], {
    stdio: 'inherit',
    env: process.env,
  }),
);

console.log(`\nReference host: http://localhost:${servers[1].port}  (remote: http://localhost:${servers[0].port}/mf-manifest.json)`);
console.log('Demo sign-in: alex.admin / Passw0rd! / Northwind Traders\n');

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
