import type { ActivationStepId } from '../src/contract';
import type { MockBackend, SessionConfig } from './backend';
import type { FaultInjector, FaultRule } from './faults';

/** Counts that tests read to check what the backend really did (not what a response claimed). */
export interface MockSnapshot {
  /** Seats per account ID. */
  seatsByAccount: Record<string, number>;
  /** Seats created by each request that carried an Idempotency-Key, by key (a replay adds none). */
  seatsCreatedByIdempotencyKey: Record<string, number>;
  /** Bulk jobs per account ID. */
  jobsByAccount: Record<string, number>;
  /** Numbers owned by each account's Teams tenant. */
  teamsNumbersByAccount: Record<string, number>;
  /** Open sessions. */
  sessions: number;
}

/** What the node setup, the browser setup and `window.__portalMocks` let a run control. */
export interface MockControls {
  /** Back to the seed: data, sessions, mock time and faults. */
  reset(): void | Promise<void>;
  /** Replaces the fault rules. */
  setFaults(rules: FaultRule | FaultRule[]): void;
  clearFaults(): void;
  /** Expires all sessions now (see `MockBackend.expireSessions`). */
  expireSessions(options?: { keepRefreshTokens?: boolean }): void;
  /** Moves mock time forward (token expiry, Teams activation). */
  advanceTime(ms: number): void;
  /** Makes a Teams activation step fail the next time it runs, for one account (all when absent). */
  failActivationStep(stepId: ActivationStepId, accountId?: string): void;
  /** Changes token lifetimes for sessions opened from now on. */
  setSessionConfig(config: Partial<SessionConfig>): void;
  snapshot(): MockSnapshot;
}

function countBy<T>(record: Record<string, T>, count: (value: T) => number): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, count(value)]));
}

/** Builds the controls of a backend and its fault injector. */
export function createMockControls(backend: MockBackend, faults: FaultInjector): MockControls {
  return {
    reset: () => {
      backend.reset();
      faults.clear();
    },
    setFaults: (rules) => faults.set(rules),
    clearFaults: () => faults.clear(),
    expireSessions: (options) => backend.expireSessions(options),
    advanceTime: (ms) => backend.clock.advance(ms),
    failActivationStep: (stepId, accountId) => {
      for (const [id, data] of Object.entries(backend.state.teams)) {
        if (accountId !== undefined && id !== accountId) continue;
        if (!data.tenant.failingSteps.includes(stepId)) data.tenant.failingSteps.push(stepId);
      }
      backend.changed();
    },
    setSessionConfig: (config) => {
      backend.sessionConfig = { ...backend.sessionConfig, ...config };
    },
    snapshot: () => ({
      seatsByAccount: countBy(backend.state.bulk, (data) => data.seats.length),
      seatsCreatedByIdempotencyKey: Object.fromEntries(
        Object.entries(backend.state.idempotency)
          .filter(([storeKey]) => storeKey.includes('|createSeat|') || storeKey.includes('|sendSeatJobChunk|'))
          .map(([storeKey, record]) => [storeKey.slice(storeKey.lastIndexOf('|') + 1), record.seatsCreated]),
      ),
      jobsByAccount: countBy(backend.state.bulk, (data) => data.jobs.length),
      teamsNumbersByAccount: countBy(backend.state.teams, (data) => data.numbers.length),
      sessions: backend.state.sessions.length,
    }),
  };
}
