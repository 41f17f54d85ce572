import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The remote's exposed modules by the names a host imports them (docs/examples/ does, as a host would).
  resolve: { alias: { 'portalApps/conformance': fileURLToPath(new URL('./src/host/conformance.ts', import.meta.url)) } },
  test: {
    environment: 'happy-dom',
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.{ts,tsx}',
      'host-shim/**/*.test.{ts,tsx}',
      'stories/**/*.test.{ts,tsx}',
      'scripts/**/*.test.{ts,mts}',
      'docs/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['./tests/setup/vitest.setup.ts'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
    restoreMocks: true,
    testTimeout: 15000,
  },
});
