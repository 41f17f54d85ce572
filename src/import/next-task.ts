/** Main-thread work per slice of a long change of the preview: well under the 50 ms of a long task. */
export const sliceBudgetMs = 12;

/**
 * Resolves in a new task of the event loop, after the browser has had a chance to paint and handle
 * input. A message to oneself is not clamped to 4 ms as nested timeouts are.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Tells a loop when its slice has run long enough that it should wait for the next task. */
export class SliceClock {
  private started = performance.now();

  /** True when the slice has used its budget; the caller then awaits {@link SliceClock.yield}. */
  get due(): boolean {
    return performance.now() - this.started >= sliceBudgetMs;
  }

  /** Waits for the next task and starts a new slice. */
  async yield(): Promise<void> {
    await nextTask();
    this.started = performance.now();
  }
}
