import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { getResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import { MockBackend } from './backend';
import { createMockControls, type MockControls } from './controls';
import { FaultInjector, type FaultRule } from './faults';
import { createHandlers } from './handlers';
import { isMockState } from './persistence';
import type { MockState } from './state';

/**
 * The mock backend over real HTTP (`npm run mock-server`): the same handlers MSW runs in the page and
 * in node tests (`createHandlers`), answered through `node:http`, so a host team can try the bundle
 * against a real server with real CORS, without writing one. One implementation: this file only turns
 * node requests into `Request`s and `Response`s back, and adds what a server on its own port needs
 * (CORS, a body size limit, state kept in a file, fault controls).
 */

/** The header that injects faults into one request: a JSON fault rule, or a list of them (mocks/faults.ts). */
export const FAULT_HEADER = 'x-mock-fault';

/** Where the controls are served, to loopback clients only. */
export const CONTROL_PREFIX = '/__mocks';

/** The request headers the apps and hosts send, allowed by the CORS preflight. */
export const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'accept', 'accept-language', 'x-account-id', 'idempotency-key', FAULT_HEADER];
/** The response headers a page on another origin may read. */
export const CORS_EXPOSED_HEADERS = ['retry-after', 'idempotency-replayed', 'content-disposition'];

/** Bodies above this are refused with 413; the largest the apps send (a 500-row chunk) is far below. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

const faultRuleSchema = z.strictObject({
  routes: z.array(z.string()).optional(),
  latencyMs: z.union([z.number().min(0), z.strictObject({ min: z.number().min(0), max: z.number().min(0) })]).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  errorStatus: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
  rateLimitRate: z.number().min(0).max(1).optional(),
  retryAfter: z.union([z.number().min(0), z.literal('date')]).optional(),
  dropRate: z.number().min(0).max(1).optional(),
  hangRate: z.number().min(0).max(1).optional(),
  hangAfterCommit: z.boolean().optional(),
  times: z.number().int().min(1).optional(),
});

/** A fault rule or a list of them, or a message that says which member is wrong. */
function parseFaultRules(value: unknown): { ok: true; rules: FaultRule | FaultRule[] } | { ok: false; message: string } {
  const parsed = Array.isArray(value) ? z.array(faultRuleSchema).safeParse(value) : faultRuleSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ') };
  // Route names are checked as strings only; an unknown one simply never matches.
  return { ok: true, rules: parsed.data as FaultRule | FaultRule[] };
}

/** Options of {@link startMockHttpServer}. */
export interface MockHttpServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The interface to listen on; loopback by default, so nothing outside this machine reaches it. */
  host?: string;
  /** A JSON file the state is read from at start (when it exists) and written to after each change. */
  stateFile?: string;
  /** The seed of the fault dice, for reproducible runs. */
  faultSeed?: number;
  /** Fault rules active from the start. */
  faults?: FaultRule | FaultRule[];
  /** Told of each API request as it arrives (CORS preflights included, the controls not), for logs and tests. */
  onRequest?: (request: MockHttpRequestInfo) => void;
}

/** What {@link MockHttpServerOptions.onRequest} is told of a request. */
export interface MockHttpRequestInfo {
  method: string;
  /** The path, without the query. */
  path: string;
  /** The `Origin` header: the page that sent it, when a browser did. */
  origin: string | undefined;
}

/** A running server. */
export interface MockHttpServer {
  /** `http://host:port`, the base URL to give a host's `api.fetch`. */
  url: string;
  port: number;
  backend: MockBackend;
  controls: MockControls;
  /** Stops listening, ends hanging requests and writes the state file one last time. */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** True for a peer on this machine: only they may drive the controls. */
export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.has(address);
}

function errorJson(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  // Any origin may call: the apps send a bearer token, never cookies, so there are no credentials to guard.
  return origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS.join(', '), Vary: 'Origin' } : {};
}

class BodyTooLargeError extends Error {}

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of request) {
    const buffer = Buffer.isBuffer(part) ? part : Buffer.from(String(part));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    parts.push(buffer);
  }
  return Buffer.concat(parts);
}

function toRequest(request: http.IncomingMessage, body: Buffer, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = request.method ?? 'GET';
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  return new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(body), signal });
}

async function send(response: http.ServerResponse, answer: Response, extraHeaders: Record<string, string>): Promise<void> {
  const headers: Record<string, string> = { ...extraHeaders };
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, headers);
  response.end(body);
}

function json(response: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(body);
}

async function loadState(file: string): Promise<MockState | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return null;
  }
  const value: unknown = JSON.parse(text);
  if (!isMockState(value)) throw new Error(`${file} is not a mock state this version can read; delete it to start from the seed`);
  return value;
}

/** Writes are coalesced: a bulk import changes the state on every chunk. */
function persistToFile(backend: MockBackend, file: string): { flush(): Promise<void>; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = Promise.resolve();
  const write = (): Promise<void> => {
    const text = JSON.stringify(backend.state);
    const temporary = `${file}.${process.pid}.tmp`;
    // Written aside, then renamed: a server stopped mid-write never leaves half a file.
    writing = writing
      .then(() => fs.mkdir(path.dirname(file), { recursive: true }))
      .then(() => fs.writeFile(temporary, text))
      .then(() => fs.rename(temporary, file));
    return writing.catch((error: unknown) => console.warn(`Mock state was not saved to ${file}`, error));
  };
  const stop = backend.onChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void write(), 100);
  });
  return {
    flush: () => {
      clearTimeout(timer);
      return write();
    },
    stop,
  };
}

/**
 * Starts the reference backend on `node:http`. The controls (`/__mocks/snapshot`, `/__mocks/reset`,
 * `/__mocks/faults`, `/__mocks/expire-sessions`, `/__mocks/advance-time`) answer loopback peers only, and
 * only JSON requests, so that a web page cannot drive them with a plain form post.
 */
export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const stored = options.stateFile ? await loadState(options.stateFile) : null;
  const backend = new MockBackend(stored ? { state: stored } : {});
  const faults = new FaultInjector(() => backend.now(), options.faultSeed);
  if (options.faults) faults.set(options.faults);
  const controls = createMockControls(backend, faults);
  const handlers = createHandlers(backend, faults);
  const persistence = options.stateFile ? persistToFile(backend, options.stateFile) : null;
  let faultSerial = 0;

  /** The handlers of one request that asked for faults: its own injector, so no other request is touched. */
  function handlersWithFaults(header: string): HttpHandler[] | string {
    let value: unknown;
    try {
      value = JSON.parse(header);
    } catch {
      return `${FAULT_HEADER} must be JSON: a fault rule such as {"errorRate":1,"errorStatus":503}`;
    }
    const parsed = parseFaultRules(value);
    if (!parsed.ok) return `${FAULT_HEADER} is not a fault rule: ${parsed.message}`;
    faultSerial += 1;
    const injector = new FaultInjector(() => backend.now(), (options.faultSeed ?? 7) + faultSerial);
    injector.set(parsed.rules);
    return createHandlers(backend, injector);
  }

  async function control(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): Promise<void> {
    if (!isLoopbackAddress(request.socket.remoteAddress))
      return json(response, 403, errorJson('control-forbidden', 'The mock controls answer clients on this machine only'));
    const method = request.method ?? 'GET';
    if (method !== 'GET' && !(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return json(response, 415, errorJson('json-required', 'Send control requests with Content-Type: application/json'));
    }
    const text = (await readBody(request)).toString('utf8');
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      return json(response, 400, errorJson('malformed-body', 'The body is not JSON'));
    }
    const route = `${method} ${pathname.slice(CONTROL_PREFIX.length)}`;
    switch (route) {
      case 'GET /snapshot':
        return json(response, 200, JSON.stringify(controls.snapshot()));
      case 'GET /faults':
        return json(response, 200, JSON.stringify(faults.list()));
      case 'PUT /faults': {
        const parsed = parseFaultRules(body);
        if (!parsed.ok)
          return json(response, 422, errorJson('invalid-body', `The body must be a fault rule or a list of them (mocks/faults.ts): ${parsed.message}`));
        controls.setFaults(parsed.rules);
        return json(response, 200, JSON.stringify(faults.list()));
      }
      case 'DELETE /faults':
        controls.clearFaults();
        return json(response, 200, '[]');
      case 'POST /reset':
        await controls.reset();
        return json(response, 200, JSON.stringify(controls.snapshot()));
      case 'POST /expire-sessions': {
        const keep = typeof body === 'object' && body !== null && 'keepRefreshTokens' in body && body.keepRefreshTokens === true;
        controls.expireSessions({ keepRefreshTokens: keep });
        return json(response, 200, JSON.stringify(controls.snapshot()));
      }
      case 'POST /advance-time': {
        const ms = typeof body === 'object' && body !== null && 'ms' in body && typeof body.ms === 'number' ? body.ms : null;
        if (ms === null) return json(response, 422, errorJson('invalid-body', 'Send { "ms": <milliseconds> }'));
        controls.advanceTime(ms);
        return json(response, 200, JSON.stringify({ now: new Date(backend.now()).toISOString() }));
      }
      default:
        return json(response, 404, errorJson('not-found', `No control ${route}; see mocks/http-server.ts`));
    }
  }

  async function serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(`${CONTROL_PREFIX}/`)) return control(request, response, url.pathname);
    const origin = request.headers.origin;
    options.onRequest?.({ method: request.method ?? 'GET', path: url.pathname, origin });
    const cors = corsHeaders(origin);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE',
        'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS.join(', '),
        'Access-Control-Max-Age': '600',
      });
      return void response.end();
    }
    const fault = request.headers[FAULT_HEADER];
    const requestHandlers = typeof fault === 'string' ? handlersWithFaults(fault) : handlers;
    if (typeof requestHandlers === 'string') return json(response, 400, errorJson('invalid-mock-fault', requestHandlers), cors);

    let body: Buffer;
    try {
      body = await readBody(request);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return json(response, 413, errorJson('body-too-large', `Bodies are limited to ${MAX_BODY_BYTES} bytes`), { ...cors, Connection: 'close' });
      throw error;
    }
    // A client that goes away aborts the request, which ends a hanging fault (FaultInjector.hang).
    const abort = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) abort.abort();
    });
    const answer = await getResponse(requestHandlers, toRequest(request, body, abort.signal));
    if (!answer) return json(response, 404, errorJson('not-found', `No route ${request.method ?? 'GET'} ${url.pathname}`), cors);
    // A dropped or failed response (HttpResponse.error()): the connection ends with no answer at all.
    if (answer.type === 'error') return void request.socket.destroy();
    await send(response, answer, cors);
  }

  const server = http.createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error('Mock server error', error);
      if (!response.headersSent) json(response, 500, errorJson('internal-error', error instanceof Error ? error.message : 'Unknown error'));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : 'localhost';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    backend,
    controls,
    close: async () => {
      faults.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (persistence) {
        persistence.stop();
        await persistence.flush();
      }
    },
  };
}
