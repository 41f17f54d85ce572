import type { Server } from 'node:http';

export function serveStatic(options: { root: string; port: number; fallback?: string | null; headers?: Record<string, string> }): Promise<Server>;
