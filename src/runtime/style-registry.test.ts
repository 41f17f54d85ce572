import { afterEach, describe, expect, it } from 'vitest';
import { attachStyles, detachStyles, insertStyle } from './style-registry';

const ours = () => document.head.querySelectorAll('style[data-portal-apps]').length;

describe('style registry', () => {
  afterEach(() => {
    while (ours() > 0) detachStyles();
  });

  it('keeps styles out of the page until an app mounts, and takes them out when the last one unmounts', () => {
    const style = document.createElement('style');
    insertStyle(style);
    expect(ours()).toBe(0);

    attachStyles();
    attachStyles();
    expect(ours()).toBe(1);

    detachStyles();
    expect(ours()).toBe(1);
    detachStyles();
    expect(ours()).toBe(0);
  });

  it('shows a style that arrives while an app is mounted (a lazily loaded chunk)', () => {
    attachStyles();
    const style = document.createElement('style');
    insertStyle(style);
    expect(style.isConnected).toBe(true);
    detachStyles();
    expect(style.isConnected).toBe(false);
  });

  it("gives every style the page's CSP nonce, so a policy without 'unsafe-inline' applies it", () => {
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'csp-nonce');
    meta.nonce = 'r4nd0m';
    document.head.append(meta);
    try {
      const early = document.createElement('style');
      insertStyle(early);
      attachStyles();
      const late = document.createElement('style');
      insertStyle(late);
      expect([early.nonce, late.nonce]).toEqual(['r4nd0m', 'r4nd0m']);
    } finally {
      meta.remove();
      detachStyles();
    }
  });
});
