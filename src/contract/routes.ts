import { accountRoutes } from './accounts';
import { authRoutes } from './auth';
import { eventLogRoutes } from './event-logs';
import type { RouteDefinition } from './route';
import { seatJobRoutes } from './seat-jobs';
import { seatRoutes } from './seats';
import { teamsAssignmentRoutes } from './teams-assignments';
import { teamsCallRoutes } from './teams-calls';
import { teamsNumberRoutes } from './teams-numbers';
import { teamsTenantRoutes } from './teams-tenant';
import { teamsUserRoutes } from './teams-users';
import { templateRoutes } from './template';
import { welcomeRoutes } from './welcome';

/**
 * Every route of the host API, by a stable ID. The api client, the mock handlers and the OpenAPI
 * document are all built from this table.
 */
export const routes = {
  ...authRoutes,
  ...accountRoutes,
  ...seatRoutes,
  ...templateRoutes,
  ...seatJobRoutes,
  ...eventLogRoutes,
  ...welcomeRoutes,
  ...teamsTenantRoutes,
  ...teamsNumberRoutes,
  ...teamsUserRoutes,
  ...teamsCallRoutes,
  ...teamsAssignmentRoutes,
} as const satisfies Record<string, RouteDefinition>;

/** The table's type. */
export type Routes = typeof routes;
/** A route's ID, for example `listSeats`. */
export type RouteId = keyof Routes;

/** The route IDs, in table order. */
export const routeIds = Object.keys(routes) as RouteId[];
