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

/*
 * Bulk Manager's namespace is kept in several files, one per feature area (each with its own
 * top-level keys), so the areas can change independently; they are merged here into one namespace.
 * One module per app, so each app's bundle carries only its own texts.
 */

/** Bulk Manager's texts: `bulk:shell.*`, `bulk:configuration.*`, `bulk:seats.*`, `bulk:eventLogs.*`… */
export const bulkNamespace: LocaleResources = {
  en: { ...enBulk, ...enBulkConfiguration, ...enBulkSeats },
  fr: { ...frBulk, ...frBulkConfiguration, ...frBulkSeats },
  es: { ...esBulk, ...esBulkConfiguration, ...esBulkSeats },
};
