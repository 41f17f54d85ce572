import type { LocaleResources } from './index';
import { bulkNamespace } from './bulk-namespace';
import { importNamespace } from './import-namespace';
import { teamsNamespace } from './teams-namespace';

export { bulkNamespace, importNamespace, teamsNamespace };

/** Every namespace, for stories and component tests that render screens of either app. */
export const allNamespaces: Record<string, LocaleResources> = { bulk: bulkNamespace, teams: teamsNamespace, import: importNamespace };
