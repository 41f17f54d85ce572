import '../zod-setup';
import { createApiClient, whoAmI } from '../api';
import type { HostAccount, HostBridge, Unsubscribe } from '../bridge/contract';
import { BRIDGE_CONTRACT_VERSION, hostHonoursAccountId } from '../bridge/contract';
import { checkBridge } from '../bridge/guard';
import type { ConformanceCheck, ConformanceOptions, ConformanceReport } from '../bridge/conformance-types';

export type { ConformanceCheck, ConformanceOptions, ConformanceReport } from '../bridge/conformance-types';

/**
 * The bridge conformance kit: host-portal teams point it at their own bridge (in their tests, or in a
 * page of their portal) and get a report, check by check, of whether it honours contract v1. It talks
 * to the host's real API through the bridge, so run it against a test account.
 *
 * It drives the portal it runs in: it navigates (with `replace`, to `basePath` + `/conformance-check`
 * and back), switches the current account to `otherAccountId` and back, changes the language and
 * changes it back. Whatever it changed is put back when it ends, even when it is interrupted, and one
 * run happens at a time: a call while a run is going on gets that run's report, so a page that the
 * kit's own navigation unmounts and mounts again does not start it over.
 */

class CheckFailure extends Error {}

/** The text of anything thrown, for a report. */
function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : describe(error);
}

/**
 * Calls a bridge member so that whatever goes wrong names it: a throw, a rejection, or a value that
 * breaks the contract (`check` returns the broken rule in words, or null). Without this, a host's
 * mistake surfaces as the kit's own minified code failing (`o is not a function`).
 */
function named<A extends unknown[], R>(member: string, fn: (...args: A) => R, self: unknown, check?: (value: unknown) => string | null): (...args: A) => R {
  const verify = (value: unknown): void => {
    const broken = check?.(value);
    if (broken) throw new CheckFailure(`${member}() ${broken}`);
  };
  return (...args: A): R => {
    let result: R;
    try {
      result = fn.apply(self, args);
    } catch (error) {
      throw new CheckFailure(`${member}() threw ${messageOf(error)}`);
    }
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => {
          verify(value);
          return value;
        },
        (error: unknown) => {
          throw error instanceof CheckFailure ? error : new CheckFailure(`${member}() rejected with ${messageOf(error)}`);
        },
      ) as R;
    }
    verify(result);
    return result;
  };
}

/** A subscribe member whose return value must be a function, and whose unsubscribe is named too. */
function namedSubscribe<L>(member: string, fn: (listener: L) => Unsubscribe, self: unknown): (listener: L) => Unsubscribe {
  const call = named(member, fn, self, (value) => (typeof value === 'function' ? null : `returned ${describe(value)}, not a function that unsubscribes`));
  return (listener) => named(`the unsubscribe function returned by ${member}`, call(listener), undefined);
}

const isLookupResult = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
    ? null
    : `resolved to ${describe(value)}, not { ok: true, account } or { ok: false, reason }`;
const isAccount = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
    ? null
    : `returned ${describe(value)}, not an account { id, name }`;

/** The bridge with every member wrapped by {@link named}, so each failure says which member broke which rule. */
function readableBridge(bridge: HostBridge): HostBridge {
  const { session, account, api, navigation, locale } = bridge;
  const set = locale.set;
  return {
    contractVersion: bridge.contractVersion,
    session: {
      current: named('session.current', session.current, session),
      subscribe: namedSubscribe('session.subscribe', session.subscribe, session),
      getAccessToken: named('session.getAccessToken', session.getAccessToken, session),
      logout: named('session.logout', session.logout, session),
    },
    account: {
      current: named('account.current', account.current, account, isAccount),
      subscribe: namedSubscribe('account.subscribe', account.subscribe, account),
      lookup: named('account.lookup', account.lookup, account, isLookupResult),
      switchTo: named('account.switchTo', account.switchTo, account, isLookupResult),
    },
    api: { fetch: named('api.fetch', api.fetch, api, (value) => (value instanceof Response ? null : `resolved to ${describe(value)}, not a Response`)) },
    navigation: {
      basePath: navigation.basePath,
      current: named('navigation.current', navigation.current, navigation),
      navigate: named('navigation.navigate', navigation.navigate, navigation),
      subscribe: namedSubscribe('navigation.subscribe', navigation.subscribe, navigation),
    },
    notify: named('notify', bridge.notify, bridge),
    locale: {
      current: named('locale.current', locale.current, locale),
      subscribe: namedSubscribe('locale.subscribe', locale.subscribe, locale),
      ...(set ? { set: named('locale.set', set, locale) } : {}),
    },
  };
}

/** Waits until `done()` holds, looking every 10 ms, for at most `ms`; true when it held. */
async function eventually(done: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** How long a host may take to tell subscribers of a navigation (after its routing event, say). */
const NOTIFICATION_WAIT_MS = 2000;

let activeRun: Promise<ConformanceReport> | null = null;

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
 * exercised further. A call while a run is going on returns that run's report instead of starting
 * another one (a page remounted by the kit's own navigation must not start it over); `options.signal`
 * interrupts a run, which then skips what is left and still puts back what it changed.
 */
export function runBridgeConformance(candidate: unknown, options: ConformanceOptions): Promise<ConformanceReport> {
  if (activeRun) return activeRun;
  const run = runChecks(candidate, options).catch((error: unknown): ConformanceReport => ({
    ok: false,
    contractVersion: BRIDGE_CONTRACT_VERSION,
    checks: [{ id: 'kit', title: 'The kit ran to the end', status: 'fail', detail: messageOf(error) }],
  }));
  activeRun = run;
  void run.then(() => {
    if (activeRun === run) activeRun = null;
  });
  return run;
}

async function runChecks(candidate: unknown, options: ConformanceOptions): Promise<ConformanceReport> {
  const timeout = options.timeoutMs ?? 5000;
  const checks: ConformanceCheck[] = [];
  const shape = checkBridge(candidate, { behaviour: false });
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
  const bridge = readableBridge(shape.bridge);
  const client = createApiClient((path, init) => bridge.api.fetch(path, init), { retry: { maxAttempts: 1 } });
  const original: HostAccount = bridge.account.current();
  const startPath = bridge.navigation.current();
  const startLocale = bridge.locale.current();
  const { signal } = options;
  const setLocale = bridge.locale.set ?? options.changeLocale;

  async function check(id: string, title: string, run: () => Promise<void> | void, skip?: string, passDetail?: () => string | undefined) {
    if (signal?.aborted) {
      checks.push({ id, title, status: 'skip', detail: 'the run was interrupted before this check' });
      return;
    }
    if (skip) {
      checks.push({ id, title, status: 'skip', detail: skip });
      return;
    }
    try {
      await withTimeout(Promise.resolve().then(run), timeout, title);
      const detail = passDetail?.();
      checks.push(detail ? { id, title, status: 'pass', detail } : { id, title, status: 'pass' });
    } catch (error) {
      checks.push({ id, title, status: 'fail', detail: error instanceof CheckFailure ? error.message : `the check stopped on ${messageOf(error)}` });
    }
  }

  try {
    await runAll();
  } finally {
    await restore();
  }
  return {
    ok: checks.every((item) => item.status !== 'fail'),
    contractVersion: BRIDGE_CONTRACT_VERSION,
    checks,
    ...(signal?.aborted ? { interrupted: true } : {}),
  };

  /** Puts back the path, account and language the run started with, and reports it as a check. */
  async function restore(): Promise<void> {
    const problems: string[] = [];
    const attempt = async (what: string, run: () => Promise<unknown>): Promise<void> => {
      try {
        await withTimeout(run(), timeout, what);
      } catch (error) {
        problems.push(`${what}: ${error instanceof CheckFailure ? error.message : messageOf(error)}`);
      }
    };
    await attempt(`putting the path back to ${startPath}`, async () => {
      if (bridge.navigation.current() === startPath) return;
      bridge.navigation.navigate(startPath, { replace: true });
      if (!(await eventually(() => bridge.navigation.current() === startPath, NOTIFICATION_WAIT_MS)))
        throw new CheckFailure(`navigation.current() is ${bridge.navigation.current()}`);
    });
    await attempt(`switching back to account ${original.id}`, async () => {
      if (bridge.account.current().id !== original.id) await bridge.account.switchTo(original.id);
    });
    await attempt(`putting the language back to ${startLocale}`, async () => {
      if (bridge.locale.current() !== startLocale) await setLocale?.(startLocale);
    });
    checks.push(
      problems.length === 0
        ? { id: 'restore', title: 'The kit put back the path, account and language it found', status: 'pass' }
        : { id: 'restore', title: 'The kit put back the path, account and language it found', status: 'fail', detail: problems.join('; ') },
    );
  }

  async function runAll(): Promise<void> {
    let token = '';
    await check('token-async', 'session.getAccessToken() resolves, asynchronously, to a token', async () => {
      const pending: unknown = bridge.session.getAccessToken();
      assert(
        pending instanceof Promise || (typeof pending === 'object' && pending !== null && 'then' in pending),
        `session.getAccessToken() returned ${describe(pending)}, not a Promise`,
      );
      token = await (pending as Promise<string>);
      assert(typeof token === 'string' && token.length > 0, `session.getAccessToken() resolved to ${describe(token)}, not a token`);
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
      assert(
        result.ok,
        `GET /api/v1/whoami through api.fetch failed: ${result.ok ? '' : `${result.error.kind} (${result.error.code}) ${result.error.message}`}`,
      );
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
        assert(
          result.value.account.id === options.otherAccountId,
          `the API saw account ${result.value.account.id}, init.accountId was ${options.otherAccountId}`,
        );
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
      assert(typeof before === 'string' && /^[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*$/.test(before), `locale.current() gave ${describe(before)}, not a BCP 47 tag`);
      const heard: string[] = [];
      const unsubscribe = bridge.locale.subscribe((locale) => heard.push(locale));
      if (setLocale) {
        const next = before.startsWith('fr') ? 'es' : 'fr';
        await setLocale(next);
        assert(await eventually(() => heard.includes(next), NOTIFICATION_WAIT_MS), `locale.subscribe() listeners did not hear of the change to ${next}`);
        assert(bridge.locale.current() === next, `locale.current() is ${describe(bridge.locale.current())} after the change to ${next}`);
        unsubscribe();
        await setLocale(before);
        assert(!heard.includes(before), 'a locale.subscribe() listener was called after it unsubscribed');
      } else {
        unsubscribe();
      }
    });

    await check(
      'locale-set',
      "locale.set() (optional, contract 1.2) changes the host's language",
      () => undefined,
      bridge.locale.set ? undefined : 'the host has no locale.set: the apps leave the language to it and hide their own selectors',
      () => 'checked by the language check above, through locale.set',
    );

    let timing = '';
    await check(
      'navigation',
      'navigation.navigate() changes the path under basePath and tells subscribers, synchronously or after its routing event',
      async () => {
        const { navigation } = bridge;
        const start = navigation.current();
        const target = `${navigation.basePath.replace(/\/+$/, '')}/conformance-check`;
        const heard: Array<{ path: string; current: string; inside: boolean }> = [];
        let inside = false;
        const unsubscribe = navigation.subscribe((path) => heard.push({ path, current: navigation.current(), inside }));
        try {
          inside = true;
          navigation.navigate(target, { replace: true });
          inside = false;
          // Either timing honours the contract, so the kit waits for the notice instead of assuming one.
          assert(
            await eventually(() => heard.some((note) => note.path === target), NOTIFICATION_WAIT_MS),
            `navigation.subscribe() listeners were not told of navigate('${target}') within ${NOTIFICATION_WAIT_MS} ms`,
          );
          const notice = heard.find((note) => note.path === target);
          assert(notice?.current === target, `when listeners were told of ${target}, navigation.current() was still ${describe(notice?.current)}`);
          assert(navigation.current() === target, `navigation.current() is ${navigation.current()} after navigate('${target}')`);
          timing = notice.inside ? 'synchronously, inside navigate()' : 'after navigate() returned';
          navigation.navigate(start, { replace: true });
          assert(
            await eventually(() => heard.some((note) => note.path === start), NOTIFICATION_WAIT_MS),
            `navigation.subscribe() listeners were not told of navigate('${start}') within ${NOTIFICATION_WAIT_MS} ms`,
          );
          assert(heard.filter((note) => note.path === target).length === 1, `listeners were told of ${target} more than once for one navigate()`);
        } finally {
          inside = false;
          unsubscribe();
        }
      },
      undefined,
      () => (timing ? `this host tells listeners ${timing}` : undefined),
    );

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
  }
}

/** The report as text, one line per check, for a console or a CI log. */
export function formatConformanceReport(report: ConformanceReport): string {
  const marks = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;
  const lines = report.checks.map((item) => `${marks[item.status]}  ${item.title}${item.detail ? `\n        ${item.detail}` : ''}`);
  const failed = report.checks.filter((item) => item.status === 'fail').length;
  const passed = report.checks.filter((item) => item.status === 'pass').length;
  const skipped = report.checks.filter((item) => item.status === 'skip').length;
  return [`Bridge conformance, contract ${report.contractVersion}`, ...lines, `${passed} passed, ${failed} failed, ${skipped} skipped`].join('\n');
}
