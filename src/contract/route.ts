import type { z } from 'zod';

/**
 * How a route of the host API is described. The route table built from these descriptions is the single
 * source of truth for the api client (`src/api`), the mock handlers (`mocks/`) and the OpenAPI document.
 */

/** HTTP methods the host APIs use. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

/**
 * What a route needs to be called:
 * - `public`: nothing (login, refresh);
 * - `session`: a bearer token; the `X-Account-Id` header is not needed (logout, account lookup);
 * - `account`: a bearer token and the `X-Account-Id` header of an account the user may open.
 */
export type RouteAuth = 'public' | 'session' | 'account';

/** Success statuses. */
export type SuccessStatus = 200 | 201 | 202 | 204;

/** The description of one route. */
export interface RouteDefinition {
  method: HttpMethod;
  /** The path with `:name` parameters, for example `/api/v1/seat-jobs/:jobId/chunks`. */
  path: `/api/v1/${string}`;
  /** One line for the OpenAPI document and for people reading the table. */
  summary: string;
  auth: RouteAuth;
  /** The query string; values are strings on the wire, so numbers are coerced. */
  query?: z.ZodObject;
  /** The JSON request body. */
  body?: z.ZodType;
  /**
   * The `Idempotency-Key` request header: `required` (the server refuses without it) or `optional`.
   * A request carrying one may be retried safely whatever its method.
   */
  idempotencyKey?: 'required' | 'optional';
  /** The body schema of each documented status (2xx and the route's own errors). */
  responses: { readonly [status: number]: z.ZodType };
  /** The media type of 2xx bodies; `application/json` when absent. */
  produces?: 'application/json' | 'text/csv';
}

/** Declares a route, keeping its literal types for the client and the mocks. */
export function defineRoute<const R extends RouteDefinition>(route: R): R {
  return route;
}

/** The parameter names of a path template: `'/a/:x/b/:y'` gives `'x' | 'y'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path parameters of a route, as strings. */
export type PathParams<R extends RouteDefinition> = { [K in PathParamNames<R['path']>]: string };

/** What a caller passes as the query of a route (`never` when the route has none). */
export type QueryInput<R extends RouteDefinition> = R extends { query: infer Q extends z.ZodType } ? z.input<Q> : never;
/** The parsed query a server sees. */
export type QueryOutput<R extends RouteDefinition> = R extends { query: infer Q extends z.ZodType } ? z.output<Q> : never;
/** What a caller passes as the body of a route (`never` when the route has none). */
export type BodyInput<R extends RouteDefinition> = R extends { body: infer B extends z.ZodType } ? z.input<B> : never;
/** The parsed body a server sees. */
export type BodyOutput<R extends RouteDefinition> = R extends { body: infer B extends z.ZodType } ? z.output<B> : never;

/** The statuses a route documents. */
export type ResponseStatus<R extends RouteDefinition> = keyof R['responses'] & number;

/** The parsed body of one documented status. */
export type ResponseBody<R extends RouteDefinition, S extends ResponseStatus<R>> = R['responses'][S] extends z.ZodType ? z.output<R['responses'][S]> : never;

/** The parsed body of any 2xx status of a route. */
export type SuccessBody<R extends RouteDefinition> = {
  [S in ResponseStatus<R> & SuccessStatus]: ResponseBody<R, S>;
}[ResponseStatus<R> & SuccessStatus];

/**
 * A response a server implementation may produce for a route: a documented status with a body of its
 * input type. Used to type the mock handlers.
 */
export type RouteResponse<R extends RouteDefinition> = {
  [S in ResponseStatus<R>]: R['responses'][S] extends z.ZodType ? { status: S; body: z.input<R['responses'][S]>; headers?: Record<string, string> } : never;
}[ResponseStatus<R>];

/**
 * Fills a path template with its parameters, each URL-encoded (`+1415…` becomes `%2B1415…`).
 */
export function buildPath<R extends RouteDefinition>(route: R, params: PathParams<R>): string {
  const values: Record<string, string> = params;
  return route.path.replace(/:([A-Za-z][A-Za-z0-9]*)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${route.path}`);
    return encodeURIComponent(value);
  });
}

/** The names of a path template's parameters, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z][A-Za-z0-9]*)/g)].map((match) => match[1] ?? '');
}
