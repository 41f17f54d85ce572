import { createMockClock, type MockClock } from './clock';
import { createSeedState } from './data/seed';
import { randomToken } from './prng';
import type { BulkAccountData, MockAccount, MockSession, MockState, MockUser, TeamsAccountData } from './state';

/** Session lifetimes, configurable per run (short ones make expiry testable). */
export interface SessionConfig {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

/** Defaults: 15 minutes for access tokens, 12 hours for refresh tokens. */
export const DEFAULT_SESSION_CONFIG: SessionConfig = { accessTokenTtlSeconds: 15 * 60, refreshTokenTtlSeconds: 12 * 60 * 60 };

/** Why a bearer token was refused. */
export type TokenCheck = { ok: true; session: MockSession; user: MockUser } | { ok: false; code: 'unauthenticated' | 'session-expired' };

/**
 * The stateful in-memory backend: one seeded {@link MockState}, a clock, and the operations the route
 * handlers share. Handlers mutate `state` directly and call {@link MockBackend.changed} so that the
 * browser setup can persist it.
 */
export class MockBackend {
  state: MockState;
  readonly clock: MockClock;
  sessionConfig: SessionConfig = { ...DEFAULT_SESSION_CONFIG };
  private readonly listeners = new Set<(state: MockState) => void>();

  constructor(options: { state?: MockState; clock?: MockClock } = {}) {
    this.state = options.state ?? createSeedState();
    this.clock = options.clock ?? createMockClock();
  }

  /** Back to the seed: data, sessions and mock time. */
  reset(): void {
    this.state = createSeedState();
    this.clock.reset();
    this.sessionConfig = { ...DEFAULT_SESSION_CONFIG };
    this.changed();
  }

  /** Tells subscribers (persistence) that the state changed. */
  changed(): void {
    for (const listener of this.listeners) listener(this.state);
  }

  /** Called after every change; returns the unsubscribe function. */
  onChange(listener: (state: MockState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  now(): number {
    return this.clock.now();
  }

  /** A fresh ID with a readable prefix. */
  nextId(prefix: string): string {
    this.state.serial += 1;
    return `${prefix}-${this.state.serial}`;
  }

  findAccount(accountId: string): MockAccount | undefined {
    return this.state.accounts.find((account) => account.id === accountId);
  }

  findAccountByName(nameOrId: string): MockAccount | undefined {
    const wanted = nameOrId.trim().toLowerCase();
    return this.state.accounts.find((account) => account.name.toLowerCase() === wanted || account.id === wanted);
  }

  findUser(userId: string): MockUser | undefined {
    return this.state.users.find((user) => user.id === userId);
  }

  bulk(accountId: string): BulkAccountData {
    const data = this.state.bulk[accountId];
    if (!data) throw new Error(`No bulk data for account ${accountId}`);
    return data;
  }

  teams(accountId: string): TeamsAccountData {
    const data = this.state.teams[accountId];
    if (!data) throw new Error(`No Teams data for account ${accountId}`);
    return data;
  }

  /** Opens a session for a user and returns it. */
  openSession(userId: string): MockSession {
    const now = this.now();
    const session: MockSession = {
      accessToken: randomToken(),
      refreshToken: randomToken(),
      userId,
      accessExpiresAt: now + this.sessionConfig.accessTokenTtlSeconds * 1000,
      refreshExpiresAt: now + this.sessionConfig.refreshTokenTtlSeconds * 1000,
    };
    this.state.sessions.push(session);
    this.changed();
    return session;
  }

  /** Checks a bearer token. */
  checkAccessToken(token: string): TokenCheck {
    const session = this.state.sessions.find((item) => item.accessToken === token);
    if (!session) return { ok: false, code: 'unauthenticated' };
    if (session.accessExpiresAt <= this.now()) return { ok: false, code: 'session-expired' };
    const user = this.findUser(session.userId);
    return user ? { ok: true, session, user } : { ok: false, code: 'unauthenticated' };
  }

  /** Rotates a session's tokens; the old refresh token stops working. */
  refreshSession(refreshToken: string): { ok: true; session: MockSession } | { ok: false; code: 'invalid-refresh-token' | 'session-expired' } {
    const session = this.state.sessions.find((item) => item.refreshToken === refreshToken);
    if (!session) return { ok: false, code: 'invalid-refresh-token' };
    const now = this.now();
    if (session.refreshExpiresAt <= now) return { ok: false, code: 'session-expired' };
    session.accessToken = randomToken();
    session.refreshToken = randomToken();
    session.accessExpiresAt = now + this.sessionConfig.accessTokenTtlSeconds * 1000;
    this.changed();
    return { ok: true, session };
  }

  closeSession(accessToken: string): void {
    this.state.sessions = this.state.sessions.filter((session) => session.accessToken !== accessToken);
    this.changed();
  }

  /**
   * Expires every session now: the next request gets 401 `session-expired`. With
   * `keepRefreshTokens`, refresh still works (to test silent renewal); otherwise the user must sign in.
   */
  expireSessions(options: { keepRefreshTokens?: boolean } = {}): void {
    const past = this.now() - 1;
    for (const session of this.state.sessions) {
      session.accessExpiresAt = past;
      if (!options.keepRefreshTokens) session.refreshExpiresAt = past;
    }
    this.changed();
  }
}
