import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamsUser } from '../../../contract';
import { QueryView } from '../../../data/query-view';
import { useApiQuery } from '../../../data/use-api';
import { Button, Dialog, Select, SidePanel } from '../../../ui';
import { useOpenRecentCalls } from '../calls/recent-calls-target';
import { usePhoneFormat } from '../../../ui/phone-format';
import { AssignmentForm } from './assignment-form';
import type { AssignmentTarget } from './assignment-target';
import { loadPanelData, type PanelData } from './load-panel-data';
import styles from './assignment-edit-panel.module.css';

/** Props of {@link AssignmentEditPanel}. */
export interface AssignmentEditPanelProps {
  /** The user clicked in the Users table, or the number clicked in the Phone Numbers table. */
  target: AssignmentTarget;
  /** Closes the panel (Cancel, Escape, the close button, after Update, or on Show Recent Calls). */
  onClose: () => void;
  /** After a successful Update, with the user as saved: refetch the table that opened the panel. */
  onSaved: (user: TeamsUser) => void;
}

const keyOf = (target: AssignmentTarget): string => (target.kind === 'user' ? `user:${target.user.id}` : `number:${target.number}`);

/**
 * The side panel that edits a user's phone number and failover number: Assigned phone number (the
 * account's numbers), Only show unassigned numbers, Clear old phone number failover number, Failover
 * phone number, Update; and Show Recent Calls when the user has a number. Opened on a number, it
 * edits that number's user, or lets the admin choose a user for a spare number.
 * Render it only while open (it mounts open): `{target && <AssignmentEditPanel target={target} … />}`.
 */
export function AssignmentEditPanel({ target, onClose, onSaved }: AssignmentEditPanelProps) {
  const { t } = useTranslation('teams');
  const format = usePhoneFormat();
  const data = useApiQuery(['assignment-panel', keyOf(target)], (client, signal) => loadPanelData(client, target, signal));
  const user = data.data?.user ?? (target.kind === 'user' ? target.user : null);
  const title = user !== null ? user.displayName : target.kind === 'number' ? format(target.number) : '';
  const [changed, setChanged] = useState(false);
  // What to do once the admin agrees to drop the unsaved edits (close, or close and open Recent Calls).
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [discarded, setDiscarded] = useState<(() => void) | null>(null);
  const keepEditingRef = useRef<HTMLButtonElement>(null);

  // Leave only after the question has closed and put focus back in the panel, so the panel's own
  // close then returns focus to what opened it instead of losing it to the page body.
  useEffect(() => {
    if (discarded !== null) discarded();
  }, [discarded]);

  /** Escape, the close button and Show Recent Calls: at once when nothing changed, else after asking. */
  const leave = (then: () => void) => {
    if (changed) setPendingLeave(() => then);
    else then();
  };

  return (
    <SidePanel
      open
      onClose={() => leave(onClose)}
      title={t('assignments.panel.title', { name: title })}
      description={user !== null ? user.userPrincipalName : t('assignments.panel.spareNumber')}
      closeLabel={t('common:close')}
    >
      <QueryView query={data} errorTitle={t('assignments.panel.loadFailed')}>
        {(loaded) => <PanelBody data={loaded} target={target} onClose={onClose} onSaved={onSaved} onChangedChange={setChanged} onLeave={leave} />}
      </QueryView>
      <Dialog
        open={pendingLeave !== null}
        size="sm"
        role="alertdialog"
        onClose={() => setPendingLeave(null)}
        title={t('assignments.panel.discardTitle')}
        description={t('assignments.panel.discardDescription')}
        closeLabel={t('common:close')}
        initialFocusRef={keepEditingRef}
        footer={
          <>
            <Button ref={keepEditingRef} onClick={() => setPendingLeave(null)}>
              {t('assignments.panel.keepEditing')}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                setDiscarded(() => pendingLeave);
                setPendingLeave(null);
              }}
            >
              {t('assignments.panel.discard')}
            </Button>
          </>
        }
      />
    </SidePanel>
  );
}

interface PanelBodyProps extends AssignmentEditPanelProps {
  data: PanelData;
  /** Whether the form holds edits not yet saved. */
  onChangedChange: (changed: boolean) => void;
  /** Leaves the panel, asking first when there are unsaved edits. */
  onLeave: (then: () => void) => void;
}

function PanelBody({ data, target, onClose, onSaved, onChangedChange, onLeave }: PanelBodyProps) {
  const { t } = useTranslation('teams');
  const format = usePhoneFormat();
  const openRecentCalls = useOpenRecentCalls();
  const [chosenUserId, setChosenUserId] = useState('');
  const spare = target.kind === 'number' && data.user === null;
  const user = data.user ?? data.users?.find((item) => item.id === chosenUserId) ?? null;
  const recentCallsNumber = data.user?.phoneNumber ?? null;
  const callsTitleId = useId();

  return (
    <div className={styles.body}>
      {spare && data.users !== null ? (
        <Select
          label={t('assignments.panel.user')}
          placeholder={t('assignments.panel.chooseUser')}
          value={chosenUserId}
          onChange={(event) => setChosenUserId(event.target.value)}
          options={data.users.map((item) => ({
            value: item.id,
            label:
              item.phoneNumber === null
                ? `${item.displayName} (${item.userPrincipalName})`
                : t('assignments.panel.userWithNumber', { name: item.displayName, upn: item.userPrincipalName, number: format(item.phoneNumber) }),
          }))}
        />
      ) : null}
      {user !== null ? (
        <AssignmentForm
          key={user.id}
          user={user}
          numbers={data.numbers}
          presetNumber={target.kind === 'number' ? target.number : undefined}
          onCancel={onClose}
          onChangedChange={onChangedChange}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
        />
      ) : null}
      {recentCallsNumber !== null ? (
        <section className={styles.calls} aria-labelledby={callsTitleId}>
          <h3 id={callsTitleId} className={styles.sectionTitle}>
            {t('assignments.panel.recentCallsTitle')}
          </h3>
          <Button
            variant="secondary"
            onClick={() =>
              onLeave(() => {
                onClose();
                openRecentCalls(recentCallsNumber);
              })
            }
          >
            {t('assignments.panel.showRecentCalls')}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
