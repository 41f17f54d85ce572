// A small static server for the built output: the host with a history fallback, the remote with CORS.
// Used by `npm run preview` and by the browser tests. Listens on localhost only.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.d.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on localhost:`port`. `fallback` is the file for unknown paths (single-page routing),
 * `headers` are added to every response (CORS for the remote, a Content-Security-Policy for the host).
 * `intercept(pathname)` lets a test misbehave: it may return `{ delayMs }` to answer late, or
 * `{ status, body, type }` to answer instead of the file.
 */
export function serveStatic({ root, port, fallback = null, headers = {}, intercept = null }) {
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const override = intercept ? await intercept(url.pathname) : null;
    if (override?.delayMs) await new Promise((resolve) => setTimeout(resolve, override.delayMs));
    if (override?.body !== undefined) {
      response.writeHead(override.status ?? 200, {
        'Content-Type': override.type ?? 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
        ...headers,
      });
      response.end(override.body);
      return;
    }
    const relative = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = path.join(root, relative);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    let body;
    try {
      const stat = await fs.stat(file);
      if (stat.isDirectory()) file = path.join(file, 'index.html');
      body = await fs.readFile(file);
    } catch {
      if (!fallback || path.extname(relative)) {
        response.writeHead(404, headers).end('Not found');
        return;
      }
      file = path.join(root, fallback);
      body = await fs.readFile(file);
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    response.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve(server));
  });
}

/**
 * Stops a server started by `serveStatic` and ends its open connections: a browser keeps idle
 * keep-alive connections that would otherwise hold `close` open until they time out.
 */
export function closeServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
