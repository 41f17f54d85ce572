import type { ModuleFederation } from '@module-federation/enhanced/runtime';
import type { AppEntry } from 'portal-apps/types';
import { createFederation, REMOTE_NAME } from './federation';

declare const __REMOTE_MANIFEST_URL__: string;

/** The page's `<meta name="…">` that names the remote's manifest when the page is served, without a rebuild. */
export const REMOTE_MANIFEST_META = 'portal-remote-manifest';

/**
 * The remote's manifest: the page's `<meta name="portal-remote-manifest" content="…">` (a remote served
 * from the page's own origin, say), else the URL given at build time (REMOTE_MANIFEST_URL), else the
 * same host on the next port, which is how `npm start`, `npm run preview` and the browser tests serve the two.
 */
function manifestUrl(): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${REMOTE_MANIFEST_META}"]`)?.content.trim();
  if (meta) return new URL(meta, window.location.href).href;
  if (__REMOTE_MANIFEST_URL__) return __REMOTE_MANIFEST_URL__;
  const { protocol, hostname, port } = window.location;
  return `${protocol}//${hostname}:${Number(port || 80) + 1}/mf-manifest.json`;
}

/** The outcome of loading the remote's catalogue. */
export type CatalogueResult = { ok: true; apps: readonly AppEntry[] } | { ok: false; reason: string };

let federation: ModuleFederation | null = null;

/** Why the last load of a remote module failed, as the federation runtime saw it (for the host's logs). */
let lastLoadError: string | null = null;

function instance(): ModuleFederation {
  federation ??= createFederation(manifestUrl(), (message) => {
    lastLoadError = message;
  });
  return federation;
}

function isCatalogue(value: unknown): value is { apps: readonly AppEntry[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { apps?: unknown }).apps);
}

/**
 * Loads the remote's catalogue through the Module Federation runtime from its manifest. Never
 * rejects: a remote that is down or broken gives a reason, and `retry` makes the next call try again.
 */
export async function loadCatalogue(options: { retry?: boolean } = {}): Promise<CatalogueResult> {
  const federationInstance = instance();
  if (options.retry) {
    federationInstance.registerRemotes([{ name: REMOTE_NAME, entry: manifestUrl() }], { force: true });
  }
  try {
    const catalogue = await federationInstance.loadRemote<unknown>(`${REMOTE_NAME}/catalogue`);
    if (!isCatalogue(catalogue)) return { ok: false, reason: 'The remote did not expose a catalogue of apps.' };
    return { ok: true, apps: catalogue.apps };
  } catch (error) {
    return { ok: false, reason: lastLoadError ?? (error instanceof Error ? error.message : String(error)) };
  }
}

/** The remote's bridge conformance kit, loaded like any exposed module (see docs/embedding.md). */
export async function loadConformanceKit(): Promise<typeof import('../src/host/conformance')> {
  const kit = await instance().loadRemote<typeof import('../src/host/conformance')>(`${REMOTE_NAME}/conformance`);
  if (!kit) throw new Error('The remote did not expose its conformance kit');
  return kit;
}
