import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../../bridge/react';
import { Menu } from '../../../ui/menu';
import { SwitchAccountDialog } from '../switch-account/switch-account-dialog';

/** The account-name button of the header and its menu. */
export function AccountMenu() {
  const { t } = useTranslation('bulk');
  const account = useAccount();
  const [switching, setSwitching] = useState(false);
  return (
    <>
      <Menu
        label={account.name}
        buttonAriaLabel={t('accountMenu.label', { name: account.name, id: account.id })}
        align="end"
        items={[{ id: 'switch', label: t('accountMenu.switch'), onSelect: () => setSwitching(true) }]}
      />
      {switching ? <SwitchAccountDialog onClose={() => setSwitching(false)} /> : null}
    </>
  );
}
