// The reference host's Module Federation runtime, quoted whole by docs/embedding.md (section 2).
// #region load-remote
import { createInstance, type ModuleFederation, type ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import React from 'react';
import ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';
import * as jsxDevRuntime from 'react/jsx-dev-runtime';

/** The name the remote is built with: `loadRemote('portalApps/catalogue')`. */
export const REMOTE_NAME = 'portalApps';

function share(lib: unknown) {
  return { version: React.version, lib: () => lib, shareConfig: { singleton: true, requiredVersion: '^19.0.0' } };
}

/**
 * The federation runtime's load-error hook: it names the module and the stage that failed (manifest
 * request, remote entry, module), which a bare rejection does not. It offers no fallback module, so the
 * caller still sees the failure and shows the app as unavailable.
 */
function loadErrorReporter(onLoadError: (message: string) => void): ModuleFederationRuntimePlugin {
  return {
    name: 'portal-shim-load-errors',
    errorLoadRemote({ id, error, lifecycle }) {
      const message = `${id} failed at ${lifecycle}: ${error instanceof Error ? error.message : String(error)}`;
      console.error(`[portal shim] remote module ${message}`);
      onLoadError(message);
      return undefined;
    },
  };
}

/** The host's federation runtime: the remote at `manifestUrl`, React shared, load errors reported. */
export function createFederation(manifestUrl: string, onLoadError: (message: string) => void): ModuleFederation {
  return createInstance({
    name: 'portalShim',
    remotes: [{ name: REMOTE_NAME, entry: manifestUrl }],
    plugins: [loadErrorReporter(onLoadError)],
    shared: {
      react: share(React),
      'react-dom': share(ReactDOM),
      'react-dom/client': share(ReactDOMClient),
      'react/jsx-runtime': share(jsxRuntime),
      'react/jsx-dev-runtime': share(jsxDevRuntime),
    },
  });
}
// #endregion load-remote
