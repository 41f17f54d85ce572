import type { LocaleResources } from './index';
import enBulk from './locales/en/bulk.json';
import frBulk from './locales/fr/bulk.json';
import esBulk from './locales/es/bulk.json';
import enTeams from './locales/en/teams.json';
import frTeams from './locales/fr/teams.json';
import esTeams from './locales/es/teams.json';
import enImport from './locales/en/import.json';
import frImport from './locales/fr/import.json';
import esImport from './locales/es/import.json';

/** Each namespace's texts, by namespace. The apps' lifecycles import only their own. */
export const bulkNamespace: LocaleResources = { en: enBulk, fr: frBulk, es: esBulk };
export const teamsNamespace: LocaleResources = { en: enTeams, fr: frTeams, es: esTeams };
export const importNamespace: LocaleResources = { en: enImport, fr: frImport, es: esImport };

/** Every namespace, for stories and component tests that render screens of either app. */
export const allNamespaces: Record<string, LocaleResources> = { bulk: bulkNamespace, teams: teamsNamespace, import: importNamespace };
