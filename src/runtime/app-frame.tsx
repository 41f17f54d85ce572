import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppRoot } from '../ui';

/**
 * The outermost element of every app: scopes our styles, isolates us from the host's, sets `lang`,
 * and is a named region, so all of the app is inside a landmark whatever the host's page looks like.
 */
export function AppFrame({ appId, appName, children }: { appId: string; appName: string; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <AppRoot data-app={appId} lang={i18n.language} role="region" aria-label={appName}>
      {children}
    </AppRoot>
  );
}
