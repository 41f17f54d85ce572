import type { AppManifest } from '../../runtime/app-manifest';
import icon from './icon.svg';

/** Bulk Manager, declared once (see `AppManifest`). */
export const bulkManagerManifest = {
  id: 'bulk-manager',
  title: 'Bulk Manager',
  description: {
    en: 'Onboard users into your phone system from a file.',
    fr: 'Intégrez des utilisateurs à votre téléphonie à partir d’un fichier.',
    es: 'Incorpore usuarios a su sistema telefónico desde un archivo.',
  },
  icon,
  route: '/apps/bulk-manager',
  sections: ['configuration', 'seats', 'event-logs'],
} as const satisfies AppManifest;
