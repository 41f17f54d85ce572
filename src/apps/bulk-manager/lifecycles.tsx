import '../../zod-setup';
import { createAppLifecycles } from '../../runtime/lifecycles';
import { importNamespace } from '../../i18n/import-namespace';
import { bulkNamespace } from '../../i18n/bulk-namespace';
import { BulkManagerApp } from './shell/bulk-manager-app';

/** Bulk Manager's single-spa lifecycles (also usable as a parcel). */
export const lifecycles = createAppLifecycles({
  id: 'bulk-manager',
  name: 'Bulk Manager',
  namespaces: { bulk: bulkNamespace, import: importNamespace },
  Root: BulkManagerApp,
});

export const { bootstrap, init, mount, unmount, update } = lifecycles;
