import type { LocaleResources } from './index';
import enTeams from './locales/en/teams.json';
import frTeams from './locales/fr/teams.json';
import esTeams from './locales/es/teams.json';
import enTeamsSetup from './locales/en/teams-setup.json';
import frTeamsSetup from './locales/fr/teams-setup.json';
import esTeamsSetup from './locales/es/teams-setup.json';
import enTeamsUsers from './locales/en/teams-users.json';
import frTeamsUsers from './locales/fr/teams-users.json';
import esTeamsUsers from './locales/es/teams-users.json';

/** Teams' texts, merged from one file per feature area: `teams:shell.*`, `teams:setup.*`, `teams:numbers.*`, `teams:users.*`… */
export const teamsNamespace: LocaleResources = {
  en: { ...enTeams, ...enTeamsSetup, ...enTeamsUsers },
  fr: { ...frTeams, ...frTeamsSetup, ...frTeamsUsers },
  es: { ...esTeams, ...esTeamsSetup, ...esTeamsUsers },
};
