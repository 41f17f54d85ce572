import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { accountIdSchema, routeIds, routes, type HttpMethod, type RouteDefinition, type RouteId } from '../../src/contract';
import type { MockBackend } from '../backend';
import type { FaultInjector } from '../faults';
import { authImpls } from './auth';
import { MockHttpError, type RequestContext, type RouteImpl, type RouteImpls } from './define';
import { eventLogImpls } from './event-logs';
import { seatJobImpls } from './seat-jobs';
import { seatImpls } from './seats';
import { teamsNumberImpls } from './teams-numbers';
import { teamsTenantImpls } from './teams-tenant';
import { teamsUserImpls } from './teams-users';

/** Every route's implementation; the compiler checks that none is missing and each answers per contract. */
export const routeImpls: RouteImpls<RouteId> = {
  ...authImpls,
  ...seatImpls,
  ...seatJobImpls,
  ...eventLogImpls,
  ...teamsTenantImpls,
  ...teamsNumberImpls,
  ...teamsUserImpls,
};

function errorResponse(status: number, code: string, message: string, fieldErrors?: Record<string, string>, headers?: Record<string, string>): Response {
  return HttpResponse.json({ error: { code, message, fieldErrors } }, { status, headers });
}

/** `{ 'rows.3.seat.email': 'invalid_format' }`: where each problem is, for located error messages. */
function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fieldErrors[path] ??= issue.code;
  }
  return fieldErrors;
}

function toResponse(route: RouteDefinition, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (status === 204) return new HttpResponse(null, { status, headers });
  if (route.produces === 'text/csv' && status < 300 && typeof body === 'string') {
    return HttpResponse.text(body, { status, headers: { 'Content-Type': 'text/csv; charset=utf-8', ...headers } });
  }
  return new HttpResponse(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/**
 * One request through the mock: faults, authentication, account scope, query and body parsing,
 * idempotent replay, the route's implementation, then the dropped-response and commit-then-hang faults
 * (after the change is committed, as a real lost or late response would be).
 */
async function handle(
  backend: MockBackend,
  faults: FaultInjector,
  routeId: RouteId,
  request: Request,
  rawParams: Record<string, string | readonly string[] | undefined>,
): Promise<Response> {
  const route: RouteDefinition = routes[routeId];
  const decision = faults.decide(routeId);
  if (decision.latencyMs > 0) await delay(decision.latencyMs);
  if (decision.hang === 'before') {
    await faults.hang(request.signal);
    return HttpResponse.error();
  }
  // What the client gets once the change is committed: nothing (a lost or never-ending response), or `answer`.
  const afterCommit = async (answer: () => Response): Promise<Response> => {
    if (decision.hang === 'after-commit') {
      await faults.hang(request.signal);
      return HttpResponse.error();
    }
    return decision.drop ? HttpResponse.error() : answer();
  };
  if (decision.error?.status === 429) {
    return errorResponse(429, 'rate-limited', 'Too many requests', undefined, { 'Retry-After': decision.error.retryAfter });
  }
  if (decision.error)
    return errorResponse(decision.error.status, decision.error.status === 500 ? 'internal-error' : 'service-unavailable', 'Injected server fault');

  let user = null;
  let session = null;
  let accountId: string | null = null;
  if (route.auth !== 'public') {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
    if (!token) return errorResponse(401, 'unauthenticated', 'A bearer token is required');
    const check = backend.checkAccessToken(token);
    if (!check.ok) return errorResponse(401, check.code, check.code === 'session-expired' ? 'The session has expired' : 'Unknown token');
    user = check.user;
    session = check.session;
  }
  if (route.auth === 'account' && user) {
    const header = request.headers.get('X-Account-Id');
    if (header === null) return errorResponse(400, 'account-header-required', 'The X-Account-Id header is required');
    if (!accountIdSchema.safeParse(header).success) return errorResponse(400, 'invalid-account-id', 'X-Account-Id must have six digits');
    if (!user.accountIds.includes(header) || !backend.findAccount(header)) return errorResponse(403, 'account-forbidden', `You may not open account ${header}`);
    accountId = header;
  }

  let query: unknown = undefined;
  if (route.query) {
    const parsed = route.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return errorResponse(400, 'invalid-query', 'The query string is not valid', fieldErrorsOf(parsed.error));
    query = parsed.data;
  }

  let body: unknown = undefined;
  let bodyText = '';
  if (route.body) {
    bodyText = await request.text();
    let json: unknown;
    try {
      json = JSON.parse(bodyText);
    } catch {
      return errorResponse(400, 'malformed-body', 'The body is not JSON');
    }
    const parsed = route.body.safeParse(json);
    if (!parsed.success) return errorResponse(422, 'invalid-body', 'The body does not match the contract', fieldErrorsOf(parsed.error));
    body = parsed.data;
    // In the browser this mock runs on the page's main thread, which a real server never holds: after
    // reading a large body (an account check of 5,000 rows) it lets the page have a turn before doing
    // the work, so that the two are not one long task.
    if (bodyText.length > LARGE_BODY_CHARS) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  const key = request.headers.get('Idempotency-Key');
  if (route.idempotencyKey === 'required' && !key) return errorResponse(400, 'idempotency-key-required', 'This route needs an Idempotency-Key header');
  const storeKey = key && route.idempotencyKey ? `${accountId ?? user?.id ?? ''}|${routeId}|${key}` : null;
  const fingerprint = `${new URL(request.url).pathname}\n${bodyText}`;
  if (storeKey) {
    const stored = backend.state.idempotency[storeKey];
    if (stored && stored.fingerprint !== fingerprint) return errorResponse(409, 'idempotency-key-reused', 'This Idempotency-Key was used for another request');
    if (stored) {
      const replayed = typeof stored.body === 'object' && stored.body !== null && 'replayed' in stored.body ? { ...stored.body, replayed: true } : stored.body;
      return afterCommit(() => toResponse(route, stored.status, replayed, { 'Idempotency-Replayed': 'true' }));
    }
  }

  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(rawParams)) if (typeof value === 'string') params[name] = value;
  const effects = { seatsCreated: 0 };
  // The table is heterogeneous; each implementation was type-checked against its own route above.
  const impl = routeImpls[routeId] as unknown as RouteImpl<RouteDefinition>;
  const context = { backend, request, params, query, body, user, session, accountId, effects } as unknown as RequestContext<RouteDefinition>;
  let result: { status: number; body: unknown; headers?: Record<string, string> };
  try {
    result = impl(context);
  } catch (error) {
    if (error instanceof MockHttpError) return errorResponse(error.status, error.code, error.message, error.fieldErrors);
    throw error;
  }
  if (storeKey && result.status < 300) {
    backend.state.idempotency[storeKey] = { fingerprint, status: result.status, body: result.body, seatsCreated: effects.seatsCreated };
  }
  // A change is saved (browser persistence structured-clones the whole state); checking seats changes nothing.
  if ((route.method !== 'GET' && routeId !== 'validateSeats') || routeId === 'getTenant') backend.changed();
  return afterCommit(() => toResponse(route, result.status, result.body, result.headers));
}

/** Bodies above this many characters are read in one task and processed in the next (see `handle`). */
const LARGE_BODY_CHARS = 64 * 1024;

const methods = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete, HEAD: http.head } satisfies Record<HttpMethod, unknown>;

/** The MSW handlers of every route, on `*` origins so they answer whatever base URL the host uses. */
export function createHandlers(backend: MockBackend, faults: FaultInjector): HttpHandler[] {
  return routeIds.map((routeId) => {
    const route: RouteDefinition = routes[routeId];
    return methods[route.method](`*${route.path}`, ({ request, params }) => handle(backend, faults, routeId, request, params));
  });
}
