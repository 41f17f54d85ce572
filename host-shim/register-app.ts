// How the reference host registers one app of the catalogue with single-spa, quoted whole by
// docs/embedding.md (section 3).
// #region register-apps
import { registerApplication } from 'single-spa';
import type { AppEntry, HostBridge } from 'portal-apps/types';

/** What an app's registration reads from the host page each time single-spa asks. */
export interface AppHost {
  /** The bridge of the signed-in session, or null when nobody is signed in. */
  bridge(): HostBridge | null;
  /** The element apps render into. */
  outlet(): HTMLElement;
}

export function registerApp(app: AppEntry, host: AppHost) {
  registerApplication({
    name: app.id,
    app: () => app.load(),
    activeWhen: (location) => host.bridge() !== null && isUnder(location.pathname, app.route),
    customProps: () => ({ bridge: withBasePath(host.bridge(), app.route), domElement: host.outlet() }),
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
