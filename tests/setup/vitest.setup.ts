import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Two shared cores run the whole suite: give findBy*/waitFor time to see a slow render instead of
// failing on the default one second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
