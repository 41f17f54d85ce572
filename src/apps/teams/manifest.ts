import type { AppManifest } from '../../runtime/app-manifest';
import icon from './icon.svg';

/** Teams, declared once (see `AppManifest`). */
export const teamsManifest = {
  id: 'teams',
  title: 'Teams',
  description: {
    en: 'Microsoft Teams Direct Routing: numbers and users.',
    fr: 'Routage direct Microsoft Teams : numéros et utilisateurs.',
    es: 'Enrutamiento directo de Microsoft Teams: números y usuarios.',
  },
  icon,
  route: '/apps/teams',
  sections: ['setup', 'phone-numbers', 'users'],
} as const satisfies AppManifest;
