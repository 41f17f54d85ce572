import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './button';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { LoadingState, Spinner } from './spinner';
import { expectNoAxeViolations } from './test-utils/axe';

describe('LoadingState and Spinner', () => {
  it('announces loading politely and hides a decorative spinner', () => {
    render(
      <div>
        <LoadingState label="Loading seats…" />
        <Spinner label="Saving" />
      </div>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading seats…');
    expect(screen.getByRole('img', { name: 'Saving' })).toBeInTheDocument();
  });
});

describe('EmptyState', () => {
  it('shows a heading at the chosen level, a description and an action', () => {
    render(<EmptyState title="No seats yet" description="Add one or upload a file." headingLevel={3} action={<Button>Add seat</Button>} />);
    expect(screen.getByRole('heading', { level: 3, name: 'No seats yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add seat' })).toBeInTheDocument();
  });
});

describe('ErrorState', () => {
  it('is announced as an alert and retries', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<ErrorState title="The seats could not be loaded" description="Check your connection." retryLabel="Try again" onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The seats could not be loaded');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('has no retry button without onRetry', () => {
    render(<ErrorState title="Failed" retryLabel="Try again" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('states', () => {
  it('have no axe violations', async () => {
    const { container } = render(
      <div>
        <LoadingState label="Loading" />
        <EmptyState title="Nothing here" />
        <ErrorState title="Failed" retryLabel="Retry" onRetry={() => {}} />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
