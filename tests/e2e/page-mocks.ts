import type { Page } from 'playwright-core';
import type { MockSnapshot } from '../../mocks/controls';
import type { FaultRule } from '../../mocks/faults';

/**
 * The page's mock backend, driven from a browser test through `window.__portalMocks`
 * (mocks/browser.ts, mocks/controls.ts).
 */

/** What the mock store holds now: seats per account, seats created per idempotency key, and more. */
export function mockSnapshot(page: Page): Promise<MockSnapshot> {
  return page.evaluate(() => {
    const controls = window.__portalMocks;
    if (!controls) throw new Error('No mock controls on the page');
    return controls.snapshot();
  });
}

/** Replaces the mock backend's fault rules. */
export function setMockFaults(page: Page, rules: FaultRule[]): Promise<void> {
  return page.evaluate((list) => window.__portalMocks?.setFaults(list), rules);
}
