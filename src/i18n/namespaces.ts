import type { LocaleResources } from './index';
import enBulk from './locales/en/bulk.json';
import frBulk from './locales/fr/bulk.json';
import esBulk from './locales/es/bulk.json';
import enBulkConfiguration from './locales/en/bulk-configuration.json';
import frBulkConfiguration from './locales/fr/bulk-configuration.json';
import esBulkConfiguration from './locales/es/bulk-configuration.json';
import enBulkSeats from './locales/en/bulk-seats.json';
import frBulkSeats from './locales/fr/bulk-seats.json';
import esBulkSeats from './locales/es/bulk-seats.json';
import enTeams from './locales/en/teams.json';
import frTeams from './locales/fr/teams.json';
import esTeams from './locales/es/teams.json';
import enTeamsSetup from './locales/en/teams-setup.json';
import frTeamsSetup from './locales/fr/teams-setup.json';
import esTeamsSetup from './locales/es/teams-setup.json';
import enTeamsUsers from './locales/en/teams-users.json';
import frTeamsUsers from './locales/fr/teams-users.json';
import esTeamsUsers from './locales/es/teams-users.json';
import enImport from './locales/en/import.json';
import frImport from './locales/fr/import.json';
import esImport from './locales/es/import.json';

/*
 * An app's namespace is kept in several files, one per feature area (each with its own top-level
 * keys), so the areas can change independently; they are merged here into one namespace.
 */

/** Bulk Manager's texts: `bulk:shell.*`, `bulk:configuration.*`, `bulk:seats.*`, `bulk:eventLogs.*`… */
export const bulkNamespace: LocaleResources = {
  en: { ...enBulk, ...enBulkConfiguration, ...enBulkSeats },
  fr: { ...frBulk, ...frBulkConfiguration, ...frBulkSeats },
  es: { ...esBulk, ...esBulkConfiguration, ...esBulkSeats },
};

/** Teams' texts: `teams:shell.*`, `teams:setup.*`, `teams:numbers.*`, `teams:users.*`… */
export const teamsNamespace: LocaleResources = {
  en: { ...enTeams, ...enTeamsSetup, ...enTeamsUsers },
  fr: { ...frTeams, ...frTeamsSetup, ...frTeamsUsers },
  es: { ...esTeams, ...esTeamsSetup, ...esTeamsUsers },
};

/** The import engine's messages: `import:*`. */
export const importNamespace: LocaleResources = { en: enImport, fr: frImport, es: esImport };

/** Every namespace, for stories and component tests that render screens of either app. */
export const allNamespaces: Record<string, LocaleResources> = { bulk: bulkNamespace, teams: teamsNamespace, import: importNamespace };
