import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryNavigation } from './memory-navigation';

describe('the memory navigation', () => {
  const pageUrl = () => ({ href: window.location.href, length: window.history.length });
  const startUrl = pageUrl();

  afterEach(() => {
    expect(pageUrl()).toEqual(startUrl);
  });

  it('starts at its initial path, which is its base path unless told otherwise', () => {
    expect(createMemoryNavigation('/apps/teams')).toMatchObject({ basePath: '/apps/teams', history: ['/apps/teams'] });
    expect(createMemoryNavigation('/apps/teams').current()).toBe('/apps/teams');
    const deep = createMemoryNavigation('/apps/teams/users', { basePath: '/apps/teams' });
    expect(deep.basePath).toBe('/apps/teams');
    expect(deep.current()).toBe('/apps/teams/users');
  });

  it('adds an entry on navigate, changes the current one with replace, and leaves the page’s URL alone', () => {
    const navigation = createMemoryNavigation('/apps/teams');
    navigation.navigate('/apps/teams/setup', { replace: true });
    navigation.navigate('/apps/teams/users');
    navigation.navigate('/apps/teams/phone-numbers');
    navigation.navigate('/apps/teams/users', { replace: true });
    expect(navigation.history).toEqual(['/apps/teams/setup', '/apps/teams/users', '/apps/teams/users']);
    expect(navigation.current()).toBe('/apps/teams/users');
  });

  it('tells every subscriber after each change, with current() already the new path', () => {
    const navigation = createMemoryNavigation('/apps/teams');
    const first: string[] = [];
    const second: string[] = [];
    navigation.subscribe((path) => first.push(`${path} ${navigation.current()}`));
    navigation.subscribe((path) => second.push(path));
    navigation.navigate('/apps/teams/users');
    navigation.navigate('/apps/teams/setup', { replace: true });
    expect(first).toEqual(['/apps/teams/users /apps/teams/users', '/apps/teams/setup /apps/teams/setup']);
    expect(second).toEqual(['/apps/teams/users', '/apps/teams/setup']);
  });

  it('does nothing when asked for the current path: no entry, nobody told', () => {
    const navigation = createMemoryNavigation('/apps/teams');
    const heard: string[] = [];
    navigation.subscribe((path) => heard.push(path));
    navigation.navigate('/apps/teams');
    navigation.navigate('/apps/teams', { replace: true });
    expect(navigation.history).toEqual(['/apps/teams']);
    expect(heard).toEqual([]);
  });

  it('stops telling a subscriber that unsubscribed, the others still hear, and unsubscribing twice is harmless', () => {
    const navigation = createMemoryNavigation('/apps/teams');
    const kept: string[] = [];
    const dropped: string[] = [];
    const listener = (path: string) => dropped.push(path);
    navigation.subscribe((path) => kept.push(path));
    const stop = navigation.subscribe(listener);
    const stopAgain = navigation.subscribe(listener);
    navigation.navigate('/apps/teams/users');
    stop();
    stop();
    navigation.navigate('/apps/teams/setup');
    stopAgain();
    navigation.navigate('/apps/teams/phone-numbers');
    expect(kept).toEqual(['/apps/teams/users', '/apps/teams/setup', '/apps/teams/phone-numbers']);
    expect(dropped).toEqual(['/apps/teams/users', '/apps/teams/users', '/apps/teams/setup']);
  });

  it('lets a listener unsubscribe while it is being told, without skipping the next one', () => {
    const navigation = createMemoryNavigation('/apps/teams');
    const heard: string[] = [];
    const stop = navigation.subscribe(() => stop());
    navigation.subscribe((path) => heard.push(path));
    navigation.navigate('/apps/teams/users');
    navigation.navigate('/apps/teams/setup');
    expect(heard).toEqual(['/apps/teams/users', '/apps/teams/setup']);
  });
});
