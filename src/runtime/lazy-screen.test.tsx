import { act, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/setup/render-app';
import { lazyScreen, usePreloadWhenIdle } from './lazy-screen';

const chunkError = () => Object.assign(new Error('Loading chunk 42 failed.'), { name: 'ChunkLoadError' });
const Loaded = () => <h2>Phone Numbers</h2>;

describe('a lazy screen', () => {
  it('shows a loading state while its code arrives, then the screen; preloading asks for the code once', async () => {
    const load = vi.fn(() => Promise.resolve(Loaded));
    const lazy = lazyScreen(load);
    lazy.preload();
    lazy.preload();
    renderApp(<lazy.Screen />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByRole('heading', { name: 'Phone Numbers' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks once more for code that did not arrive, says so after a second failure, and Try again loads it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let failures = 3;
    const load = vi.fn(() => (failures-- > 0 ? Promise.reject(chunkError()) : Promise.resolve(Loaded)));
    const lazy = lazyScreen(load);
    renderApp(<lazy.Screen />);
    expect(await screen.findByText('Part of the app could not be loaded. Check your connection and try again.')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    // The third try fails once more and is retried unseen: the screen comes.
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click());
    expect(await screen.findByRole('heading', { name: 'Phone Numbers' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Phone Numbers' })).toHaveFocus());
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('loads the next screens once the app is idle, and not after it is gone', async () => {
    vi.useFakeTimers();
    try {
      const next = vi.fn(() => Promise.resolve(Loaded));
      const upcoming = [lazyScreen(next)];
      renderHook(() => usePreloadWhenIdle(upcoming));
      expect(next).not.toHaveBeenCalled();
      await act(async () => vi.advanceTimersByTimeAsync(3000));
      expect(next).toHaveBeenCalledTimes(1);

      const unused = vi.fn(() => Promise.resolve(Loaded));
      const gone = [lazyScreen(unused)];
      const { unmount } = renderHook(() => usePreloadWhenIdle(gone));
      unmount();
      await act(async () => vi.advanceTimersByTimeAsync(3000));
      expect(unused).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
