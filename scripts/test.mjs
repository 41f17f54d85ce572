// `npm test`: every check, in the order a failure is cheapest to find. Stops at the first failing step.
import { spawnSync } from 'node:child_process';

const node = process.execPath;
const steps = [
  ['types', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0']],
  ['lint: formatting (Prettier)', ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level=warn']],
  ['unit, component and story tests', ['node_modules/vitest/vitest.mjs', 'run']],
  ['production build', ['node_modules/webpack-cli/bin/cli.js', '--mode', 'production']],
  ['bundle budgets (bench/budgets.json)', ['bench/bundle-sizes.mjs', '--check']],
  ['browser tests (Chromium)', ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.mts']],
];

const only = process.argv.slice(2);
for (const [name, args] of steps) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(node, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
