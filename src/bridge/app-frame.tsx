import type { ReactNode } from 'react';

/** The outermost element of every app: scopes our styles and isolates us from the host's. */
export function AppFrame({ appId, children }: { appId: string; children: ReactNode }) {
  return <div data-app={appId}>{children}</div>;
}
