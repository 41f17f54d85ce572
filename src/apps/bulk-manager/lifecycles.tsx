import '../../zod-setup';
import { createAppLifecycles } from '../../runtime/lifecycles';
import { bulkManagerManifest } from './manifest';
import { importNamespace } from '../../i18n/import-namespace';
import { bulkNamespace } from '../../i18n/bulk-namespace';
import { BulkManagerApp } from './shell/bulk-manager-app';

/** Bulk Manager's single-spa lifecycles (also usable as a parcel). */
export const lifecycles = createAppLifecycles({
  id: bulkManagerManifest.id,
  name: bulkManagerManifest.title,
  namespaces: { bulk: bulkNamespace, import: importNamespace },
  Root: BulkManagerApp,
});

export const { bootstrap, init, mount, unmount, update } = lifecycles;
