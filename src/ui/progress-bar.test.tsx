import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar';
import { expectNoAxeViolations } from './test-utils/axe';

describe('ProgressBar', () => {
  it('exposes value, range and value text', () => {
    render(<ProgressBar label="Creating seats" value={120} max={500} valueText="120 of 500 seats" announcement="24% done" />);
    const bar = screen.getByRole('progressbar', { name: 'Creating seats' });
    expect(bar).toHaveAttribute('aria-valuenow', '120');
    expect(bar).toHaveAttribute('aria-valuemax', '500');
    expect(bar).toHaveAttribute('aria-valuetext', '120 of 500 seats');
    expect(screen.getByText('24% done')).toHaveAttribute('aria-live', 'polite');
  });

  it('is indeterminate without a value', () => {
    render(<ProgressBar label="Preparing" />);
    expect(screen.getByRole('progressbar', { name: 'Preparing' })).not.toHaveAttribute('aria-valuenow');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <div>
        <ProgressBar label="Creating seats" value={40} valueText="40%" />
        <ProgressBar label="Preparing" />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
