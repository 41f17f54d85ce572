import { activationStepIds, type Call, type EventLogEntry, type Seat, type SeatInputParsed, type SeatJobRowRecord } from '../../src/contract';
import { DAY, HOUR, MINUTE, SEED_EPOCH, iso } from '../clock';
import { createPrng, hashString, type Prng } from '../prng';
import type { BulkAccountData, DeviceModel, MockState, SeatJobRecord, TeamsAccountData, TeamsUserRecord, TenantState } from '../state';
import { emailPart, firstNames, lastNames } from './names';
import { fictionalNumbers } from './ratecenters';

/** The demo login of the mock backend, shown on the reference host's sign-in page. */
export const DEMO_USER = { username: 'alex.admin', password: 'Passw0rd!', displayName: 'Alex Admin', id: 'user-1' } as const;

/** The seeded accounts. */
export const NORTHWIND = { id: '100001', name: 'Northwind Traders' } as const;

/** What the demo user types on the sign-in page. */
export const DEMO_CREDENTIALS = { username: DEMO_USER.username, password: DEMO_USER.password, accountName: NORTHWIND.name } as const;
export const CONTOSO = { id: '100002', name: 'Contoso Ltd' } as const;
export const FABRIKAM = { id: '100003', name: 'Fabrikam Inc' } as const;

/** The default account's sites and device models (desk phones need a MAC address). */
export const NORTHWIND_SITES = ['Headquarters', 'Branch Office', 'Remote'] as const;
export const NORTHWIND_DEVICE_MODELS: readonly DeviceModel[] = [
  { name: 'Yealink T54W', deskPhone: true },
  { name: 'Yealink T46U', deskPhone: true },
  { name: 'Poly VVX 450', deskPhone: true },
  { name: 'Softphone', deskPhone: false },
];

/** Seed sizes, for tests that count. */
export const SEED_COUNTS = {
  northwindSeats: 250,
  northwindSeatsWithDirectNumber: 40,
  contosoSeats: 60,
  fabrikamSeats: 5,
  northwindTeamsUsers: 40,
  contosoTeamsUsers: 15,
} as const;

/** The seed job that created Northwind's seats, with two failed rows. */
export const SEED_JOB_ID = 'job-100001-1';

const ALEX = { id: DEMO_USER.id, displayName: DEMO_USER.displayName };

interface BulkSeedOptions {
  accountId: string;
  prng: Prng;
  sites: readonly string[];
  deviceModels: readonly DeviceModel[];
  numberPool: string[];
  seatCount: number;
  firstExtension: number;
  withDirectNumber: number;
  emailDomain: string;
  mobileAreaCode: string;
}

function seedSeats(options: BulkSeedOptions, createdAt: (index: number) => number): Seat[] {
  const { prng } = options;
  const usedEmails = new Set<string>();
  const seats: Seat[] = [];
  for (let index = 0; index < options.seatCount; index += 1) {
    const firstName = prng.pick(firstNames);
    const lastName = prng.pick(lastNames);
    let local = `${emailPart(firstName)}.${emailPart(lastName)}`;
    for (let suffix = 2; usedEmails.has(local); suffix += 1) local = `${emailPart(firstName)}.${emailPart(lastName)}${suffix}`;
    usedEmails.add(local);
    const device = prng.next() < 0.85 ? prng.pick(options.deviceModels) : null;
    const hasMobile = prng.next() < 0.6;
    seats.push({
      id: `seat-${options.accountId}-${index + 1}`,
      firstName,
      lastName,
      email: `${local}@${options.emailDomain}`,
      extension: String(options.firstExtension + index),
      site: prng.pick(options.sites),
      directNumber: index < options.withDirectNumber ? (options.numberPool[index] ?? null) : null,
      mobileNumber: hasMobile ? `+1${options.mobileAreaCode}555${String(100 + (index % 100)).padStart(4, '0')}` : null,
      role: index % 25 === 0 ? 'Admin' : 'User',
      deviceModel: device ? device.name : null,
      macAddress: device?.deskPhone ? `805EC0${(hashString(`${options.accountId}-${index}`) & 0xffffff).toString(16).toUpperCase().padStart(6, '0')}` : null,
      callerIdName: index % 3 === 0 ? `${firstName} ${lastName}`.slice(0, 15) : null,
      addressBook: index % 10 !== 9,
      createdAt: iso(createdAt(index)),
    });
  }
  return seats;
}

/** The values a seed seat was created from, as the job that created it received them. */
function seatSentFor(seat: Seat): SeatInputParsed {
  const optional = (value: string | null): string | undefined => value ?? undefined;
  return {
    firstName: seat.firstName,
    lastName: seat.lastName,
    email: seat.email,
    extension: seat.extension,
    site: seat.site,
    directNumber: optional(seat.directNumber),
    mobileNumber: optional(seat.mobileNumber),
    role: seat.role,
    deviceModel: optional(seat.deviceModel),
    macAddress: optional(seat.macAddress),
    callerIdName: optional(seat.callerIdName),
    addressBook: seat.addressBook,
  };
}

function seedBulk(options: BulkSeedOptions, seedJob: boolean): BulkAccountData {
  const jobStart = SEED_EPOCH - 3 * DAY;
  const seatTime = (index: number): number => jobStart + MINUTE + index * 2000;
  const seats = seedSeats(options, seatTime);
  const events: EventLogEntry[] = [];
  const jobs: SeatJobRecord[] = [];
  let eventSerial = 0;
  const eventId = (): string => `evt-${options.accountId}-${(eventSerial += 1)}`;
  if (seedJob) {
    // The first seat's person sent twice (email taken), and a site the account does not have.
    const failedRows = [
      {
        firstName: seats[0]?.firstName ?? 'Ada',
        lastName: seats[0]?.lastName ?? 'Lovelace',
        email: seats[0]?.email ?? '',
        extension: '1300',
        site: 'Headquarters',
        code: 'taken',
        field: 'email',
      },
      { firstName: 'Sam', lastName: 'Unknown', email: 'sam.unknown@example.com', extension: '1301', site: 'Annex', code: 'unknown-site', field: 'site' },
    ];
    const rowCount = seats.length + failedRows.length;
    const finishedAt = seatTime(rowCount);
    const results: Record<string, SeatJobRowRecord> = {};
    seats.forEach((seat, index) => {
      results[String(index + 1)] = { rowNumber: index + 1, status: 'created', seatId: seat.id, createdAt: seat.createdAt, seat: seatSentFor(seat) };
    });
    failedRows.forEach((row, index) => {
      const rowNumber = seats.length + index + 1;
      const seat: SeatInputParsed = {
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        extension: row.extension,
        site: row.site,
        role: 'User',
        addressBook: true,
      };
      results[String(rowNumber)] = {
        rowNumber,
        status: 'failed',
        code: row.code,
        message: `${row.field}: ${row.code}`,
        fieldErrors: { [row.field]: row.code },
        seat,
      };
    });
    jobs.push({
      id: SEED_JOB_ID,
      fileName: 'northwind-onboarding.csv',
      rowCount,
      createdAt: jobStart,
      updatedAt: finishedAt,
      completedAt: finishedAt,
      createdBy: ALEX,
      results,
    });
    events.push({
      id: eventId(),
      type: 'bulk-job-started',
      occurredAt: iso(jobStart),
      actor: ALEX,
      details: { jobId: SEED_JOB_ID, fileName: 'northwind-onboarding.csv', rowCount },
    });
    for (const seat of seats) {
      events.push({
        id: eventId(),
        type: 'seat-created',
        occurredAt: seat.createdAt,
        actor: ALEX,
        details: { seatId: seat.id, email: seat.email, extension: seat.extension, jobId: SEED_JOB_ID },
      });
    }
    failedRows.forEach((row, index) => {
      events.push({
        id: eventId(),
        type: 'seat-creation-failed',
        occurredAt: iso(seatTime(seats.length + index)),
        actor: ALEX,
        details: { email: row.email, extension: row.extension, code: row.code, jobId: SEED_JOB_ID },
      });
    });
    events.push({
      id: eventId(),
      type: 'bulk-job-finished',
      occurredAt: iso(finishedAt),
      actor: ALEX,
      details: { jobId: SEED_JOB_ID, fileName: 'northwind-onboarding.csv', rowCount, created: seats.length, failed: failedRows.length },
    });
  } else {
    for (const seat of seats) {
      events.push({
        id: eventId(),
        type: 'seat-created',
        occurredAt: seat.createdAt,
        actor: ALEX,
        details: { seatId: seat.id, email: seat.email, extension: seat.extension, jobId: null },
      });
    }
  }
  seats.slice(0, 30).forEach((seat, index) => {
    events.push({
      id: eventId(),
      type: 'welcome-sent',
      occurredAt: iso(SEED_EPOCH - 2 * DAY + index * MINUTE),
      actor: ALEX,
      details: { seatId: seat.id, channel: 'email', recipient: seat.email },
    });
  });
  events.sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0));
  return { sites: [...options.sites], deviceModels: [...options.deviceModels], numberPool: options.numberPool, seats, jobs, events };
}

function txtCode(prng: Prng): string {
  return `MS=ms${String(prng.int(10_000_000, 99_999_999))}`;
}

function seedTenant(prng: Prng, clientName: string, slug: string, active: boolean): TenantState {
  const doneAt = SEED_EPOCH - 30 * DAY;
  return {
    clientName,
    tenantName: `${slug}.onmicrosoft.com`,
    coManage: active,
    manualActivation: false,
    status: active ? 'active' : 'inactive',
    startedAt: active ? doneAt - HOUR : null,
    finishedAt: active ? doneAt : null,
    steps: activationStepIds.map((id) => ({ id, status: active ? 'succeeded' : 'pending', error: null, updatedAt: active ? doneAt : null })),
    runningSince: null,
    failingSteps: [],
    domains: [
      { name: `${slug}.example.com`, txtVerificationCode: txtCode(prng), status: active ? 'verified' : 'pending' },
      { name: `voice.${slug}.example.com`, txtVerificationCode: txtCode(prng), status: active ? 'verified' : 'pending' },
    ],
    pstnGateways: [
      { fqdn: `sbc1.${slug}.example.com`, port: 5061, status: active ? 'active' : 'pending' },
      { fqdn: `sbc2.${slug}.example.com`, port: 5061, status: active ? 'active' : 'pending' },
    ],
  };
}

const callResults = ['answered', 'answered', 'answered', 'missed', 'voicemail', 'busy', 'failed'] as const;
const otherAreaCodes = ['415', '212', '312', '206', '617', '628'] as const;

function seedCalls(accountId: string, number: string): Call[] {
  const prng = createPrng(hashString(`${accountId}:${number}`));
  const count = prng.int(0, 24);
  const calls: Call[] = [];
  for (let index = 0; index < count; index += 1) {
    const result = prng.pick(callResults);
    const duration = result === 'answered' ? prng.int(10, 1800) : result === 'voicemail' ? prng.int(5, 90) : 0;
    calls.push({
      id: `call-${number.slice(1)}-${index + 1}`,
      direction: prng.next() < 0.55 ? 'inbound' : 'outbound',
      otherParty: `+1${prng.pick(otherAreaCodes)}555${String(prng.int(100, 199)).padStart(4, '0')}`,
      startedAt: iso(SEED_EPOCH - prng.int(0, 14 * DAY)),
      durationSeconds: duration,
      result,
    });
  }
  calls.sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
  return calls;
}

interface TeamsSeedOptions {
  accountId: string;
  prng: Prng;
  clientName: string;
  slug: string;
  active: boolean;
  userCount: number;
  owned: string[];
  assigned: number;
  available: string[];
}

function seedTeams(options: TeamsSeedOptions): TeamsAccountData {
  const { prng, owned } = options;
  const users: TeamsUserRecord[] = [];
  const usedUpns = new Set<string>();
  for (let index = 0; index < options.userCount; index += 1) {
    const first = prng.pick(firstNames);
    const last = prng.pick(lastNames);
    let local = `${emailPart(first)}.${emailPart(last)}`;
    for (let suffix = 2; usedUpns.has(local); suffix += 1) local = `${emailPart(first)}.${emailPart(last)}${suffix}`;
    usedUpns.add(local);
    users.push({
      id: `tu-${options.accountId}-${index + 1}`,
      userPrincipalName: `${local}@${options.slug}.example.com`,
      displayName: `${first} ${last}`,
      phoneNumber: index < options.assigned ? (owned[index] ?? null) : null,
      // A few colleagues cover for each other, a few forward to an outside mobile.
      failoverNumber: index < 6 ? (owned[index + 1] ?? null) : index === 30 || index === 31 ? '+16285550142' : null,
    });
  }
  const calls: Record<string, Call[]> = {};
  for (const number of owned) calls[number] = seedCalls(options.accountId, number);
  return {
    tenant: seedTenant(prng, options.clientName, options.slug, options.active),
    users,
    numbers: owned.map((number, index) => ({ number, purchasedAt: SEED_EPOCH - 60 * DAY + index * HOUR })),
    available: options.available,
    calls,
  };
}

/**
 * Builds the seeded state. The same seed always gives the same state; only session tokens (made later,
 * at login) are random.
 */
export function createSeedState(seed = 20250115): MockState {
  const northwindPool = fictionalNumbers('415', 100, 199);
  const contosoPool = fictionalNumbers('206', 100, 149);
  const fabrikamPool = fictionalNumbers('312', 150, 159);
  return {
    version: 1,
    serial: 1000,
    users: [
      { ...DEMO_USER, accountIds: [NORTHWIND.id, CONTOSO.id] },
      { id: 'user-2', username: 'fran.fabrikam', password: 'Passw0rd!', displayName: 'Fran Fabrikam', accountIds: [FABRIKAM.id] },
    ],
    accounts: [{ ...NORTHWIND }, { ...CONTOSO }, { ...FABRIKAM }],
    sessions: [],
    bulk: {
      [NORTHWIND.id]: seedBulk(
        {
          accountId: NORTHWIND.id,
          prng: createPrng(seed),
          sites: NORTHWIND_SITES,
          deviceModels: NORTHWIND_DEVICE_MODELS,
          numberPool: northwindPool,
          seatCount: SEED_COUNTS.northwindSeats,
          firstExtension: 1000,
          withDirectNumber: SEED_COUNTS.northwindSeatsWithDirectNumber,
          emailDomain: 'example.com',
          mobileAreaCode: '628',
        },
        true,
      ),
      [CONTOSO.id]: seedBulk(
        {
          accountId: CONTOSO.id,
          prng: createPrng(seed + 1),
          sites: ['Main Office', 'Warehouse'],
          deviceModels: [
            { name: 'Yealink T54W', deskPhone: true },
            { name: 'Softphone', deskPhone: false },
          ],
          numberPool: contosoPool,
          seatCount: SEED_COUNTS.contosoSeats,
          firstExtension: 2000,
          withDirectNumber: 10,
          emailDomain: 'contoso.example.com',
          mobileAreaCode: '425',
        },
        false,
      ),
      [FABRIKAM.id]: seedBulk(
        {
          accountId: FABRIKAM.id,
          prng: createPrng(seed + 2),
          sites: ['Head Office'],
          deviceModels: [{ name: 'Softphone', deskPhone: false }],
          numberPool: fabrikamPool,
          seatCount: SEED_COUNTS.fabrikamSeats,
          firstExtension: 300,
          withDirectNumber: 2,
          emailDomain: 'fabrikam.example.com',
          mobileAreaCode: '312',
        },
        false,
      ),
    },
    teams: {
      [NORTHWIND.id]: seedTeams({
        accountId: NORTHWIND.id,
        prng: createPrng(seed + 10),
        clientName: NORTHWIND.name,
        slug: 'northwindtraders',
        active: false,
        userCount: SEED_COUNTS.northwindTeamsUsers,
        owned: [...fictionalNumbers('212', 100, 129), ...fictionalNumbers('312', 100, 114)],
        assigned: 28,
        available: [...fictionalNumbers('206', 100, 199), ...fictionalNumbers('212', 130, 199), ...fictionalNumbers('312', 115, 199)],
      }),
      [CONTOSO.id]: seedTeams({
        accountId: CONTOSO.id,
        prng: createPrng(seed + 11),
        clientName: CONTOSO.name,
        slug: 'contosoltd',
        active: true,
        userCount: SEED_COUNTS.contosoTeamsUsers,
        owned: fictionalNumbers('617', 100, 119),
        assigned: 12,
        available: [...fictionalNumbers('617', 120, 199), ...fictionalNumbers('206', 100, 149)],
      }),
      [FABRIKAM.id]: seedTeams({
        accountId: FABRIKAM.id,
        prng: createPrng(seed + 12),
        clientName: FABRIKAM.name,
        slug: 'fabrikaminc',
        active: false,
        userCount: 3,
        owned: fictionalNumbers('415', 190, 194),
        assigned: 2,
        available: fictionalNumbers('415', 195, 199),
      }),
    },
    idempotency: {},
  };
}
