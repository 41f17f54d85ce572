import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockBackend, server } from './node';

let users = 0;

/**
 * Runs the msw/node mock server for the calling test file: listens before its tests, resets the
 * backend and faults after each test, closes at the end. Unhandled requests fail the test.
 */
export function withMockServer(): void {
  beforeAll(() => {
    // Several suites of one file may call this; listening twice would patch fetch twice.
    if (users === 0) server.listen({ onUnhandledRequest: 'error' });
    users += 1;
  });
  afterEach(() => {
    resetMockBackend();
  });
  afterAll(() => {
    users -= 1;
    if (users === 0) server.close();
  });
}

/**
 * The first name of {@link withMockServer}, kept for test files that already use it. Calling it at the
 * top level trips the react-hooks lint rule (it looks like a hook); prefer `withMockServer`.
 * @deprecated
 */
export const useMockServer = withMockServer;
