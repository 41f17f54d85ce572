import type { AppEntry, AppLifecycles } from '../bridge/contract';
import { loadChunk } from '../ui/chunk-load';

/**
 * An app's entry in the catalogue: what the host's menu needs of its manifest (its sections are the
 * app's own business), and `load()`, which fetches the app's code on first use. A chunk that does not
 * arrive (a flaky link, an old release's file gone after a deploy) is asked for once more; after a
 * second failure `load()` rejects, the host shows the app as unavailable, and its Retry calls `load()`
 * again.
 */
export function appEntry(
  { id, title, description, icon, route }: Omit<AppEntry, 'load'>,
  importLifecycles: () => Promise<{ lifecycles: AppLifecycles }>,
): AppEntry {
  return { id, title, description, icon, route, load: () => loadChunk(importLifecycles).then((module) => module.lifecycles) };
}
