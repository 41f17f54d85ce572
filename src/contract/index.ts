/**
 * The wire contract of the host APIs: zod schemas, inferred types and the route table. The OpenAPI
 * generator is not re-exported here (import `./openapi` directly) so that app bundles never carry it.
 */
export * from './common';
export * from './route';
export * from './routes';
export * from './auth';
export * from './accounts';
export * from './seats';
export * from './template';
export * from './seat-validation';
export * from './seat-jobs';
export * from './event-logs';
export * from './welcome';
export * from './teams-tenant';
export * from './teams-numbers';
export * from './teams-users';
export * from './teams-calls';
export * from './teams-assignments';
