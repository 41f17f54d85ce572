import { addErrorHandler, getAppStatus, registerApplication, start, triggerAppChange, unregisterApplication } from 'single-spa';
import type { AppEntry } from '../src/catalogue';
import type { HostBridge } from '../src/bridge/contract';

/** What the root config needs from the host page to mount apps. */
export interface RootConfig {
  /** The bridge of the signed-in session, or null when nobody is signed in. */
  bridge(): HostBridge | null;
  /** The element apps render into. */
  outlet(): HTMLElement;
  /** An app failed to load or mount: the page shows it as unavailable. */
  onAppError(appId: string, message: string): void;
}

let started = false;

/** Registers the catalogue's apps with single-spa: each is active under its route, only when signed in. */
export function registerApps(apps: readonly AppEntry[], config: RootConfig): void {
  for (const app of apps) register(app, config);
  if (!started) {
    addErrorHandler((error) => {
      config.onAppError(error.appOrParcelName, error.message);
    });
    start({ urlRerouteOnly: true });
    started = true;
  }
}

// #region register-apps
function register(app: AppEntry, config: RootConfig) {
  registerApplication({
    name: app.id,
    app: () => app.load(),
    activeWhen: (location) => config.bridge() !== null && isUnder(location.pathname, app.route),
    customProps: () => ({ bridge: withBasePath(config.bridge(), app.route), domElement: config.outlet() }),
  });
}

/** Each app sees the host's router rooted at its own route. */
function withBasePath(bridge: HostBridge | null, basePath: string): HostBridge | null {
  return bridge && { ...bridge, navigation: { ...bridge.navigation, basePath } };
}

function isUnder(pathname: string, route: string) {
  return pathname === route || pathname.startsWith(`${route}/`);
}
// #endregion register-apps

/** After a load or mount error: forget the broken app and register it again, then try to mount it. */
export async function retryApp(app: AppEntry, config: RootConfig): Promise<void> {
  if (getAppStatus(app.id) !== null) await unregisterApplication(app.id);
  register(app, config);
  await triggerAppChange();
}
