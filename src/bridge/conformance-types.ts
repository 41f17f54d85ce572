/** The types of the bridge conformance kit (`conformance.ts`), kept apart so host teams get them without the kit's code. */

/** What the kit needs to know about the host's test data, and hooks to drive the host. @public */
export interface ConformanceOptions {
  /** An account the signed-in user may open, other than the current one. The kit switches to it and back. */
  otherAccountId: string;
  /** An account that exists but that the user may not open. */
  forbiddenAccountId: string;
  /** A six-digit ID that no account has. */
  missingAccountId: string;
  /** Makes the host's access token expire now; the kit then checks the host refreshes it. */
  expireAccessToken?: () => void | Promise<void>;
  /**
   * Changes the host's language; the kit checks that subscribers hear of it. Not needed when the
   * bridge has `locale.set` (contract 1.2), which the kit then uses.
   */
  changeLocale?: (locale: string) => void | Promise<void>;
  /** Checks `session.logout()` last (it ends the session). Off by default. */
  includeLogout?: boolean;
  /** How long one check may take. Default 5 s. */
  timeoutMs?: number;
  /**
   * Interrupts the run (a page that runs the kit is leaving): the checks not yet run are skipped, and
   * what the kit changed (path, account, language) is still put back before the report resolves.
   */
  signal?: AbortSignal;
}

/** The outcome of one check. @public */
export interface ConformanceCheck {
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'skip';
  /** Why it failed or was skipped, in words a host developer can act on; on a pass, what was seen. */
  detail?: string;
}

/** The whole report. @public */
export interface ConformanceReport {
  ok: boolean;
  contractVersion: string;
  checks: ConformanceCheck[];
  /** True when `options.signal` stopped the run before its last check. */
  interrupted?: boolean;
}
