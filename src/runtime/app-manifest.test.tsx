import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge } from '../testing/fake-bridge';
import { mountedAt, useSection, type AppManifest, type UseSectionOptions } from './app-manifest';
import { BridgeProvider } from './react';

const manifest = {
  id: 'teams',
  title: 'Teams',
  description: { en: 'Teams', fr: 'Teams', es: 'Teams' },
  icon: 'data:image/svg+xml,',
  route: '/apps/teams',
  sections: ['setup', 'phone-numbers', 'users'],
} as const satisfies AppManifest;

function Shell(options: UseSectionOptions) {
  const { section } = useSection(manifest, options);
  return <p>section {section}</p>;
}

function mount(path: string, options: UseSectionOptions = {}) {
  const bridge = createFakeBridge(mountedAt(manifest));
  act(() => bridge.navigation.navigate(path));
  render(
    <BridgeProvider bridge={bridge}>
      <Shell {...options} />
    </BridgeProvider>,
  );
  return bridge;
}

describe('useSection', () => {
  it('reads the section from the URL and sends an unknown or missing one to the default section', () => {
    const bridge = mount('/apps/teams/users');
    expect(screen.getByText('section users')).toBeInTheDocument();
    act(() => bridge.navigation.navigate('/apps/teams/nowhere'));
    expect(bridge.navigation.current()).toBe('/apps/teams/setup');
    act(() => bridge.navigation.navigate('/apps/teams'));
    expect(bridge.navigation.current()).toBe('/apps/teams/setup');
  });

  it('never answers a path outside the app with a navigation', () => {
    const bridge = mount('/apps/teams/users');
    act(() => bridge.navigation.navigate('/home'));
    expect(bridge.navigation.current()).toBe('/home');
  });

  it('opens the default section on entry when asked, then keeps the section the user goes to', () => {
    const bridge = mount('/apps/teams/users/calls', { enterOnDefault: true });
    expect(bridge.navigation.current()).toBe('/apps/teams/setup');
    act(() => bridge.navigation.navigate('/apps/teams/users'));
    expect(bridge.navigation.current()).toBe('/apps/teams/users');
    expect(screen.getByText('section users')).toBeInTheDocument();
  });

  it('gives stories and tests the mount of a section', () => {
    expect(mountedAt(manifest, 'users', 'calls')).toEqual({ basePath: '/apps/teams', path: '/apps/teams/users/calls', appId: 'teams', appName: 'Teams' });
  });
});
