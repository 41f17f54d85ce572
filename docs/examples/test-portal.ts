import type { HostAccount } from 'portal-apps/types';
import { createListeners } from '../../src/host/create-bridge';
import { withMockServer } from '../../mocks/vitest';
import { MOCK_BASE_URL, NORTHWIND, loginAsDemoUser } from '../../mocks/node';
import type { Portal } from './portal-bridge';

/*
 * The portal the guide's conformance example runs against: for a host team, their own test setup. It
 * runs on the mock backend (MSW in node), started for the test file that imports this one.
 */
withMockServer();

/** A small portal on the mock backend, standing for a host team's own services. */
export async function createTestPortal(): Promise<Portal> {
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
