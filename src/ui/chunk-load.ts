/**
 * Lazily loaded code (`import()`) whose file did not arrive: webpack rejects with a `ChunkLoadError`
 * when a chunk's script fails to load (a flaky link, or a release's chunks removed after a deploy).
 * The module federation runtime may wrap it; its cause is then the webpack error.
 */
export function isChunkLoadError(error: unknown): boolean {
  for (let seen = 0, current: unknown = error; current instanceof Error && seen < 5; seen++, current = current.cause) {
    if (current.name === 'ChunkLoadError' || /Loading chunk \S+ failed/.test(current.message)) return true;
  }
  return false;
}

/**
 * Runs a lazy load, and once more when its code failed to arrive: webpack forgets a failed chunk, so
 * the second `import()` asks for the file again. Any other error (the code ran and threw) and a
 * second failure reject as they are.
 */
export async function loadChunk<T>(load: () => Promise<T>, retries = 1): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= retries || !isChunkLoadError(error)) throw error;
    }
  }
}
