import { useEffect, useState } from 'react';
import type { ConformanceReport } from '../src/host/conformance';
import { loadConformanceKit } from './remote';
import type { ShimSession } from './session';
import styles from './shim.module.css';

type Outcome = { report: ConformanceReport; text: string } | { error: string };

/** One run per signed-in session: the page mounted again (after a reload of its route) shows it. */
const runs = new WeakMap<ShimSession, Promise<Outcome>>();

async function runOnce(session: ShimSession): Promise<Outcome> {
  try {
    const kit = await loadConformanceKit();
    // The bridge as an app mounted at /conformance would get it (see single-spa-root.ts).
    const bridge = { ...session.bridge, navigation: { ...session.bridge.navigation, basePath: '/conformance' } };
    const report = await kit.runBridgeConformance(bridge, {
      otherAccountId: '100002',
      forbiddenAccountId: '100003',
      missingAccountId: '999999',
      expireAccessToken: () => window.__portalMocks?.expireSessions({ keepRefreshTokens: true }),
    });
    return { report, text: kit.formatConformanceReport(report) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Runs the remote's bridge conformance kit against this host's own bridge, the way a host team would
 * in a page of their portal. `npm run conformance` opens this page and prints the report. The kit
 * navigates, switches account and changes the language of this host, and puts them back; it runs
 * once per session, so the page coming back does not start it over.
 */
export function ConformancePage({ session }: { session: ShimSession }) {
  const [state, setState] = useState<Outcome | null>(null);

  useEffect(() => {
    let cancelled = false;
    let run = runs.get(session);
    if (!run) {
      run = runOnce(session);
      runs.set(session, run);
    }
    void run.then((outcome) => {
      if (!cancelled) setState(outcome);
    });
    return () => {
      cancelled = true;
    };
  }, [session]);

  return (
    <section className={styles.home} aria-labelledby="conformance-title">
      <h1 id="conformance-title">Bridge conformance</h1>
      {state === null ? <p>Running the checks…</p> : null}
      {state && 'error' in state ? <p role="alert">The kit could not run: {state.error}</p> : null}
      {state && 'report' in state ? (
        <>
          <p data-testid="conformance-result" role="status">
            {state.report.ok ? 'This host honours the contract.' : 'This host does not honour the contract.'}
          </p>
          <pre data-testid="conformance-report">{state.text}</pre>
        </>
      ) : null}
    </section>
  );
}
