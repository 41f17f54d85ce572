import type { AppEntry } from './bridge/contract';
import { bulkManagerManifest } from './apps/bulk-manager/manifest';
import { teamsManifest } from './apps/teams/manifest';
import { appEntry } from './runtime/app-entry';

export type { AppEntry, AppLifecycles } from './bridge/contract';

/**
 * The apps this bundle registers, in menu order. Each loads the chunk its exposed module is built in
 * (named after it), so a host that loads `portalApps/teams` and one that goes through the catalogue
 * fetch the same file.
 */
export const apps: readonly AppEntry[] = [
  appEntry(bulkManagerManifest, () => import(/* webpackChunkName: "__federation_expose_bulk_manager" */ './apps/bulk-manager/lifecycles')),
  appEntry(teamsManifest, () => import(/* webpackChunkName: "__federation_expose_teams" */ './apps/teams/lifecycles')),
];
