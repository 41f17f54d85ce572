/**
 * The typed client of the host APIs: errors as values, retries where safe, cancellation. One module per
 * resource, each a set of plain functions taking the client.
 */
export * from './client';
export * from './result';
export * from './retry';
export * from './auth';
export * from './accounts';
export * from './seats';
export * from './template';
export * from './seat-jobs';
export * from './event-logs';
export * from './welcome';
export * from './teams-tenant';
export * from './teams-numbers';
export * from './teams-users';
export * from './teams-calls';
export * from './teams-assignments';
