import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppRoot } from '../ui';

/** The outermost element of every app: scopes our styles, isolates us from the host's, sets `lang`. */
export function AppFrame({ appId, children }: { appId: string; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <AppRoot data-app={appId} lang={i18n.language}>
      {children}
    </AppRoot>
  );
}
