import { describe, expect, it } from 'vitest';
import { checkBridge } from './guard';
import { createFakeBridge } from '../testing/fake-bridge';

describe('checkBridge', () => {
  it('accepts the fake bridge, which honours contract 1.x', () => {
    expect(checkBridge(createFakeBridge())).toMatchObject({ ok: true });
  });

  it('accepts any 1.x version and refuses another major version', () => {
    expect(checkBridge({ ...createFakeBridge(), contractVersion: '1.7.2' }).ok).toBe(true);
    const result = checkBridge({ ...createFakeBridge(), contractVersion: '2.0.0' });
    expect(result).toEqual({ ok: false, problems: [{ path: 'contractVersion', message: 'must be version 1.x' }] });
  });

  it('names every missing or wrong member', () => {
    const { api: _api, ...withoutApi } = createFakeBridge();
    const result = checkBridge({ ...withoutApi, account: { ...createFakeBridge().account, lookup: 'nope' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['api', 'account.lookup']));
  });

  it('refuses things that are not bridges at all without throwing', () => {
    for (const candidate of [undefined, null, 42, 'bridge', [], {}]) {
      expect(checkBridge(candidate).ok).toBe(false);
    }
  });

  it('reports a member whose current value is malformed or throws', () => {
    const bridge = createFakeBridge();
    const result = checkBridge({
      ...bridge,
      account: { ...bridge.account, current: () => ({ id: 7 }) },
      locale: {
        ...bridge.locale,
        current: () => {
          throw new Error('no locale');
        },
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['account.current().id', 'account.current().name', 'locale.current()']));
  });

  it('accepts a host without locale.set (before 1.2) and refuses one whose locale.set is not a function', () => {
    const bridge = createFakeBridge();
    expect(checkBridge({ ...bridge, locale: { current: bridge.locale.current, subscribe: bridge.locale.subscribe } }).ok).toBe(true);
    const result = checkBridge({ ...bridge, locale: { ...bridge.locale, set: 'fr' } });
    expect(result).toEqual({ ok: false, problems: [{ path: 'locale.set', message: 'must be a function' }] });
  });

  it('refuses a getAccessToken that returns the token itself instead of a promise of it', () => {
    const bridge = createFakeBridge();
    const result = checkBridge({ ...bridge, session: { ...bridge.session, getAccessToken: () => 'a-token' } });
    expect(result).toEqual({ ok: false, problems: [{ path: 'session.getAccessToken', message: 'must return a Promise of the token, not a string' }] });
  });

  it('refuses a subscribe that returns no way to unsubscribe, and leaves no listener of its own behind', () => {
    const bridge = createFakeBridge();
    let navigationListeners = 0;
    const result = checkBridge({
      ...bridge,
      account: { ...bridge.account, subscribe: () => undefined },
      navigation: {
        ...bridge.navigation,
        subscribe: () => {
          navigationListeners += 1;
          return () => {
            navigationListeners -= 1;
          };
        },
      },
    });
    expect(result).toEqual({ ok: false, problems: [{ path: 'account.subscribe', message: 'must return a function that unsubscribes, not undefined' }] });
    expect(navigationListeners).toBe(0);
  });
});
