import type { Server } from 'node:http';

export interface Interception {
  delayMs?: number;
  status?: number;
  body?: string;
  type?: string;
}

export function serveStatic(options: {
  root: string;
  port: number;
  fallback?: string | null;
  headers?: Record<string, string>;
  intercept?: ((pathname: string) => Interception | null | undefined | Promise<Interception | null | undefined>) | null;
}): Promise<Server>;

/** Stops the server and ends its open (keep-alive) connections. */
export function closeServer(server: Server): Promise<void>;
