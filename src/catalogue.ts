import type { AppLifecycles } from './bridge/lifecycles';
import bulkManagerIcon from './apps/bulk-manager/icon.svg';
import teamsIcon from './apps/teams/icon.svg';

/** One app this bundle registers, as a host's Apps menu and router need it. @public */
export interface AppEntry {
  /** Stable identifier, also the single-spa application name. */
  id: 'bulk-manager' | 'teams';
  /** Product name (the same in every language). */
  title: string;
  /** A one-line description per language, for the host's menu. */
  description: Record<'en' | 'fr' | 'es', string>;
  /** URL of a square SVG icon (a data: URL, so it needs no request). */
  icon: string;
  /** The path the host mounts the app under; the app owns everything below it. */
  route: string;
  /** Loads the app's code and returns its single-spa lifecycles. */
  load(): Promise<AppLifecycles>;
}

/** The apps this bundle registers, in menu order. @public */
export const apps: readonly AppEntry[] = [
  {
    id: 'bulk-manager',
    title: 'Bulk Manager',
    description: {
      en: 'Onboard users into your phone system from a file.',
      fr: 'Intégrez des utilisateurs à votre téléphonie à partir d’un fichier.',
      es: 'Incorpore usuarios a su sistema telefónico desde un archivo.',
    },
    icon: bulkManagerIcon,
    route: '/apps/bulk-manager',
    load: () => import('./apps/bulk-manager/lifecycles').then((module) => module.lifecycles),
  },
  {
    id: 'teams',
    title: 'Teams',
    description: {
      en: 'Microsoft Teams Direct Routing: numbers and users.',
      fr: 'Routage direct Microsoft Teams : numéros et utilisateurs.',
      es: 'Enrutamiento directo de Microsoft Teams: números y usuarios.',
    },
    icon: teamsIcon,
    route: '/apps/teams',
    load: () => import('./apps/teams/lifecycles').then((module) => module.lifecycles),
  },
];
