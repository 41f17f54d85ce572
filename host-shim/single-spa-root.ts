import { addErrorHandler, getAppStatus, start, triggerAppChange, unregisterApplication } from 'single-spa';
import type { AppEntry } from 'portal-apps/types';
import { registerApp, type AppHost } from './register-app';

/** What the root config needs from the host page to mount apps. */
export interface RootConfig extends AppHost {
  /** An app failed to load or mount: the page shows it as unavailable. */
  onAppError(appId: string, message: string): void;
}

let started = false;

/** Registers the catalogue's apps with single-spa: each is active under its route, only when signed in. */
export function registerApps(apps: readonly AppEntry[], config: RootConfig): void {
  for (const app of apps) registerApp(app, config);
  if (!started) {
    addErrorHandler((error) => {
      config.onAppError(error.appOrParcelName, error.message);
    });
    start({ urlRerouteOnly: true });
    started = true;
  }
}

/** After a load or mount error: forget the broken app and register it again, then try to mount it. */
export async function retryApp(app: AppEntry, config: RootConfig): Promise<void> {
  if (getAppStatus(app.id) !== null) await unregisterApplication(app.id);
  registerApp(app, config);
  await triggerAppChange();
}
