import type { LocaleResources } from './index';
import enImport from './locales/en/import.json';
import frImport from './locales/fr/import.json';
import esImport from './locales/es/import.json';

/** The import engine's messages: `import:*`. */
export const importNamespace: LocaleResources = { en: enImport, fr: frImport, es: esImport };
