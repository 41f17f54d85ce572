import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createFakeBridge, type FakeBridge, type FakeBridgeOptions } from '../../src/testing/fake-bridge';
import { AppProviders } from '../../src/runtime/lifecycles';
import { allNamespaces } from '../../src/i18n/namespaces';
import { MOCK_BASE_URL } from '../../mocks/node';

/** What {@link renderApp} gives a test: Testing Library's result and the fake host to play with. */
export interface RenderedApp extends RenderResult {
  bridge: FakeBridge;
}

/**
 * Renders a screen the way a mounted app renders it (bridge, i18n, app root) against the msw/node mock
 * backend; call `withMockServer()` in the test file. The fake bridge is returned so a test can switch
 * account, change the locale or expire the session as a host would.
 */
export function renderApp(ui: ReactElement, options: FakeBridgeOptions & { appId?: string; appName?: string } = {}): RenderedApp {
  const { appId = 'test-app', appName = 'Test App', ...bridgeOptions } = options;
  const bridge = createFakeBridge({ baseUrl: MOCK_BASE_URL, ...bridgeOptions });
  const result = render(
    <AppProviders bridge={bridge} appId={appId} appName={appName} namespaces={allNamespaces}>
      {ui}
    </AppProviders>,
  );
  return { ...result, bridge };
}
