import type { HostNavigation } from '../src/bridge/contract';
import { createListeners } from '../src/host/create-bridge';

/**
 * The host's router as the bridge exposes it: the browser history. single-spa reroutes on
 * pushState/popstate by itself; this only tells the app of path changes.
 */
export function createHistoryNavigation(basePath: string): HostNavigation & { dispose(): void } {
  const listeners = createListeners<string>();
  const onChange = () => listeners.emit(window.location.pathname);
  window.addEventListener('popstate', onChange);
  window.addEventListener('single-spa:routing-event', onChange);
  return {
    basePath,
    current: () => window.location.pathname,
    navigate(path, options) {
      if (path === window.location.pathname) return;
      if (options?.replace) window.history.replaceState(null, '', path);
      else window.history.pushState(null, '', path);
    },
    subscribe(listener) {
      // single-spa fires its routing event for pushState too; only tell listeners of real changes.
      // Each listener remembers the last path it was told: a shared memory would let the first
      // listener swallow the change for all the others.
      let last = window.location.pathname;
      return listeners.subscribe((path) => {
        if (path === last) return;
        last = path;
        listener(path);
      });
    },
    dispose() {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('single-spa:routing-event', onChange);
    },
  };
}
