import type { AppEntry } from './bridge/contract';

export type { AppEntry, AppLifecycles } from './bridge/contract';
import bulkManagerIcon from './apps/bulk-manager/icon.svg';
import teamsIcon from './apps/teams/icon.svg';

/** The apps this bundle registers, in menu order. */
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
