import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from './save-file';

describe('saveFile', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('clicks a temporary download link for the content, then removes the link and revokes the URL', () => {
    vi.useFakeTimers();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:portal/1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: Array<{ download: string; href: string; connected: boolean }> = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href, connected: this.isConnected });
    });
    const blob = new Blob(['a,b\r\n'], { type: 'text/csv' });

    saveFile('summary.csv', blob);

    expect(created).toHaveBeenCalledWith(blob);
    expect(clicks).toEqual([{ download: 'summary.csv', href: 'blob:portal/1', connected: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoked).toHaveBeenCalledWith('blob:portal/1');
    click.mockRestore();
  });
});
