import { createAppLifecycles } from '../../bridge/lifecycles';
import { TeamsApp } from './shell/teams-app';
import en from '../../i18n/locales/en/teams.json';
import fr from '../../i18n/locales/fr/teams.json';
import es from '../../i18n/locales/es/teams.json';

/** Teams' single-spa lifecycles (also usable as a parcel). @public */
export const lifecycles = createAppLifecycles({
  id: 'teams',
  name: 'Teams',
  namespaces: { teams: { en, fr, es } },
  Root: TeamsApp,
});

export const { bootstrap, init, mount, unmount, update } = lifecycles;
