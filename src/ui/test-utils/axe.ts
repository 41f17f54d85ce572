import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Rules switched off because they cannot give a true answer in happy-dom, which has no layout
 * engine: colour contrast needs computed, painted colours and element boxes. Contrast is covered by
 * the design tokens (chosen for AA) and by the Storybook accessibility addon in a real browser.
 */
const RULES_NEEDING_LAYOUT = { 'color-contrast': { enabled: false } } as const;

/**
 * Runs axe-core on a rendered container and fails the test with a readable list of violations.
 * Reusable by every folder's component tests.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: RULES_NEEDING_LAYOUT,
    resultTypes: ['violations'],
  });
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')}`).join('\n')}`,
  );
  expect(violations.length, `axe found violations:\n${violations.join('\n')}`).toBe(0);
}
