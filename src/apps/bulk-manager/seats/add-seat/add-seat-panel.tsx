import { useTranslation } from 'react-i18next';
import { getSeatTemplate } from '../../../../api';
import type { Seat } from '../../../../contract';
import { QueryView } from '../../../../data/query-view';
import { useApiQuery } from '../../../../data/use-api';
import { SidePanel } from '../../../../ui';
import { AddSeatForm } from './add-seat-form';

/** Add seat: a side panel with the form built from the account's seat template. */
export function AddSeatPanel({ onClose, onCreated }: { onClose(): void; onCreated(seat: Seat): void }) {
  const { t } = useTranslation('bulk');
  const template = useApiQuery('seat-template', (client, signal) => getSeatTemplate(client, { signal }));
  return (
    <SidePanel open width={560} onClose={onClose} title={t('seats.add.title')} description={t('seats.add.description')} closeLabel={t('common:close')}>
      <QueryView query={template} errorTitle={t('seats.add.templateFailed')}>
        {(data) => <AddSeatForm columns={data.columns} onCreated={onCreated} onClose={onClose} />}
      </QueryView>
    </SidePanel>
  );
}
