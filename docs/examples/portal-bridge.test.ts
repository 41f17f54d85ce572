import { describe, expect, it } from 'vitest';
import type { HostAccount } from '../../src/bridge/contract';
import { formatConformanceReport, runBridgeConformance } from '../../src/host/conformance';
import { createListeners } from '../../src/host/create-bridge';
import { withMockServer } from '../../mocks/vitest';
import { CONTOSO, FABRIKAM, MOCK_BASE_URL, NORTHWIND, loginAsDemoUser } from '../../mocks/node';
import { createPortalBridge, type Portal } from './portal-bridge';

withMockServer();

/** A small portal on the mock backend, standing for a host team's own services. */
async function createTestPortal(): Promise<Portal> {
  const session = await loginAsDemoUser();
  let account: HostAccount = NORTHWIND;
  let path = '/apps/teams';
  const language = 'en';
  let signedOut = false;
  const accountListeners = createListeners<HostAccount>();
  const routeListeners = createListeners<string>();
  const languageListeners = createListeners<string>();
  const authListeners = createListeners<void>();
  return {
    auth: {
      accessToken: async () => {
        if (signedOut) throw new Error('signed out');
        return session.accessToken;
      },
      user: () => session.user,
      isExpired: () => signedOut,
      onChange: (listener) => authListeners.subscribe(listener),
      signOut: () => {
        signedOut = true;
        authListeners.emit();
      },
    },
    accounts: {
      current: () => account,
      onChange: (listener) => accountListeners.subscribe(listener),
      async get(accountId) {
        const response = await fetch(`${MOCK_BASE_URL}/api/v1/accounts/${accountId}`, { headers: { Authorization: `Bearer ${session.accessToken}` } });
        return { status: response.status, account: response.ok ? ((await response.json()) as HostAccount) : undefined };
      },
      select(next) {
        account = next;
        accountListeners.emit(next);
      },
    },
    apiBaseUrl: MOCK_BASE_URL,
    router: {
      path: () => path,
      push(next) {
        path = next;
        routeListeners.emit(next);
      },
      onChange: (listener) => routeListeners.subscribe(listener),
    },
    toast: () => undefined,
    language: () => language,
    onLanguageChange: (listener) => languageListeners.subscribe(listener),
  };
}

describe('the embedding guide: implementing the bridge', () => {
  it('gives a bridge that passes the conformance kit', async () => {
    const portal = await createTestPortal();
    // #region conformance
    const bridge = createPortalBridge(portal, '/apps/teams');
    const report = await runBridgeConformance(bridge, {
      otherAccountId: CONTOSO.id,
      forbiddenAccountId: FABRIKAM.id,
      missingAccountId: '999999',
      includeLogout: true,
    });
    expect(report.checks.filter((check) => check.status === 'fail'), formatConformanceReport(report)).toEqual([]);
    // #endregion conformance
  });
});
