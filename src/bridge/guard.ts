import { z } from 'zod';
import { BRIDGE_CONTRACT_MAJOR, type HostBridge } from './contract';

const fn = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', 'must be a function');

const userSchema = z.object({ id: z.string().min(1), username: z.string().min(1), displayName: z.string() });

/** Why a bridge was refused: the members that are missing or wrong, or an unsupported version. */
export interface BridgeProblem {
  /** Dotted path of the member, for example `account.lookup`; empty for the bridge itself. */
  path: string;
  message: string;
}

/** The outcome of checking what a host passed as `bridge`. */
export type BridgeCheck = { ok: true; bridge: HostBridge } | { ok: false; problems: BridgeProblem[] };

const versionSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:[-+].*)?$/, 'must be a semantic version such as 1.0.0')
  .refine((version) => Number(version.split('.')[0]) === BRIDGE_CONTRACT_MAJOR, {
    message: `must be version ${BRIDGE_CONTRACT_MAJOR}.x`,
  });

/** The runtime shape of a v1 bridge: every required member, functions checked to be functions. */
const bridgeSchema = z.object({
  contractVersion: versionSchema,
  session: z.object({ current: fn, subscribe: fn, getAccessToken: fn, logout: fn }),
  account: z.object({ current: fn, subscribe: fn, lookup: fn, switchTo: fn }),
  api: z.object({ fetch: fn }),
  navigation: z.object({ basePath: z.string().startsWith('/'), current: fn, navigate: fn, subscribe: fn }),
  notify: fn,
  locale: z.object({ current: fn, subscribe: fn, set: fn.optional() }),
});

const accountSchema = z.object({ id: z.string().min(1), name: z.string() });
const sessionStateSchema = z.object({ status: z.enum(['active', 'expired']), user: userSchema });

/**
 * Checks what a host passed as `bridge` before an app uses it: the contract's major version, every
 * required member, and the values that the app reads synchronously at mount (session, account,
 * locale), and two behaviours that are cheap to try: each `subscribe` returns its unsubscribe, and
 * `getAccessToken` returns a promise. Never throws: a malformed bridge yields the list of problems,
 * for the "incompatible host" screen and for the host team's console.
 */
export function checkBridge(candidate: unknown, options: { behaviour?: boolean } = {}): BridgeCheck {
  const shape = bridgeSchema.safeParse(candidate);
  if (!shape.success) return { ok: false, problems: toProblems(shape.error) };
  const bridge = candidate as HostBridge;
  const problems: BridgeProblem[] = [];
  const readNow: Array<[string, () => unknown, z.ZodType]> = [
    ['session.current()', () => bridge.session.current(), sessionStateSchema],
    ['account.current()', () => bridge.account.current(), accountSchema],
    ['locale.current()', () => bridge.locale.current(), z.string().min(2)],
    ['navigation.current()', () => bridge.navigation.current(), z.string().startsWith('/')],
  ];
  for (const [path, read, schema] of readNow) {
    try {
      const parsed = schema.safeParse(read());
      if (!parsed.success) problems.push(...toProblems(parsed.error, path));
    } catch (error) {
      problems.push({ path, message: threw(error) });
    }
  }
  // The conformance kit tests these itself, each as a check of its own (`behaviour: false`).
  if (options.behaviour !== false) problems.push(...checkSubscriptions(bridge), ...checkAccessToken(bridge));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, bridge };
}

function threw(error: unknown): string {
  return `threw ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Each `subscribe` must return the function that unsubscribes: without it an app could never let go
 * of the host, and every mount would leave a listener behind. Checked by subscribing a listener that
 * does nothing and unsubscribing it at once.
 */
function checkSubscriptions(bridge: HostBridge): BridgeProblem[] {
  const problems: BridgeProblem[] = [];
  const members: Array<[string, (listener: () => void) => unknown]> = [
    ['session.subscribe', (listener) => bridge.session.subscribe(listener)],
    ['account.subscribe', (listener) => bridge.account.subscribe(listener)],
    ['navigation.subscribe', (listener) => bridge.navigation.subscribe(listener)],
    ['locale.subscribe', (listener) => bridge.locale.subscribe(listener)],
  ];
  for (const [path, subscribe] of members) {
    try {
      const unsubscribe = subscribe(() => undefined);
      if (typeof unsubscribe === 'function') unsubscribe();
      else problems.push({ path, message: `must return a function that unsubscribes, not ${describeValue(unsubscribe)}` });
    } catch (error) {
      problems.push({ path, message: threw(error) });
    }
  }
  return problems;
}

/**
 * `getAccessToken` must return a promise (the host may refresh the token first). A host that returns
 * the token itself is caught here, not at the first API call. The promise is not awaited: mounting does
 * not wait for the network, and a refused token is the API's 401 to tell, not the guard's.
 */
function checkAccessToken(bridge: HostBridge): BridgeProblem[] {
  try {
    const token: unknown = bridge.session.getAccessToken();
    if (token instanceof Promise || (typeof token === 'object' && token !== null && typeof (token as { then?: unknown }).then === 'function')) {
      // Its outcome belongs to the calls that need the token; here it must not become an unhandled rejection.
      Promise.resolve(token).catch(() => undefined);
      return [];
    }
    return [{ path: 'session.getAccessToken', message: `must return a Promise of the token, not ${describeValue(token)}` }];
  } catch (error) {
    return [{ path: 'session.getAccessToken', message: threw(error) }];
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  return typeof value === 'string' ? 'a string' : `a value of type ${typeof value}`;
}

function toProblems(error: z.ZodError, prefix = ''): BridgeProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}
