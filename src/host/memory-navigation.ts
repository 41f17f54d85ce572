import type { HostNavigation } from '../bridge/contract';

/** Options of {@link createMemoryNavigation}. @public */
export interface MemoryNavigationOptions {
  /** Where the app is mounted; defaults to the initial path. */
  basePath?: string;
}

/**
 * The bridge's `navigation`, kept in memory: an app's sections change its entries, never the page's
 * URL or history. @public
 */
export interface MemoryNavigation extends HostNavigation {
  /** Every entry, oldest first; the last one is the current path. */
  readonly history: readonly string[];
}

/**
 * A router kept in memory, for a page that mounts an app (as a parcel) without giving it its URL, and
 * for tests and stories. It behaves as the browser history does for an app: `navigate` adds an entry
 * (`replace` changes the current one), going to the current path does nothing, and subscribers are
 * called after each change until they unsubscribe.
 * @public
 */
export function createMemoryNavigation(initialPath: string, options: MemoryNavigationOptions = {}): MemoryNavigation {
  const basePath = options.basePath ?? initialPath;
  const history = [initialPath];
  const listeners = new Set<(path: string) => void>();
  const current = () => history[history.length - 1] ?? initialPath;
  return {
    basePath,
    history,
    current,
    navigate(path, navigateOptions) {
      if (path === current()) return;
      if (navigateOptions?.replace) history[history.length - 1] = path;
      else history.push(path);
      for (const listener of [...listeners]) listener(path);
    },
    subscribe(listener) {
      // A listener of its own (a function subscribed twice is told twice, and each unsubscribe stops one).
      const own = (path: string) => listener(path);
      listeners.add(own);
      return () => void listeners.delete(own);
    },
  };
}
