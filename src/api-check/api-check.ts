import {
  completeSeatJob,
  createApiClient,
  createSeat,
  createSeatJob,
  downloadAssignmentsCsv,
  downloadSeatTemplateCsv,
  getAccount,
  getSeatJob,
  getSeatTemplate,
  getTenant,
  listCalls,
  listEventLogs,
  listNumbers,
  listSeatJobs,
  listSeats,
  listSpareNumbers,
  listTeamsUsers,
  parseRetryAfter,
  searchAvailableNumbers,
  sendSeatJobChunk,
  whoAmI,
  validateAssignments,
  validateSeats,
  type ApiResult,
  type HostFetch,
} from '../api';
import { commonErrorStatuses, errorBodySchema, routeIds, routes, type ColumnRule, type Page, type SeatInput } from '../contract';

/**
 * The API conformance kit for host backends (`npm run api-check`, or {@link checkHostApi} in a host's
 * own tests). It calls the routes of `src/contract/` the way the apps do, through the apps' own typed
 * client with retries off (so every answer is seen as the server gave it), and reports check by check,
 * in words a backend developer can act on.
 */

/** Options of {@link checkHostApi}. */
export interface ApiCheckOptions {
  /** Origin (and path prefix) of the APIs, as the host's `api.fetch` would prefix them. */
  baseUrl: string;
  /** A valid access token of a user who may open `accountId`. */
  token: string;
  /** A six-digit account the user may open; with `write`, a sandbox account. */
  accountId: string;
  /** Also check the write routes (a bulk job and its chunks): seats are created in `accountId`. */
  write?: boolean;
  /** An account ID that does not exist (for the 404 of account lookup); `999999` by default. */
  missingAccountId?: string;
  /** An account that exists and this user may NOT open (for the 403); that check is skipped without it. */
  forbiddenAccountId?: string;
  /** The page size used to walk lists with their cursors; 7 by default, so short lists have pages too. */
  pageLimit?: number;
  /** The fetch to use; the global one by default (a test may pass a double). */
  fetch?: typeof fetch;
  /**
   * A request header that makes the server answer that one request with 429, so that the Retry-After
   * rule is checked on purpose rather than only when a 429 happens to come. By default the reference
   * backend's fault header ({@link REFERENCE_RATE_LIMIT_PROBE}); a server that ignores it answers as usual
   * and the check is skipped. `false` sends no such request.
   */
  rateLimitProbe?: RateLimitProbe | false;
}

/** A header that asks the server under test for a 429 on one request (see {@link ApiCheckOptions.rateLimitProbe}). */
export interface RateLimitProbe {
  name: string;
  value: string;
}

/** The reference backend's fault header (mocks/http-server.ts) asking for a 429 with `Retry-After: 2`. */
export const REFERENCE_RATE_LIMIT_PROBE: RateLimitProbe = { name: 'x-mock-fault', value: JSON.stringify({ rateLimitRate: 1, retryAfter: 2 }) };

/** Parses `Name: value` (the CLI's `--rate-limit-header`); null when it has no name. */
export function parseRateLimitProbe(text: string): RateLimitProbe | null {
  const colon = text.indexOf(':');
  const name = colon < 0 ? '' : text.slice(0, colon).trim();
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) return null;
  return { name, value: text.slice(colon + 1).trim() };
}

/** The result of one check. */
export interface ApiCheckResult {
  /** A stable name, such as `schema:listSeats` or `cursor:listTeamsUsers`. */
  id: string;
  /** The rule, in words. */
  rule: string;
  status: 'pass' | 'fail' | 'skip';
  /** What was seen: on a failure, what is wrong and where. */
  detail: string;
}

/** A whole run. */
export interface ApiCheckReport {
  /** True when no check failed (skipped ones do not fail a run). */
  passed: boolean;
  results: ApiCheckResult[];
}

/** One answer the run saw, for the checks that look at every response. */
interface SeenResponse {
  label: string;
  routeId: string | null;
  status: number;
  retryAfter: string | null;
  body: string;
}

const MAX_PAGES = 200;

function routeIdOf(method: string, pathname: string): string | null {
  for (const id of routeIds) {
    const route = routes[id];
    if (route.method !== method) continue;
    const pattern = new RegExp(`^${route.path.replace(/:[A-Za-z][A-Za-z0-9]*/g, '[^/]+').replace(/\./g, '\\.')}$`);
    if (pattern.test(pathname)) return id;
  }
  return null;
}

function describe(result: ApiResult<unknown>): string {
  if (result.ok) return `answered ${result.status}`;
  const { error } = result;
  return `${error.status === null ? error.kind : `answered ${error.status}`} (${error.code}): ${error.message}`;
}

/** A key that tells the items of a list apart. */
function itemKey(item: unknown): string {
  if (typeof item === 'object' && item !== null) {
    for (const name of ['id', 'number', 'userPrincipalName']) {
      const value: unknown = (item as Record<string, unknown>)[name];
      if (typeof value === 'string') return value;
    }
  }
  return JSON.stringify(item);
}

/**
 * Runs every check against a host's APIs. Read checks change nothing; `write` opens one bulk job of
 * three rows in the account, sends its chunks as the import does, and completes it.
 */
export async function checkHostApi(options: ApiCheckOptions): Promise<ApiCheckReport> {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const results: ApiCheckResult[] = [];
  const seen: SeenResponse[] = [];
  const record = (id: string, rule: string, status: ApiCheckResult['status'], detail: string) => results.push({ id, rule, status, detail });

  async function send(path: string, init: RequestInit = {}, auth: { token?: string | null; accountId?: string | null } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const token = auth.token === undefined ? options.token : auth.token;
    const accountId = auth.accountId === undefined ? options.accountId : auth.accountId;
    if (token !== null) headers.set('Authorization', `Bearer ${token}`);
    if (accountId !== null) headers.set('X-Account-Id', accountId);
    const method = init.method ?? 'GET';
    const response = await doFetch(`${baseUrl}${path}`, { ...init, headers });
    const url = new URL(`${baseUrl}${path}`);
    const body =
      response.status >= 400
        ? await response
            .clone()
            .text()
            .catch(() => '')
        : '';
    seen.push({
      label: `${method} ${url.pathname}`,
      routeId: routeIdOf(method, url.pathname),
      status: response.status,
      retryAfter: response.headers.get('Retry-After'),
      body,
    });
    return response;
  }
  const hostFetch: HostFetch = (path, init) => send(path, init);
  const client = createApiClient(hostFetch, { retry: { maxAttempts: 1 }, timeoutMs: 30_000 });

  async function schemaCheck<T>(id: string, call: () => Promise<ApiResult<T>>): Promise<T | null> {
    const route = routes[id as keyof typeof routes];
    const rule = `${route.method} ${route.path} answers 2xx with a body that parses with its schema in src/contract/`;
    const result = await call();
    if (result.ok) {
      record(`schema:${id}`, rule, 'pass', describe(result));
      return result.value;
    }
    const fieldHint = result.error.code === 'malformed-response' ? ' (the path before each colon is the field that is wrong)' : '';
    record(`schema:${id}`, rule, 'fail', `${describe(result)}${fieldHint}`);
    return null;
  }

  // 1. Every read route, as the first screens and features call them.
  await schemaCheck('getAccount', () => getAccount(client, options.accountId));
  await schemaCheck('whoAmI', () => whoAmI(client));
  const seats = await schemaCheck('listSeats', () => listSeats(client, { limit: 5 }));
  await schemaCheck('listSpareNumbers', () => listSpareNumbers(client, { limit: 5 }));
  const template = await schemaCheck('getSeatTemplate', () => getSeatTemplate(client));
  await schemaCheck('getSeatTemplateCsv', () => downloadSeatTemplateCsv(client));
  const jobs = await schemaCheck('listSeatJobs', () => listSeatJobs(client, { limit: 5 }));
  const firstJob = jobs?.items[0];
  if (firstJob) await schemaCheck('getSeatJob', () => getSeatJob(client, firstJob.id, { limit: 5 }));
  else
    record(
      'schema:getSeatJob',
      'GET /api/v1/seat-jobs/:jobId parses with its schema',
      'skip',
      'the account has no bulk job to read (run with --write to make one)',
    );
  await schemaCheck('listEventLogs', () => listEventLogs(client, { limit: 5 }));
  await schemaCheck('getTenant', () => getTenant(client));
  const numbers = await schemaCheck('listNumbers', () => listNumbers(client, { limit: 5 }));
  const firstNumber = numbers?.items[0];
  if (firstNumber) await schemaCheck('listCalls', () => listCalls(client, firstNumber.number, { limit: 5 }));
  else record('schema:listCalls', 'GET /api/v1/teams/numbers/:number/calls parses with its schema', 'skip', 'the account owns no Teams number');
  await schemaCheck('searchAvailableNumbers', () => searchAvailableNumbers(client, { areaCode: '212', limit: 5 }));
  await schemaCheck('listTeamsUsers', () => listTeamsUsers(client, { limit: 5 }));
  const assignmentsCsv = await schemaCheck('downloadAssignmentsCsv', () => downloadAssignmentsCsv(client));
  // Two checks the apps run before they write; they change nothing.
  const firstSeat = seats?.items[0];
  await schemaCheck('validateSeats', () =>
    validateSeats(client, { rows: [{ index: 0, email: firstSeat?.email ?? 'api-check@example.org', extension: firstSeat?.extension }] }),
  );
  if (assignmentsCsv) await schemaCheck('validateAssignments', () => validateAssignments(client, { fileName: 'api-check.csv', csv: assignmentsCsv }));
  else
    record(
      'schema:validateAssignments',
      'POST /api/v1/teams/assignments/validate parses with its schema',
      'skip',
      'no assignments CSV to send back (downloadAssignmentsCsv failed)',
    );

  // 2. Documented errors.
  const noToken = await send(routes.whoAmI.path, {}, { token: null });
  await expectError('error:no-token', 'A request without a bearer token answers 401 unauthenticated', noToken, 401, ['unauthenticated', 'session-expired']);
  const missing = options.missingAccountId ?? '999999';
  const missingLookup = await send(`/api/v1/accounts/${missing}`, {}, { accountId: null });
  await expectError(
    'error:account-not-found',
    `Looking up an account that does not exist (${missing}) answers 404 account-not-found, not 403: the host tells "no such account" from "not yours"`,
    missingLookup,
    404,
    ['account-not-found'],
  );
  if (options.forbiddenAccountId) {
    const forbidden = await send(`/api/v1/accounts/${options.forbiddenAccountId}`, {}, { accountId: null });
    await expectError(
      'error:account-forbidden',
      `Looking up an account the user may not open (${options.forbiddenAccountId}) answers 403 account-forbidden`,
      forbidden,
      403,
      ['account-forbidden'],
    );
    const scoped = await send(routes.whoAmI.path, {}, { accountId: options.forbiddenAccountId });
    await expectError(
      'error:account-header-forbidden',
      'An account route with X-Account-Id of an account the user may not open answers 403 account-forbidden',
      scoped,
      403,
      ['account-forbidden'],
    );
  } else {
    record(
      'error:account-forbidden',
      'Looking up an account the user may not open answers 403 account-forbidden',
      'skip',
      'pass --forbidden-account ID to check it',
    );
  }
  const badCursor = await send('/api/v1/seats?cursor=not-a-cursor-of-yours');
  await expectError('error:bad-cursor', 'A list with a cursor the server never made answers 400 invalid-query', badCursor, 400, ['invalid-query']);
  const probe = options.rateLimitProbe === undefined ? REFERENCE_RATE_LIMIT_PROBE : options.rateLimitProbe;
  const probeStatus = probe ? (await send(routes.whoAmI.path, { headers: { [probe.name]: probe.value } })).status : null;

  // 3. Cursors.
  const limit = options.pageLimit ?? 7;
  await cursorCheck('listSeats', (cursor, pageSize) => listSeats(client, { cursor, limit: pageSize }));
  await cursorCheck('listSpareNumbers', (cursor, pageSize) => listSpareNumbers(client, { cursor, limit: pageSize }));
  await cursorCheck('listSeatJobs', (cursor, pageSize) => listSeatJobs(client, { cursor, limit: pageSize }));
  await cursorCheck('listEventLogs', (cursor, pageSize) => listEventLogs(client, { cursor, limit: pageSize }));
  await cursorCheck('listNumbers', (cursor, pageSize) => listNumbers(client, { cursor, limit: pageSize }));
  await cursorCheck('listTeamsUsers', (cursor, pageSize) => listTeamsUsers(client, { cursor, limit: pageSize }));

  // 4. Idempotent bulk chunks, on a sandbox account.
  if (options.write) await writeChecks(siteForTestSeats(template?.columns.find((column) => column.key === 'site')?.rule) ?? seats?.items[0]?.site ?? null);
  else record('write', 'Bulk-job chunks are idempotent', 'skip', 'run with --write on a sandbox account to check the bulk-job chunks');

  // 5. Every error the run saw: documented status, the one error body, Retry-After on 429.
  const errors = seen.filter((item) => item.status >= 400);
  const undocumented = errors.filter((item) => {
    if (!item.routeId) return false;
    const documented: Record<number, unknown> = routes[item.routeId as keyof typeof routes].responses;
    return documented[item.status] === undefined && !(commonErrorStatuses as readonly number[]).includes(item.status);
  });
  record(
    'errors:documented-status',
    'Every error status is one the route documents or one every route may answer (400, 401, 403, 409, 422, 429, 500, 503)',
    undocumented.length === 0 ? 'pass' : 'fail',
    undocumented.length === 0 ? `${errors.length} error responses seen` : undocumented.map((item) => `${item.label} answered ${item.status}`).join('; '),
  );
  const badBodies = errors.filter((item) => {
    try {
      return !errorBodySchema.safeParse(JSON.parse(item.body)).success;
    } catch {
      return true;
    }
  });
  record(
    'errors:body',
    'Every error body is { "error": { "code": string, "message": string, "fieldErrors"?: {...} } }',
    badBodies.length === 0 ? 'pass' : 'fail',
    badBodies.length === 0
      ? `${errors.length} error bodies parse`
      : badBodies.map((item) => `${item.label} ${item.status}: ${item.body.slice(0, 120) || '(empty body)'}`).join('; '),
  );
  const limited = seen.filter((item) => item.status === 429);
  const noRetryAfter = limited.filter((item) => item.retryAfter === null || parseRetryAfter(item.retryAfter, Date.now()) === null);
  const probed = !probe
    ? 'none asked for: rateLimitProbe is off'
    : probeStatus === 429
      ? `one asked for with the ${probe.name} header`
      : `the request with the ${probe.name} header answered ${probeStatus}, not 429; give --rate-limit-header "Name: value" that makes your server or gateway refuse one request with 429 to check this on purpose`;
  record(
    'errors:retry-after',
    'A 429 carries Retry-After (seconds or an HTTP date), so the apps wait as long as asked',
    noRetryAfter.length > 0 ? 'fail' : limited.length > 0 ? 'pass' : 'skip',
    noRetryAfter.length > 0
      ? noRetryAfter.map((item) => `${item.label} answered 429 with Retry-After ${item.retryAfter === null ? 'missing' : `"${item.retryAfter}"`}`).join('; ')
      : `${limited.length} 429 response${limited.length === 1 ? '' : 's'} seen (${probed})`,
  );

  const called = new Set(seen.map((item) => item.routeId));
  const notCalled = routeIds.filter((id) => !called.has(id));
  record(
    'coverage',
    'Every route of src/contract/ was called',
    notCalled.length === 0 ? 'pass' : 'skip',
    notCalled.length === 0
      ? `${routeIds.length} routes called`
      : `${routeIds.length - notCalled.length} of ${routeIds.length} routes called; not called, because they sign users in or out, or change the account's Teams tenant, numbers, users or seats beyond the sandbox bulk job: ${notCalled.join(', ')}`,
  );

  return { passed: results.every((item) => item.status !== 'fail'), results };

  async function expectError(id: string, rule: string, response: Response, status: number, codes: string[]): Promise<void> {
    const text = await response.text().catch(() => '');
    const code = errorCodeOf(text);
    if (response.status === status && code !== null && codes.includes(code)) return void record(id, rule, 'pass', `answered ${status} ${code}`);
    record(
      id,
      rule,
      'fail',
      `answered ${response.status} ${code ?? `with a body that is not the error body (${text.slice(0, 80) || 'empty'})`}; expected ${status} ${codes.join(' or ')}`,
    );
  }

  async function cursorCheck<T>(id: string, page: (cursor: string | undefined, pageSize: number) => Promise<ApiResult<Page<T>>>): Promise<void> {
    const route = routes[id as keyof typeof routes];
    const rule = `${route.method} ${route.path} pages with nextCursor through every item once: no duplicates, no gaps, total matches, the last page's nextCursor is null`;
    const keys: string[] = [];
    const cursors = new Set<string>();
    let cursor: string | undefined;
    let total: number;
    for (let pageNumber = 1; ; pageNumber += 1) {
      const result = await page(cursor, limit);
      if (!result.ok) return void record(`cursor:${id}`, rule, 'fail', `page ${pageNumber} ${describe(result)}`);
      total = result.value.total;
      if (result.value.items.length > limit)
        return void record(`cursor:${id}`, rule, 'fail', `page ${pageNumber} has ${result.value.items.length} items although limit=${limit}`);
      keys.push(...result.value.items.map(itemKey));
      const next = result.value.nextCursor;
      if (next === null) break;
      if (cursors.has(next))
        return void record(`cursor:${id}`, rule, 'fail', `page ${pageNumber} gave back nextCursor "${next}", a cursor of an earlier page: a client would loop`);
      if (pageNumber >= MAX_PAGES) return void record(`cursor:${id}`, rule, 'fail', `still a nextCursor after ${MAX_PAGES} pages of ${limit}`);
      cursors.add(next);
      cursor = next;
    }
    const duplicates = [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
    if (duplicates.length > 0)
      return void record(
        `cursor:${id}`,
        rule,
        'fail',
        `items on more than one page: ${duplicates.slice(0, 5).join(', ')}${duplicates.length > 5 ? ` and ${duplicates.length - 5} more` : ''}`,
      );
    if (keys.length !== total) return void record(`cursor:${id}`, rule, 'fail', `the pages hold ${keys.length} items but total says ${total}`);
    if (total <= 500) {
      const whole = await page(undefined, 500);
      if (whole.ok) {
        const walked = new Set(keys);
        const gaps = whole.value.items.map(itemKey).filter((key) => !walked.has(key));
        if (gaps.length > 0)
          return void record(`cursor:${id}`, rule, 'fail', `items of the one-page list that no page of ${limit} held: ${gaps.slice(0, 5).join(', ')}`);
      }
    }
    const pages = cursors.size + 1;
    record(`cursor:${id}`, rule, 'pass', `${keys.length} item${keys.length === 1 ? '' : 's'} in ${pages} page${pages === 1 ? '' : 's'} of ${limit}`);
  }

  /** The account's seat total, read without the schema so that a broken seat shape does not hide it. */
  async function seatCount(): Promise<number | null> {
    const response = await send(`${routes.listSeats.path}?limit=1`);
    if (!response.ok) return null;
    const body: unknown = await response.json().catch(() => null);
    const total: unknown = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).total : null;
    return typeof total === 'number' ? total : null;
  }

  async function writeChecks(site: string | null): Promise<void> {
    if (site === null)
      return void record(
        'write',
        'Bulk-job chunks are idempotent',
        'fail',
        'cannot make test seats: neither the seat template nor listSeats gave a valid site',
      );
    const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const extensionBase = 100000 + Math.floor(Math.random() * 800000);
    const row = (n: number): { rowNumber: number; seat: SeatInput } => ({
      rowNumber: n,
      seat: { firstName: 'Api', lastName: `Check${n}`, email: `api-check.${tag}.${n}@example.org`, extension: String(extensionBase + n), site },
    });
    const job = await createSeatJob(client, { rowCount: 4, fileName: `api-check-${tag}.csv` });
    if (!job.ok) return void record('write:create-job', 'POST /api/v1/seat-jobs opens a job', 'fail', describe(job));
    const jobId = job.value.id;
    const rule = 'A chunk sent twice with the same Idempotency-Key creates its seats once and answers the same both times';
    const before = await seatCount();
    const key = `api-check-${tag}-1`;
    const first = await sendSeatJobChunk(client, jobId, [row(1), row(2)], key);
    const second = await sendSeatJobChunk(client, jobId, [row(1), row(2)], key);
    const afterTwice = await seatCount();
    if (!first.ok || !second.ok) {
      record('write:same-key-twice', rule, 'fail', `first ${describe(first)}; second ${describe(second)}`);
    } else {
      const created = first.value.results.filter((result) => result.status === 'created').length;
      const problems: string[] = [];
      if (created !== 2) problems.push(`the first send created ${created} of 2 valid rows: ${JSON.stringify(first.value.results)}`);
      if (JSON.stringify(first.value.results) !== JSON.stringify(second.value.results))
        problems.push(`the answers differ: first ${JSON.stringify(first.value.results)}, second ${JSON.stringify(second.value.results)}`);
      if (!second.value.replayed) problems.push('the second answer says replayed: false: the server did not recognise the Idempotency-Key');
      if (before !== null && afterTwice !== null && afterTwice - before !== created)
        problems.push(`the account gained ${afterTwice - before} seats for ${created} created rows: the key was not honoured`);
      record(
        'write:same-key-twice',
        rule,
        problems.length === 0 ? 'pass' : 'fail',
        problems.length === 0 ? `created ${created} seats once; the second answer was a replay` : problems.join('; '),
      );
    }

    const reused = await sendSeatJobChunk(client, jobId, [row(3)], key);
    record(
      'write:key-reused',
      'The same Idempotency-Key with a different body answers 409 idempotency-key-reused and changes nothing',
      !reused.ok && reused.error.status === 409 && reused.error.code === 'idempotency-key-reused' ? 'pass' : 'fail',
      reused.ok ? `${describe(reused)}: the server did not remember the body first sent with this key, and ran the new one` : describe(reused),
    );

    // The answer is dropped: the server got the chunk and answered, but the client never read the answer
    // (a proxy timeout, a closed laptop). The import then sends the same chunk again with the same key.
    const droppedKey = `api-check-${tag}-2`;
    const beforeDrop = await seatCount();
    const droppingClient = createApiClient(
      async (path, init) => {
        const response = await send(path, init);
        await response.body?.cancel().catch(() => undefined);
        throw new TypeError('the answer was dropped on purpose by the API check');
      },
      { retry: { maxAttempts: 1 }, timeoutMs: 30_000 },
    );
    await sendSeatJobChunk(droppingClient, jobId, [row(4)], droppedKey);
    const retried = await sendSeatJobChunk(client, jobId, [row(4)], droppedKey);
    const afterDrop = await seatCount();
    const retryRule = 'A chunk whose answer was dropped, sent again with its key, gets the original result and creates nothing more';
    if (!retried.ok) record('write:dropped-answer', retryRule, 'fail', `the retry ${describe(retried)}; it should have had the first answer back, replayed`);
    else {
      const problems: string[] = [];
      const createdRows = retried.value.results.filter((result) => result.status === 'created').length;
      if (createdRows !== 1) problems.push(`the retry reports ${JSON.stringify(retried.value.results)}, not the one created row`);
      if (beforeDrop !== null && afterDrop !== null && afterDrop - beforeDrop !== 1)
        problems.push(`the account gained ${afterDrop - beforeDrop} seats for one row`);
      record(
        'write:dropped-answer',
        retryRule,
        problems.length === 0 ? 'pass' : 'fail',
        problems.length === 0 ? 'the retry was replayed, one seat created' : problems.join('; '),
      );
    }

    const duplicate = await createSeat(client, row(1).seat);
    record(
      'write:conflict',
      'Creating a seat whose email or extension is taken answers 409 with fieldErrors naming the field',
      !duplicate.ok && duplicate.error.status === 409 && duplicate.error.fieldErrors !== undefined ? 'pass' : 'fail',
      duplicate.ok
        ? `answered ${duplicate.status}: the seat was created twice`
        : `${describe(duplicate)}${duplicate.error.fieldErrors ? ` fieldErrors ${JSON.stringify(duplicate.error.fieldErrors)}` : ', no fieldErrors'}`,
    );
    const completed = await completeSeatJob(client, jobId);
    record('write:complete-job', 'POST /api/v1/seat-jobs/:jobId/complete closes the job', completed.ok ? 'pass' : 'fail', describe(completed));
  }
}

/** The `code` of an error body, or null when the text is not the documented error body. */
function errorCodeOf(text: string): string | null {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.error.code : null;
  } catch {
    return null;
  }
}

/** A valid site for the test seats: the template's first allowed value, when the site is a choice. */
function siteForTestSeats(rule: ColumnRule | undefined): string | null {
  return rule?.type === 'choice' ? (rule.values[0] ?? null) : null;
}

/** The report as text: one line a check, the failures' details indented under them. */
export function formatApiCheckReport(report: ApiCheckReport): string {
  const mark = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;
  const lines = report.results.map((item) => `${mark[item.status]}  ${item.id}: ${item.rule}\n      ${item.detail}`);
  const count = (status: ApiCheckResult['status']) => report.results.filter((item) => item.status === status).length;
  lines.push('', `${report.passed ? 'PASSED' : 'FAILED'}: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
  return lines.join('\n');
}
