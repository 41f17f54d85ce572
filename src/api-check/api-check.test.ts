// @vitest-environment node
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_HEADER, startMockHttpServer, type MockHttpServer } from '../../mocks/http-server';
import { FABRIKAM, loginAsDemoUser, NORTHWIND } from '../../mocks/node';
import { checkHostApi, formatApiCheckReport, parseRateLimitProbe, REFERENCE_RATE_LIMIT_PROBE, type ApiCheckReport } from './api-check';

let server: MockHttpServer;
let token: string;
beforeAll(async () => {
  server = await startMockHttpServer();
  token = (await loginAsDemoUser({ baseUrl: server.url })).accessToken;
});
afterAll(async () => {
  await server.close();
});

const failed = (report: ApiCheckReport) => report.results.filter((item) => item.status === 'fail').map((item) => item.id);

/**
 * The reference backend with rules broken on purpose, as a host's server might: the wrong status for
 * an unknown account, a missing field, a cursor that repeats, an idempotency key ignored, a 429
 * without Retry-After.
 */
function brokenFetch(): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/accounts/999999') {
      return new Response(JSON.stringify({ error: { code: 'account-forbidden', message: 'no' } }), {
        status: 403,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    if (url.pathname === '/api/v1/teams/tenant') return new Response('Slow down', { status: 429 });
    const headers = new Headers(request.headers);
    if (url.pathname.endsWith('/chunks')) headers.set('Idempotency-Key', crypto.randomUUID());
    const response = await fetch(request.url, { method: request.method, headers, body: request.method === 'GET' ? undefined : await request.text() });
    if (url.pathname === '/api/v1/seats' && request.method === 'GET' && response.ok) {
      const page = (await response.json()) as { items: Array<Record<string, unknown>> };
      for (const item of page.items) delete item.email;
      return Response.json(page);
    }
    if (url.pathname === '/api/v1/teams/users' && response.ok) {
      const page = (await response.json()) as { nextCursor: string | null };
      // Always the second page's cursor: the walk goes round in circles.
      if (page.nextCursor !== null) page.nextCursor = btoa('offset:7');
      return Response.json(page);
    }
    return response;
  };
}

describe('the API conformance kit', () => {
  it('passes against the reference backend over HTTP, writes included', async () => {
    const report = await checkHostApi({ baseUrl: server.url, token, accountId: NORTHWIND.id, forbiddenAccountId: FABRIKAM.id, write: true });
    expect(failed(report), formatApiCheckReport(report)).toEqual([]);
    expect(report.passed).toBe(true);
    const ids = report.results.map((item) => item.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'schema:listSeats',
        'error:account-not-found',
        'error:account-forbidden',
        'cursor:listTeamsUsers',
        'write:same-key-twice',
        'write:dropped-answer',
        'write:key-reused',
        'write:conflict',
      ]),
    );
    expect(report.results.find((item) => item.id === 'write:same-key-twice')?.detail).toBe('created 2 seats once; the second answer was a replay');
  }, 60_000);

  it('asks the reference backend for one 429 with its fault header, and checks that it carries Retry-After', async () => {
    expect(REFERENCE_RATE_LIMIT_PROBE.name).toBe(FAULT_HEADER);
    const asked: string[] = [];
    const watching: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.headers.has(FAULT_HEADER)) asked.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get(FAULT_HEADER) ?? ''}`);
      return fetch(request);
    };
    const report = await checkHostApi({ baseUrl: server.url, token, accountId: NORTHWIND.id, fetch: watching });
    expect(asked).toEqual([`GET /api/v1/whoami ${REFERENCE_RATE_LIMIT_PROBE.value}`]);
    expect(report.results.find((item) => item.id === 'errors:retry-after')).toMatchObject({
      status: 'pass',
      detail: '1 429 response seen (one asked for with the x-mock-fault header)',
    });
    expect(failed(report), formatApiCheckReport(report)).toEqual([]);
  }, 60_000);

  it('fails a 429 the probe asked for when it has no Retry-After, and skips with advice when the server ignores the probe', async () => {
    const stripping: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status !== 429) return response;
      const headers = new Headers(response.headers);
      headers.delete('Retry-After');
      return new Response(await response.text(), { status: 429, headers });
    };
    const stripped = await checkHostApi({ baseUrl: server.url, token, accountId: NORTHWIND.id, fetch: stripping });
    expect(stripped.results.find((item) => item.id === 'errors:retry-after')).toMatchObject({
      status: 'fail',
      detail: 'GET /api/v1/whoami answered 429 with Retry-After missing',
    });

    const ignored = await checkHostApi({ baseUrl: server.url, token, accountId: NORTHWIND.id, rateLimitProbe: { name: 'x-no-such-fault', value: '1' } });
    const check = ignored.results.find((item) => item.id === 'errors:retry-after');
    expect(check?.status).toBe('skip');
    expect(check?.detail).toContain('the request with the x-no-such-fault header answered 200, not 429; give --rate-limit-header');

    const off = await checkHostApi({ baseUrl: server.url, token, accountId: NORTHWIND.id, rateLimitProbe: false });
    expect(off.results.find((item) => item.id === 'errors:retry-after')).toMatchObject({
      status: 'skip',
      detail: '0 429 responses seen (none asked for: rateLimitProbe is off)',
    });
  }, 60_000);

  it('reads --rate-limit-header as "Name: value"', () => {
    expect(parseRateLimitProbe('x-mock-fault: {"rateLimitRate":1}')).toEqual({ name: 'x-mock-fault', value: '{"rateLimitRate":1}' });
    expect(parseRateLimitProbe('X-Force-Status:429')).toEqual({ name: 'X-Force-Status', value: '429' });
    expect(parseRateLimitProbe('no colon')).toBeNull();
    expect(parseRateLimitProbe('bad name: 1')).toBeNull();
  });

  it('fails a broken server with a report that names each broken rule and where', async () => {
    const report = await checkHostApi({ baseUrl: server.url, token, accountId: NORTHWIND.id, write: true, fetch: brokenFetch() });
    expect(report.passed).toBe(false);
    expect(failed(report)).toEqual(
      expect.arrayContaining([
        'schema:listSeats',
        'error:account-not-found',
        'cursor:listTeamsUsers',
        'write:same-key-twice',
        'write:key-reused',
        'errors:retry-after',
        'errors:body',
      ]),
    );
    const detail = (id: string) => report.results.find((item) => item.id === id)?.detail ?? '';
    expect(detail('schema:listSeats')).toContain('items.0.email');
    expect(detail('error:account-not-found')).toBe('answered 403 account-forbidden; expected 404 account-not-found');
    expect(detail('cursor:listTeamsUsers')).toContain('a cursor of an earlier page');
    expect(detail('write:same-key-twice')).toContain('the server did not recognise the Idempotency-Key');
    expect(detail('write:key-reused')).toBe('answered 200: the server did not remember the body first sent with this key, and ran the new one');
    expect(detail('errors:retry-after')).toBe('GET /api/v1/teams/tenant answered 429 with Retry-After missing');
    expect(formatApiCheckReport(report)).toMatch(/^FAIL {2}schema:listSeats: /m);
  }, 60_000);
});

const guide = path.resolve(__dirname, '../../docs/embedding.md');
const reportBlock = /(<!-- api-check-report: (\w+) -->\n```text\n)([\s\S]*?)```/g;

/** The failing lines of a report and its last line, as the guide quotes a failing run. */
function failuresOf(text: string): string {
  const lines = text.split('\n');
  const kept = lines.flatMap((line, index) => (line.startsWith('FAIL  ') ? [line, lines[index + 1] ?? ''] : []));
  return [...kept, '', lines[lines.length - 1] ?? ''].join('\n');
}

describe('the embedding guide', () => {
  it('shows the reports the kit prints against a fresh reference backend, passing and failing (UPDATE_GUIDE=1 rewrites them)', async () => {
    const fresh = await startMockHttpServer();
    try {
      const freshToken = (await loginAsDemoUser({ baseUrl: fresh.url })).accessToken;
      const passing = formatApiCheckReport(
        await checkHostApi({ baseUrl: fresh.url, token: freshToken, accountId: NORTHWIND.id, forbiddenAccountId: FABRIKAM.id, write: true }),
      );
      const failing = failuresOf(
        formatApiCheckReport(
          await checkHostApi({
            baseUrl: fresh.url,
            token: freshToken,
            accountId: NORTHWIND.id,
            forbiddenAccountId: FABRIKAM.id,
            write: true,
            fetch: brokenFetch(),
          }),
        ),
      );
      const reports: Record<string, string> = { passing: `${passing}\n`, failing: `${failing}\n` };
      const text = fs.readFileSync(guide, 'utf8');
      const quoted = Object.fromEntries([...text.matchAll(reportBlock)].map((match) => [match[2], match[3]]));
      if (process.env.UPDATE_GUIDE === '1') {
        fs.writeFileSync(
          guide,
          text.replace(reportBlock, (all, head: string, name: string) => (reports[name] === undefined ? all : `${head}${reports[name]}\`\`\``)),
        );
        return;
      }
      expect(Object.keys(quoted)).toEqual(['passing', 'failing']);
      expect(quoted.passing, 'docs/embedding.md: the passing report is out of date').toBe(reports.passing);
      expect(quoted.failing, 'docs/embedding.md: the failing report is out of date').toBe(reports.failing);
      expect(reports.passing).toContain('PASS  errors:retry-after: ');
    } finally {
      await fresh.close();
    }
  }, 60_000);
});

/** Runs `npm run api-check` the way a developer does, with the reference backend's URL. */
function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/api-check.ts', ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

describe('npm run api-check', () => {
  it('prints a passing report and exits 0 against the reference backend', async () => {
    const { code, stdout } = await runCli(['--base-url', server.url, '--token', token, '--account', NORTHWIND.id, '--forbidden-account', FABRIKAM.id]);
    expect(stdout).toMatch(/^PASS {2}cursor:listSpareNumbers: /m);
    expect(stdout).toMatch(/^PASS {2}errors:retry-after: .*\n {6}1 429 response seen \(one asked for with the x-mock-fault header\)$/m);
    expect(stdout).toMatch(/^PASSED: \d+ passed, 0 failed, \d+ skipped$/m);
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1 with the failed checks named when the token is refused', async () => {
    const { code, stdout } = await runCli(['--base-url', server.url, '--token', 'not-a-token', '--account', NORTHWIND.id]);
    expect(stdout).toMatch(/^FAIL {2}schema:whoAmI: .*\n {6}answered 401 /m);
    expect(stdout).toMatch(/^FAILED: /m);
    expect(code).toBe(1);
  }, 60_000);

  it('sends no 429 probe with --rate-limit-header \'\', and refuses one that is not "Name: value"', async () => {
    const off = await runCli(['--base-url', server.url, '--token', token, '--account', NORTHWIND.id, '--rate-limit-header', '']);
    expect(off.stdout).toMatch(/^SKIP {2}errors:retry-after: .*\n {6}0 429 responses seen \(none asked for: rateLimitProbe is off\)$/m);
    expect(off.code).toBe(0);
    const bad = await runCli(['--base-url', server.url, '--token', token, '--account', NORTHWIND.id, '--rate-limit-header', 'no colon']);
    expect(bad.stderr).toContain('--rate-limit-header must be "Name: value", not "no colon"');
    expect(bad.code).toBe(2);
  }, 60_000);

  it('exits 2 and says what is missing when an option is left out', async () => {
    const { code, stderr } = await runCli(['--base-url', server.url]);
    expect(stderr).toContain('--base-url, --token (or API_CHECK_TOKEN) and --account are required.');
    expect(code).toBe(2);
  }, 60_000);
});
