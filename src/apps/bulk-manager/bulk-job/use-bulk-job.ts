import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostBridge } from '../../../bridge/contract';
import { useBridge } from '../../../runtime/react';
import { BulkJobRunner, type BulkJobRunnerOptions, type BulkJobSnapshot } from './bulk-job-runner';
import { defaultJobStore } from './job-store';

type Translate = (key: string, params?: Record<string, unknown>) => string;

interface Entry {
  readonly runner: BulkJobRunner;
  /** The latest translation function, for the host toast of a run that ends unseen. */
  readonly texts: { translate: Translate | null };
}

// One runner per host session, outside React: a run goes on when the user changes tab, switches
// account (the panel remounts) or leaves the app for another of the host. Keyed by the session
// service rather than the bridge object: a host may hand each mount a new bridge object over the same
// session (the reference host adds the app's base path), and a runner per mount stayed subscribed to
// the host for good, one more for every visit (tests/e2e/leaks.e2e.ts measures it).
const runners = new WeakMap<HostBridge['session'], Entry>();

/**
 * The runner of the bridge's session, created (and asked to pick up an unfinished run) on first use.
 * `options` only count on that first call; tests pass a store and short retry waits.
 */
export function bulkJobRunnerFor(bridge: HostBridge, options: Partial<BulkJobRunnerOptions> = {}): BulkJobRunner {
  const existing = runners.get(bridge.session);
  if (existing) return existing.runner;
  const texts: Entry['texts'] = { translate: null };
  const runner = new BulkJobRunner(bridge, {
    store: options.store ?? defaultJobStore(),
    ...options,
    onUnseenEnd: (snapshot) => {
      const t = texts.translate;
      if (t === null) return;
      const message =
        snapshot.outcome === 'completed'
          ? t('bulkJob.unseen.completed', { count: snapshot.counts.created, failed: snapshot.counts.failed })
          : t('bulkJob.unseen.stopped', { count: snapshot.counts.created });
      bridge.notify({ kind: snapshot.counts.failed > 0 || snapshot.outcome !== 'completed' ? 'warning' : 'success', message });
    },
  });
  runners.set(bridge.session, { runner, texts });
  void runner.restore();
  return runner;
}

/** The bridge's bulk job runner; keeps its host messages in the current language. */
export function useBulkJobRunner(): BulkJobRunner {
  const bridge = useBridge();
  const { t } = useTranslation('bulk');
  const runner = bulkJobRunnerFor(bridge);
  useEffect(() => runner.connect(), [runner]);
  useEffect(() => {
    const entry = runners.get(bridge.session);
    if (entry) entry.texts.translate = t;
  }, [bridge, t]);
  return runner;
}

/** The runner's state, re-rendering on every change. */
export function useBulkJobSnapshot(runner: BulkJobRunner): BulkJobSnapshot {
  return useSyncExternalStore(runner.subscribe, runner.getSnapshot, runner.getSnapshot);
}
