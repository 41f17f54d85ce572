// The bundle-size table (bench/bundle-sizes.mjs) as a section of the one benchmark table, measured on
// the benchmarks' own build.
import { benchDist, ensureBuild, type BenchRow } from './browser-harness';

const section = 'bundle (gzip)';
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(): Promise<BenchRow[]> {
  ensureBuild();
  // bundle-sizes.mjs reads DIST_DIR when it is first imported.
  process.env.DIST_DIR = benchDist;
  const { measureBundle } = await import('./bundle-sizes.mjs');
  return measureBundle().map(([name, bytes, budget]) => ({
    section,
    metric: name,
    value: kb(bytes),
    note: budget === null ? '' : `budget ${kb(budget)}${bytes > budget ? ': OVER BUDGET' : ''}`,
  }));
}
