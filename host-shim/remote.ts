import { createInstance, type ModuleFederation, type ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import React from 'react';
import ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';
import * as jsxDevRuntime from 'react/jsx-dev-runtime';
import type { AppEntry } from '../src/catalogue';

declare const __REMOTE_MANIFEST_URL__: string;

const REMOTE_NAME = 'portalApps';

/**
 * The remote's manifest: the URL given at build time (REMOTE_MANIFEST_URL), or else the same host on
 * the next port, which is how `npm start`, `npm run preview` and the browser tests serve the two.
 */
function manifestUrl(): string {
  if (__REMOTE_MANIFEST_URL__) return __REMOTE_MANIFEST_URL__;
  const { protocol, hostname, port } = window.location;
  return `${protocol}//${hostname}:${Number(port || 80) + 1}/mf-manifest.json`;
}

/** The outcome of loading the remote's catalogue. */
export type CatalogueResult = { ok: true; apps: readonly AppEntry[] } | { ok: false; reason: string };

// #region load-remote
function share(lib: unknown) {
  return { version: React.version, lib: () => lib, shareConfig: { singleton: true, requiredVersion: '^19.0.0' } };
}

let federation: ModuleFederation | null = null;

/** Why the last load of a remote module failed, as the federation runtime saw it (for the host's logs). */
let lastLoadError: string | null = null;

/**
 * The federation runtime's load-error hook: it names the module and the stage that failed (manifest
 * request, remote entry, module), which a bare rejection does not. It offers no fallback module, so the
 * caller still sees the failure and shows the app as unavailable.
 */
const loadErrorReporter: ModuleFederationRuntimePlugin = {
  name: 'portal-shim-load-errors',
  errorLoadRemote({ id, error, lifecycle }) {
    lastLoadError = `${id} failed at ${lifecycle}: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`[portal shim] remote module ${lastLoadError}`);
    return undefined;
  },
};

function instance(): ModuleFederation {
  federation ??= createInstance({
    name: 'portalShim',
    remotes: [{ name: REMOTE_NAME, entry: manifestUrl() }],
    plugins: [loadErrorReporter],
    shared: {
      react: share(React),
      'react-dom': share(ReactDOM),
      'react-dom/client': share(ReactDOMClient),
      'react/jsx-runtime': share(jsxRuntime),
      'react/jsx-dev-runtime': share(jsxDevRuntime),
    },
  });
  return federation;
}
// #endregion load-remote

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
