import type { AppEntry } from './bridge/contract';
import { bulkManagerManifest } from './apps/bulk-manager/manifest';
import { teamsManifest } from './apps/teams/manifest';

export type { AppEntry, AppLifecycles } from './bridge/contract';

/** What the host's menu needs of a manifest (its sections are the app's own business). */
const entryOf = ({ id, title, description, icon, route }: Omit<AppEntry, 'load'>): Omit<AppEntry, 'load'> => ({ id, title, description, icon, route });

/** The apps this bundle registers, in menu order. */
export const apps: readonly AppEntry[] = [
  { ...entryOf(bulkManagerManifest), load: () => import('./apps/bulk-manager/lifecycles').then((module) => module.lifecycles) },
  { ...entryOf(teamsManifest), load: () => import('./apps/teams/lifecycles').then((module) => module.lifecycles) },
];
