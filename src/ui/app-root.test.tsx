import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoot } from './app-root';
import { Portal } from './portal';
import { expectNoAxeViolations } from './test-utils/axe';

describe('AppRoot', () => {
  it('renders its children inside a root element that carries the language', () => {
    render(
      <AppRoot lang="fr" data-testid="root">
        <p>Bonjour</p>
      </AppRoot>,
    );
    const root = screen.getByTestId('root');
    expect(root).toHaveAttribute('lang', 'fr');
    expect(root).toContainElement(screen.getByText('Bonjour'));
  });

  it('renders portals inside its own element, so unmounting the app removes them', () => {
    const { unmount } = render(
      <AppRoot data-testid="root">
        <div>
          <Portal>
            <div>overlay</div>
          </Portal>
        </div>
      </AppRoot>,
    );
    const overlay = screen.getByText('overlay');
    expect(overlay.parentElement).toBe(screen.getByTestId('root'));
    unmount();
    expect(document.body).not.toHaveTextContent('overlay');
  });

  it('renders portals in place when there is no AppRoot', () => {
    render(
      <section data-testid="host">
        <Portal>
          <span>inline</span>
        </Portal>
      </section>,
    );
    expect(screen.getByTestId('host')).toContainElement(screen.getByText('inline'));
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <AppRoot>
        <h1>Bulk Manager</h1>
      </AppRoot>,
    );
    await expectNoAxeViolations(container);
  });
});
