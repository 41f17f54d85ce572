import { describe, expect, it, vi } from 'vitest';
import { isChunkLoadError, loadChunk } from './chunk-load';

/** The error webpack's chunk loading rejects with when a chunk's script does not arrive. */
function chunkLoadError(chunk = '528') {
  const error = new Error(`Loading chunk ${chunk} failed.\n(error: https://cdn.example/portal-apps/${chunk}.3c417b2a.js)`);
  error.name = 'ChunkLoadError';
  return error;
}

describe('loading a lazy chunk', () => {
  it('tells a chunk that did not arrive from code that threw, also when the federation runtime wrapped it', () => {
    expect(isChunkLoadError(chunkLoadError())).toBe(true);
    expect(isChunkLoadError(new Error('[ Federation Runtime ]: failed', { cause: chunkLoadError() }))).toBe(true);
    expect(isChunkLoadError(new Error('Loading chunk 627 failed.\n(missing: https://cdn.example/627.js)'))).toBe(true);
    expect(isChunkLoadError(new Error('Teams failed to start'))).toBe(false);
    expect(isChunkLoadError('Loading chunk 1 failed')).toBe(false);
  });

  it('recovers when the chunk fails once: the second try loads it', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(chunkLoadError()).mockResolvedValue('module');
    await expect(loadChunk(load)).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives up after one retry when the chunk never arrives, and a later load tries again', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(chunkLoadError());
    await expect(loadChunk(load)).rejects.toThrow('Loading chunk 528 failed');
    expect(load).toHaveBeenCalledTimes(2);
    load.mockResolvedValue('module');
    await expect(loadChunk(load)).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('does not retry code that loaded and threw', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(new Error('Teams failed to start'));
    await expect(loadChunk(load)).rejects.toThrow('Teams failed to start');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
