import { createAppLifecycles } from '../../bridge/lifecycles';
import { BulkManagerApp } from './shell/bulk-manager-app';
import en from '../../i18n/locales/en/bulk.json';
import fr from '../../i18n/locales/fr/bulk.json';
import es from '../../i18n/locales/es/bulk.json';

/** Bulk Manager's single-spa lifecycles (also usable as a parcel). @public */
export const lifecycles = createAppLifecycles({
  id: 'bulk-manager',
  name: 'Bulk Manager',
  namespaces: { bulk: { en, fr, es } },
  Root: BulkManagerApp,
});

export const { bootstrap, init, mount, unmount, update } = lifecycles;
