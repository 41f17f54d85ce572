import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copy-text';

function secureContext(secure: boolean) {
  Object.defineProperty(window, 'isSecureContext', { configurable: true, value: secure });
}

afterEach(() => {
  vi.restoreAllMocks();
  secureContext(false);
});

describe('copyText', () => {
  it('uses the Clipboard API in a secure context', async () => {
    secureContext(true);
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await expect(copyText('MS=ms12345678')).resolves.toBe(true);
    expect(write).toHaveBeenCalledWith('MS=ms12345678');
  });

  it('falls back to selecting a hidden text area when the Clipboard API refuses, and gives focus back', async () => {
    secureContext(true);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    const selected: string[] = [];
    const exec = vi.fn((command: string) => {
      const area = document.querySelector('textarea');
      if (command === 'copy' && area && area.selectionStart === 0 && area.selectionEnd === area.value.length) selected.push(area.value);
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: exec });
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    await expect(copyText('MS=ms12345678')).resolves.toBe(true);
    expect(selected).toEqual(['MS=ms12345678']);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('skips the Clipboard API outside a secure context, and reports failure when nothing can copy', async () => {
    secureContext(false);
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    await expect(copyText('MS=ms12345678')).resolves.toBe(false);
    expect(write).not.toHaveBeenCalled();
  });
});
