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
});
