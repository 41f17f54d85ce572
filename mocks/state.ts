import type { ActivationStepId, ActivationStatus, Call, EventLogEntry, PstnGateway, Seat, SeatJobRowRecord, StepStatus, TenantDomain } from '../src/contract';

/**
 * The whole mock backend as plain data, so that it can be cloned, compared, and kept in IndexedDB
 * between page reloads. Timestamps of live state are epoch milliseconds; wire shapes are reused where
 * the mock stores exactly what it serves.
 */

export interface MockUser {
  id: string;
  username: string;
  password: string;
  displayName: string;
  /** Accounts this user may open. */
  accountIds: string[];
}

export interface MockAccount {
  id: string;
  name: string;
}

export interface MockSession {
  accessToken: string;
  refreshToken: string;
  userId: string;
  accessExpiresAt: number;
  refreshExpiresAt: number;
}

export interface DeviceModel {
  name: string;
  /** Desk phones need a MAC address. */
  deskPhone: boolean;
}

export interface SeatJobRecord {
  id: string;
  fileName: string;
  rowCount: number;
  createdAt: number;
  updatedAt: number;
  completedAt: number | null;
  createdBy: { id: string; displayName: string };
  /** The latest result of each row with the seat sent for it, by row number. */
  results: Record<string, SeatJobRowRecord>;
}

export interface BulkAccountData {
  sites: string[];
  deviceModels: DeviceModel[];
  /** Every direct number of the account; those no seat uses are spare. */
  numberPool: string[];
  seats: Seat[];
  jobs: SeatJobRecord[];
  events: EventLogEntry[];
}

export interface ActivationStepState {
  id: ActivationStepId;
  status: StepStatus;
  error: { code: string; message: string } | null;
  updatedAt: number | null;
}

export interface TenantState {
  clientName: string;
  tenantName: string;
  coManage: boolean;
  manualActivation: boolean;
  status: ActivationStatus;
  startedAt: number | null;
  finishedAt: number | null;
  steps: ActivationStepState[];
  /** When the running step started; the step ends `STEP_DURATION_MS` later. */
  runningSince: number | null;
  /** Steps that fail the next time they run (then the flag is consumed, so a retry succeeds). */
  failingSteps: ActivationStepId[];
  domains: TenantDomain[];
  pstnGateways: PstnGateway[];
}

export interface TeamsUserRecord {
  id: string;
  userPrincipalName: string;
  displayName: string;
  phoneNumber: string | null;
  failoverNumber: string | null;
}

export interface OwnedNumber {
  number: string;
  purchasedAt: number;
}

export interface TeamsAccountData {
  tenant: TenantState;
  users: TeamsUserRecord[];
  numbers: OwnedNumber[];
  /** Numbers for sale to this tenant. */
  available: string[];
  /** Calls by number, newest first. */
  calls: Record<string, Call[]>;
}

/** A stored response of a request that carried an `Idempotency-Key`. */
export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: unknown;
  /** How many seats the request created, for the tests' snapshot. */
  seatsCreated: number;
}

export interface MockState {
  version: 1;
  /** The next serial for generated IDs. */
  serial: number;
  users: MockUser[];
  accounts: MockAccount[];
  sessions: MockSession[];
  bulk: Record<string, BulkAccountData>;
  teams: Record<string, TeamsAccountData>;
  /** By `accountId|routeId|key`. */
  idempotency: Record<string, IdempotencyRecord>;
}
