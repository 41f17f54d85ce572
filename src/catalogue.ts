import type { AppEntry } from './bridge/contract';
import { bulkManagerManifest } from './apps/bulk-manager/manifest';
import { teamsManifest } from './apps/teams/manifest';

export type { AppEntry, AppLifecycles } from './bridge/contract';

/** What the host's menu needs of a manifest (its sections are the app's own business). */
const entryOf = ({ id, title, description, icon, route }: Omit<AppEntry, 'load'>): Omit<AppEntry, 'load'> => ({ id, title, description, icon, route });

/**
 * The apps this bundle registers, in menu order. Each loads the chunk its exposed module is built in
 * (named after it), so a host that loads `portalApps/teams` and one that goes through the catalogue
 * fetch the same file.
 */
export const apps: readonly AppEntry[] = [
  { ...entryOf(bulkManagerManifest), load: () => import(/* webpackChunkName: "__federation_expose_bulk_manager" */ './apps/bulk-manager/lifecycles').then((module) => module.lifecycles) },
  { ...entryOf(teamsManifest), load: () => import(/* webpackChunkName: "__federation_expose_teams" */ './apps/teams/lifecycles').then((module) => module.lifecycles) },
];
