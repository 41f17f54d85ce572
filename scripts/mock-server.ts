// `npm run mock-server -- [--port 3100] [--host 127.0.0.1] [--state file.json] [--fault-seed 7]`: the
// reference backend (the stateful mocks of mocks/, seeded) over real HTTP. The port also comes from
// MOCK_SERVER_PORT. See mocks/http-server.ts for the fault header and the loopback-only controls.
import { parseArgs } from 'node:util';
import '../src/zod-setup';
import { CONTROL_PREFIX, FAULT_HEADER, startMockHttpServer } from '../mocks/http-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    state: { type: 'string' },
    'fault-seed': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run mock-server -- [--port 3100] [--host 127.0.0.1] [--state file.json] [--fault-seed 7]');
  process.exit(0);
}

const port = Number(values.port ?? process.env.MOCK_SERVER_PORT ?? 3100);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port ?? process.env.MOCK_SERVER_PORT ?? ''}"`);
  process.exit(1);
}
const server = await startMockHttpServer({
  port,
  host: values.host,
  stateFile: values.state,
  faultSeed: values['fault-seed'] === undefined ? undefined : Number(values['fault-seed']),
});
console.log(`Reference backend: ${server.url}/api/v1  (state ${values.state ? `kept in ${values.state}` : 'in memory, from the seed'})`);
console.log(`Faults: a "${FAULT_HEADER}: {json rule}" request header, or PUT ${server.url}${CONTROL_PREFIX}/faults from this machine`);
console.log('Demo sign-in: alex.admin / Passw0rd! / Northwind Traders');

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
