import { afterEach, describe, expect, it } from 'vitest';
import { createHistoryNavigation } from './history-navigation';

describe('the reference host history navigation', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('tells every subscriber of a path change, once each', () => {
    const navigation = createHistoryNavigation('/apps');
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = navigation.subscribe((path) => first.push(path));
    const stopSecond = navigation.subscribe((path) => second.push(path));
    navigation.navigate('/apps/teams/users');
    window.dispatchEvent(new Event('single-spa:routing-event'));
    // single-spa fires its event again for the same location: nobody hears it twice.
    window.dispatchEvent(new Event('single-spa:routing-event'));
    expect(first).toEqual(['/apps/teams/users']);
    expect(second).toEqual(['/apps/teams/users']);
    stopFirst();
    stopSecond();
    navigation.dispose();
  });
});
