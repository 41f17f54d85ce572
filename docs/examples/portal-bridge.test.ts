// #region conformance
import { expect, it } from 'vitest';
import { formatConformanceReport, runBridgeConformance } from 'portalApps/conformance';
import { createPortalBridge } from './portal-bridge';
import { createTestPortal } from './test-portal';

it('gives a bridge that passes the conformance kit', async () => {
  const bridge = createPortalBridge(await createTestPortal(), '/apps/teams');
  const report = await runBridgeConformance(bridge, {
    otherAccountId: '100002', // an account the user may open
    forbiddenAccountId: '100003', // one they may not
    missingAccountId: '999999',
    includeLogout: true,
  });
  expect(
    report.checks.filter((check) => check.status === 'fail'),
    formatConformanceReport(report),
  ).toEqual([]);
});
// #endregion conformance
