import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostHonoursAccountId } from '../../../bridge/contract';
import { useAccount, useBridge } from '../../../runtime/react';
import { useBulkJobRunner, useBulkJobSnapshot } from '../bulk-job/use-bulk-job';
import { Menu } from '../../../ui/menu';
import { SwitchAccountDialog } from '../switch-account/switch-account-dialog';

/** The account-name button of the header and its menu; Switch Account warns while a bulk job runs. */
export function AccountMenu() {
  const { t } = useTranslation('bulk');
  const bridge = useBridge();
  const account = useAccount();
  const runner = useBulkJobRunner();
  useBulkJobSnapshot(runner);
  const [switching, setSwitching] = useState(false);
  const jobAccount = runner.busy ? runner.account : null;
  const warning = jobAccount
    ? t(hostHonoursAccountId(bridge) ? 'bulkJob.switchWarning' : 'bulkJob.switchWarningPause', { name: jobAccount.name, id: jobAccount.id })
    : undefined;
  return (
    <>
      <Menu
        label={account.name}
        buttonAriaLabel={t('accountMenu.label', { name: account.name, id: account.id })}
        align="end"
        items={[{ id: 'switch', label: t('accountMenu.switch'), onSelect: () => setSwitching(true) }]}
      />
      {switching ? <SwitchAccountDialog warning={warning} onClose={() => setSwitching(false)} /> : null}
    </>
  );
}
