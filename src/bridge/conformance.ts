import '../zod-setup';
import { createApiClient, whoAmI } from '../api';
import type { HostAccount } from './contract';
import { BRIDGE_CONTRACT_VERSION, hostHonoursAccountId } from './contract';
import { checkBridge } from './guard';
import type { ConformanceCheck, ConformanceOptions, ConformanceReport } from './conformance-types';

export type { ConformanceCheck, ConformanceOptions, ConformanceReport } from './conformance-types';

/**
 * The bridge conformance kit: host-portal teams point it at their own bridge (in their tests, or in a
 * page of their portal) and get a report, check by check, of whether it honours contract v1. It talks
 * to the host's real API through the bridge, so run it against a test account.
 * @public
 */

class CheckFailure extends Error {}

function assert(condition: unknown, detail: string): asserts condition {
  if (!condition) throw new CheckFailure(detail);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CheckFailure(`${what} did not settle within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * Runs every check against `candidate` and never throws. A bridge that fails the shape check is not
 * exercised further (its other checks are skipped with the reason).
 * @public
 */
export async function runBridgeConformance(candidate: unknown, options: ConformanceOptions): Promise<ConformanceReport> {
  const timeout = options.timeoutMs ?? 5000;
  const checks: ConformanceCheck[] = [];
  const shape = checkBridge(candidate);
  checks.push(
    shape.ok
      ? { id: 'shape', title: `Implements every member of contract ${BRIDGE_CONTRACT_VERSION}`, status: 'pass' }
      : {
          id: 'shape',
          title: `Implements every member of contract ${BRIDGE_CONTRACT_VERSION}`,
          status: 'fail',
          detail: shape.problems.map((problem) => `${problem.path || 'bridge'}: ${problem.message}`).join('; '),
        },
  );
  if (!shape.ok) return { ok: false, contractVersion: BRIDGE_CONTRACT_VERSION, checks };
  const bridge = shape.bridge;
  const client = createApiClient((path, init) => bridge.api.fetch(path, init), { retry: { maxAttempts: 1 } });
  const original: HostAccount = bridge.account.current();

  async function check(id: string, title: string, run: () => Promise<void> | void, skip?: string) {
    if (skip) {
      checks.push({ id, title, status: 'skip', detail: skip });
      return;
    }
    try {
      await withTimeout(Promise.resolve().then(run), timeout, title);
      checks.push({ id, title, status: 'pass' });
    } catch (error) {
      checks.push({ id, title, status: 'fail', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  let token = '';
  await check('token-async', 'session.getAccessToken() resolves, asynchronously, to a token', async () => {
    const pending: unknown = bridge.session.getAccessToken();
    assert(pending instanceof Promise || (typeof pending === 'object' && pending !== null && 'then' in pending), 'getAccessToken() must return a Promise');
    token = await (pending as Promise<string>);
    assert(typeof token === 'string' && token.length > 0, `getAccessToken() resolved to ${describe(token)}, not a token`);
  });

  await check(
    'token-not-stored',
    'The token is not kept in localStorage or sessionStorage',
    () => {
      const stored: string[] = [];
      for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
        for (let index = 0; index < storage.length; index += 1) {
          const key = storage.key(index);
          if (key !== null) stored.push(key, storage.getItem(key) ?? '');
        }
      }
      assert(!stored.some((value) => value.includes(token)), 'the access token was found in web storage');
    },
    !token ? 'no token to look for' : typeof globalThis.localStorage === 'undefined' ? 'no web storage here' : undefined,
  );

  await check('fetch-credentials', 'api.fetch() adds the token and the current account', async () => {
    const result = await whoAmI(client);
    assert(result.ok, `GET /api/v1/whoami through api.fetch failed: ${result.ok ? '' : `${result.error.kind} (${result.error.code}) ${result.error.message}`}`);
    const user = bridge.session.current().user;
    assert(result.value.user.username === user.username, `the API saw user ${result.value.user.username}, the session says ${user.username}`);
    assert(result.value.account.id === original.id, `the API saw account ${result.value.account.id}, account.current() is ${original.id}`);
  });

  await check(
    'fetch-bound-account',
    'api.fetch() sends init.accountId instead of the current account (contract 1.1)',
    async () => {
      const bound = createApiClient((path, init) => bridge.api.fetch(path, { ...init, accountId: options.otherAccountId }), { retry: { maxAttempts: 1 } });
      const result = await whoAmI(bound);
      assert(result.ok, `GET /api/v1/whoami with accountId failed: ${result.ok ? '' : result.error.code}`);
      assert(result.value.account.id === options.otherAccountId, `the API saw account ${result.value.account.id}, init.accountId was ${options.otherAccountId}`);
      assert(bridge.account.current().id === original.id, 'api.fetch() with accountId must not switch the current account');
    },
    hostHonoursAccountId(bridge) ? undefined : `the host implements ${bridge.contractVersion}; accountId arrived in 1.1`,
  );

  await check('fetch-resolves-errors', 'api.fetch() resolves with error responses instead of rejecting', async () => {
    const response = await bridge.api.fetch(`/api/v1/accounts/${options.missingAccountId}`);
    assert(response instanceof Response, 'api.fetch() must resolve with a Response');
    assert(response.status === 404, `expected 404 for a missing account, got ${response.status}`);
  });

  const lookups: Array<[string, string, string, 'invalid' | 'not-found' | 'forbidden']> = [
    ['lookup-invalid', 'account.lookup() calls a malformed ID invalid', '12ab', 'invalid'],
    ['lookup-not-found', 'account.lookup() reports an unknown ID as not-found', options.missingAccountId, 'not-found'],
    ['lookup-forbidden', 'account.lookup() reports a refused account as forbidden', options.forbiddenAccountId, 'forbidden'],
  ];
  for (const [id, title, accountId, reason] of lookups) {
    await check(id, title, async () => {
      const result = await bridge.account.lookup(accountId);
      assert(!result.ok && result.reason === reason, `lookup('${accountId}') gave ${describe(result)}, expected { ok: false, reason: '${reason}' }`);
    });
  }
  await check('lookup-ok', 'account.lookup() finds an account the user may open, without switching', async () => {
    const result = await bridge.account.lookup(options.otherAccountId);
    assert(result.ok && result.account.id === options.otherAccountId, `lookup('${options.otherAccountId}') gave ${describe(result)}`);
    assert(bridge.account.current().id === original.id, 'lookup() must not change the current account');
  });

  await check('switch-refused', 'account.switchTo() a forbidden account changes nothing and tells nobody', async () => {
    const heard: HostAccount[] = [];
    const unsubscribe = bridge.account.subscribe((account) => heard.push(account));
    try {
      const result = await bridge.account.switchTo(options.forbiddenAccountId);
      assert(!result.ok && result.reason === 'forbidden', `switchTo('${options.forbiddenAccountId}') gave ${describe(result)}`);
      assert(bridge.account.current().id === original.id, 'the current account changed');
      assert(heard.length === 0, 'subscribers were told of a switch that did not happen');
    } finally {
      unsubscribe();
    }
  });

  await check('switch-delivers', 'account.switchTo() tells subscribers before it resolves, and api.fetch() follows', async () => {
    const heard: string[] = [];
    const unsubscribe = bridge.account.subscribe((account) => heard.push(account.id));
    try {
      const result = await bridge.account.switchTo(options.otherAccountId);
      assert(result.ok, `switchTo('${options.otherAccountId}') gave ${describe(result)}`);
      assert(heard.includes(options.otherAccountId), 'subscribers were not told of the switch before switchTo() resolved');
      assert(bridge.account.current().id === options.otherAccountId, 'account.current() did not change');
      const seen = await whoAmI(client);
      assert(seen.ok && seen.value.account.id === options.otherAccountId, 'api.fetch() still sends the previous account');
    } finally {
      unsubscribe();
    }
  });

  await check('unsubscribe', 'An unsubscribed account listener is not called again', async () => {
    const heard: string[] = [];
    const unsubscribe = bridge.account.subscribe((account) => heard.push(account.id));
    unsubscribe();
    unsubscribe();
    const back = await bridge.account.switchTo(original.id);
    assert(back.ok, `switching back to ${original.id} failed: ${describe(back)}`);
    assert(heard.length === 0, 'a listener was called after it unsubscribed');
  });

  await check(
    'token-refresh',
    'An expired access token is refreshed without the user signing in again',
    async () => {
      await options.expireAccessToken?.();
      const result = await whoAmI(client);
      assert(result.ok, `after the token expired, api.fetch() got ${result.ok ? '' : `${result.error.kind} (${result.error.code})`}`);
      assert(bridge.session.current().status === 'active', 'the session should still be active after a refresh');
    },
    options.expireAccessToken ? undefined : 'no expireAccessToken hook was given',
  );

  await check('locale', 'locale.current() is a language tag and locale.subscribe() delivers changes', async () => {
    const before = bridge.locale.current();
    assert(/^[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*$/.test(before), `locale.current() gave ${describe(before)}, not a BCP 47 tag`);
    const heard: string[] = [];
    const unsubscribe = bridge.locale.subscribe((locale) => heard.push(locale));
    assert(typeof unsubscribe === 'function', 'locale.subscribe() must return an unsubscribe function');
    if (options.changeLocale) {
      const next = before.startsWith('fr') ? 'es' : 'fr';
      await options.changeLocale(next);
      assert(heard.includes(next), `subscribers did not hear of the change to ${next}`);
      unsubscribe();
      await options.changeLocale(before);
      assert(!heard.includes(before), 'a listener was called after it unsubscribed');
    } else {
      unsubscribe();
    }
  });

  await check('navigation', 'navigation.navigate() changes the path under basePath and tells subscribers', async () => {
    const { navigation } = bridge;
    const start = navigation.current();
    const target = `${navigation.basePath.replace(/\/+$/, '')}/conformance-check`;
    const heard: string[] = [];
    const unsubscribe = navigation.subscribe((path) => heard.push(path));
    try {
      navigation.navigate(target);
      await new Promise((resolve) => setTimeout(resolve, 0));
      assert(navigation.current() === target, `navigation.current() is ${navigation.current()} after navigate('${target}')`);
      assert(heard.includes(target), 'subscribers were not told of the navigation');
    } finally {
      unsubscribe();
      navigation.navigate(start, { replace: true });
    }
  });

  await check('notify', 'notify() accepts each kind of notification', () => {
    for (const kind of ['info', 'success', 'warning', 'error'] as const) bridge.notify({ kind, message: `Bridge conformance check (${kind})` });
  });

  await check(
    'logout',
    'session.logout() ends the session: no more tokens',
    async () => {
      bridge.session.logout();
      const outcome = await bridge.session.getAccessToken().then(
        () => 'resolved',
        () => 'rejected',
      );
      assert(outcome === 'rejected' || bridge.session.current().status === 'expired', 'getAccessToken() still hands out tokens after logout()');
    },
    options.includeLogout ? undefined : 'includeLogout is off',
  );

  return { ok: checks.every((item) => item.status !== 'fail'), contractVersion: BRIDGE_CONTRACT_VERSION, checks };
}

/** The report as text, one line per check, for a console or a CI log. @public */
export function formatConformanceReport(report: ConformanceReport): string {
  const marks = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;
  const lines = report.checks.map((item) => `${marks[item.status]}  ${item.title}${item.detail ? `\n        ${item.detail}` : ''}`);
  const failed = report.checks.filter((item) => item.status === 'fail').length;
  const passed = report.checks.filter((item) => item.status === 'pass').length;
  const skipped = report.checks.filter((item) => item.status === 'skip').length;
  return [`Bridge conformance, contract ${report.contractVersion}`, ...lines, `${passed} passed, ${failed} failed, ${skipped} skipped`].join('\n');
}
