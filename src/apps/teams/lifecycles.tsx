import '../../zod-setup';
import { createAppLifecycles } from '../../runtime/lifecycles';
import { teamsManifest } from './manifest';
import { importNamespace } from '../../i18n/import-namespace';
import { teamsNamespace } from '../../i18n/teams-namespace';
import { TeamsApp } from './shell/teams-app';

/** Teams' single-spa lifecycles (also usable as a parcel). */
export const lifecycles = createAppLifecycles({
  id: teamsManifest.id,
  name: teamsManifest.title,
  namespaces: { teams: teamsNamespace, import: importNamespace },
  Root: TeamsApp,
});

export const { bootstrap, init, mount, unmount, update } = lifecycles;
