// `npm run api-check -- --base-url URL --token TOKEN --account ID [--write] [--forbidden-account ID]
// [--missing-account ID] [--page-limit N] [--rate-limit-header 'Name: value'] [--json]`: the API
// conformance kit against a host's backend.
// Prints the report check by check and exits 1 when a check fails (2 on a usage error).
import { parseArgs } from 'node:util';
import '../src/zod-setup';
import { checkHostApi, formatApiCheckReport, parseRateLimitProbe, REFERENCE_RATE_LIMIT_PROBE } from '../src/api-check/api-check';

const usage =
  'Usage: npm run api-check -- --base-url https://portal.example --token ACCESS_TOKEN --account 100001 [--write] [--forbidden-account 100003] [--missing-account 999999] [--page-limit 7] [--rate-limit-header "Name: value"] [--json]\n' +
  '  --write   also open one bulk job of four rows and create its seats: use a sandbox account\n' +
  `  --rate-limit-header   a header that makes your server answer one request with 429, to check its Retry-After;\n` +
  `                        "${REFERENCE_RATE_LIMIT_PROBE.name}: ${REFERENCE_RATE_LIMIT_PROBE.value}" (the reference backend's) by default, '' for none`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      token: { type: 'string' },
      account: { type: 'string' },
      write: { type: 'boolean', default: false },
      'forbidden-account': { type: 'string' },
      'missing-account': { type: 'string' },
      'page-limit': { type: 'string' },
      'rate-limit-header': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const baseUrl = values['base-url'];
const token = values.token ?? process.env.API_CHECK_TOKEN;
const accountId = values.account;
if (!baseUrl || !token || !accountId) {
  console.error(`--base-url, --token (or API_CHECK_TOKEN) and --account are required.\n${usage}`);
  process.exit(2);
}
const pageLimit = values['page-limit'] === undefined ? undefined : Number(values['page-limit']);
if (pageLimit !== undefined && (!Number.isInteger(pageLimit) || pageLimit < 1)) {
  console.error(`--page-limit must be a whole number above 0, not "${values['page-limit']}"`);
  process.exit(2);
}
const rateLimitHeader = values['rate-limit-header'];
const rateLimitProbe = rateLimitHeader === undefined ? undefined : rateLimitHeader.trim() === '' ? false : parseRateLimitProbe(rateLimitHeader);
if (rateLimitProbe === null) {
  console.error(`--rate-limit-header must be "Name: value", not "${rateLimitHeader ?? ''}"`);
  process.exit(2);
}

try {
  const report = await checkHostApi({
    baseUrl,
    token,
    accountId,
    write: values.write,
    forbiddenAccountId: values['forbidden-account'],
    missingAccountId: values['missing-account'],
    pageLimit,
    rateLimitProbe,
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatApiCheckReport(report));
  process.exitCode = report.passed ? 0 : 1;
} catch (error) {
  console.error(`The API check could not run against ${baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
