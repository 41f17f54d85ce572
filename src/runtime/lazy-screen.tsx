import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../ui';
import { loadChunk } from '../ui/chunk-load';

/** A section whose code is a chunk of its own, loaded when first shown or when the user is about to. */
export interface LazyScreen {
  /**
   * The screen: a loading state while its code arrives (asked for once more if it fails), then the
   * screen; "could not be loaded" with Retry after a second failure.
   */
  readonly Screen: ComponentType;
  /** Starts loading the code (a tab hovered or focused, the browser idle); safe to call any number of times. */
  preload(): void;
}

type Loading = { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; Screen: ComponentType };

/** Splits a screen into its own chunk. A load that fails twice is forgotten, so Retry asks for the file again. */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loading: Promise<ComponentType> | null = null;
  let loaded: ComponentType | null = null;
  const start = (): Promise<ComponentType> =>
    (loading ??= loadChunk(load).then(
      (screen) => (loaded = screen),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  function Screen() {
    const { t } = useTranslation('common');
    const [state, setState] = useState<Loading>(() => (loaded ? { status: 'loaded', Screen: loaded } : { status: 'loading' }));
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      start().then(
        (screen) => {
          if (current) setState({ status: 'loaded', Screen: screen });
        },
        (error: unknown) => {
          console.error('A screen could not be loaded', error);
          if (current) setState({ status: 'failed' });
        },
      );
      return () => {
        current = false;
      };
    }, [attempt]);
    // After Try again the button is gone: once the screen is there, its heading takes the focus.
    const marker = useRef<HTMLSpanElement>(null);
    const retried = useRef(false);
    useEffect(() => {
      if (state.status !== 'loaded' || !retried.current) return;
      retried.current = false;
      const heading = marker.current?.parentElement?.querySelector<HTMLElement>('h1, h2, h3');
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    }, [state]);
    if (state.status === 'loaded') {
      return (
        <>
          <span ref={marker} hidden />
          <state.Screen />
        </>
      );
    }
    if (state.status === 'failed') {
      return (
        <ErrorState
          title={t('codeUnavailable')}
          retryLabel={t('retry')}
          onRetry={() => {
            retried.current = true;
            setState({ status: 'loading' });
            setAttempt((value) => value + 1);
          }}
        />
      );
    }
    return <LoadingState label={t('loading')} />;
  }

  return { Screen, preload: () => void start().catch(() => undefined) };
}

/**
 * Loads the code of the `next` screens once the app is idle after its first screen, so switching to
 * them is as quick as if they had been there from the start.
 */
export function usePreloadWhenIdle(next: readonly LazyScreen[]): void {
  useEffect(() => {
    if (next.length === 0) return;
    const preloadAll = () => next.forEach((screen) => screen.preload());
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preloadAll, { timeout: 3000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(preloadAll, 1000);
    return () => clearTimeout(timer);
  }, [next]);
}
