import type { HostNavigation } from '../bridge/contract';
import { createListeners } from './create-bridge';

/** A router kept in memory, for tests and stories where the page URL must not change. */
export function createMemoryNavigation(basePath: string, initialPath = basePath): HostNavigation & { history: string[] } {
  const listeners = createListeners<string>();
  const history = [initialPath];
  return {
    basePath,
    history,
    current: () => history[history.length - 1] ?? basePath,
    navigate(path, navigateOptions) {
      if (navigateOptions?.replace) history[history.length - 1] = path;
      else history.push(path);
      listeners.emit(path);
    },
    subscribe: listeners.subscribe,
  };
}
