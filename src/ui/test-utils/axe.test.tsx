import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';

describe('expectNoAxeViolations', () => {
  it('fails on an unlabelled input, naming the rule', async () => {
    const { container } = render(<input type="text" />);
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/label/);
  });

  it('passes on a labelled input', async () => {
    const { container } = render(
      <label>
        Name <input type="text" />
      </label>,
    );
    await expectNoAxeViolations(container);
  });
});
