import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppRoute } from '../../../runtime/react';
import { writeSummaryCsv } from '../../../import';
import { Button, ProgressBar, saveFile } from '../../../ui';
import { baseName } from '../shared/base-name';
import type { BulkJobRunner, BulkJobSnapshot } from './bulk-job-runner';
import { useBulkJobSnapshot } from './use-bulk-job';
import styles from './bulk-job-panel.module.css';
import { apiErrorMessage } from '../../../i18n/api-error-message';

const listedFailures = 5;

function headingKey(snapshot: BulkJobSnapshot): string {
  if (snapshot.phase !== 'finished') return 'bulkJob.heading.running';
  if (snapshot.outcome === 'cancelled') return 'bulkJob.heading.cancelled';
  if (snapshot.outcome === 'lost') return 'bulkJob.heading.lost';
  return snapshot.counts.failed > 0 ? 'bulkJob.heading.completedWithFailures' : 'bulkJob.heading.completed';
}

/**
 * A bulk creation, from start to end: progress with created, failed and remaining counts (counted
 * only once the server answered), pauses explained (session, connection, account) and Cancel; then
 * the confirmation with Done (to Event Logs), Download summary, Retry failed rows (as they are) and,
 * when `onFixFailed` is given, Fix failed rows (the screen opens them for editing).
 */
export function BulkJobPanel({ runner, onFixFailed }: { runner: BulkJobRunner; onFixFailed?: () => Promise<void> }) {
  const { t } = useTranslation('bulk');
  const { go } = useAppRoute();
  const snapshot = useBulkJobSnapshot(runner);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const finished = snapshot.phase === 'finished';
  const [fixing, setFixing] = useState(false);

  useEffect(() => runner.attachView(), [runner]);
  // Focus follows the run: on its heading when the panel appears and again when the run ends.
  useEffect(() => {
    headingRef.current?.focus();
  }, [finished]);

  const { counts, account } = snapshot;
  const remaining = Math.max(0, counts.passTotal - counts.passDone);
  const notSent = Math.max(0, counts.rows - counts.created - counts.failed);
  const percent = counts.passTotal === 0 ? 0 : Math.floor((counts.passDone / counts.passTotal) * 10) * 10;
  const reason = snapshot.error ? apiErrorMessage(t, snapshot.error) : '';

  const downloadSummary = () => {
    const labels = { created: t('bulkJob.summary.created'), failed: t('bulkJob.summary.failed'), notSent: t('bulkJob.summary.notSent') };
    const { userHeaders, rows } = runner.summaryRows(labels);
    const text = writeSummaryCsv(userHeaders, rows, (key, params) => t(`import:${key}`, { ...params }));
    saveFile(t('bulkJob.summaryFileName', { name: baseName(snapshot.fileName) }), new Blob([text], { type: 'text/csv;charset=utf-8' }));
  };

  const fixFailed = async () => {
    if (onFixFailed === undefined) return;
    setFixing(true);
    try {
      await onFixFailed();
    } finally {
      setFixing(false);
    }
  };

  const done = () => {
    runner.dismiss();
    go('event-logs');
  };

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t(headingKey(snapshot))}
      </h3>
      {account ? <p className={styles.account}>{t('bulkJob.account', { name: account.name, id: account.id, file: snapshot.fileName })}</p> : null}

      {!finished ? (
        <>
          <ProgressBar
            label={t('bulkJob.progress', { file: snapshot.fileName })}
            value={snapshot.phase === 'starting' || snapshot.phase === 'restoring' ? undefined : counts.passDone}
            max={counts.passTotal}
            valueText={t('bulkJob.progressValue', { done: counts.passDone, total: counts.passTotal })}
            announcement={t('bulkJob.announce', { percent })}
          />
          <Counts created={counts.created} failed={counts.failed} remaining={remaining} />
          {snapshot.phase === 'starting' ? <p className={styles.note}>{t('bulkJob.starting')}</p> : null}
          {snapshot.phase === 'restoring' ? <p className={styles.note}>{t('bulkJob.restoring')}</p> : null}
          {snapshot.phase === 'cancelling' ? <p className={styles.note}>{t('bulkJob.cancelling')}</p> : null}
          {snapshot.retrying && snapshot.phase === 'running' ? <p className={styles.note}>{t('bulkJob.retrying')}</p> : null}
          {snapshot.unsaved ? <p className={styles.note}>{t('bulkJob.unsaved')}</p> : null}
          {snapshot.phase === 'paused' ? (
            <div role="alert" className={styles.paused}>
              <p>
                {snapshot.pause === 'session'
                  ? t('bulkJob.paused.session')
                  : snapshot.pause === 'account'
                    ? t('bulkJob.paused.account', { name: account?.name ?? '', id: account?.id ?? '' })
                    : t('bulkJob.paused.connection', { reason })}
              </p>
              {snapshot.pause === 'connection' ? (
                <Button variant="secondary" size="sm" onClick={() => runner.resume()}>
                  {t('bulkJob.tryAgain')}
                </Button>
              ) : null}
            </div>
          ) : null}
          <div className={styles.actions}>
            <Button variant="danger" disabled={snapshot.phase === 'cancelling'} onClick={() => runner.cancel()}>
              {t('bulkJob.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <div role="status" className={counts.failed > 0 || snapshot.outcome !== 'completed' ? styles.resultWarning : styles.resultSuccess}>
            <p>
              {snapshot.outcome === 'cancelled'
                ? `${t('bulkJob.result.cancelled', { count: counts.created })} ${t('bulkJob.result.notSent', { count: notSent })}`
                : snapshot.outcome === 'lost'
                  ? t('bulkJob.result.lost', { count: counts.created })
                  : t('bulkJob.result.completed', { count: counts.created })}
            </p>
            {counts.failed > 0 ? <p>{t('bulkJob.result.failed', { count: counts.failed })}</p> : null}
          </div>
          {counts.failed > 0 ? (
            <>
              <ul className={styles.failures}>
                {runner.failures(listedFailures).map((failure) => (
                  <li key={failure.userRow}>{t('bulkJob.result.failureLine', { row: failure.userRow, message: failure.outcome.message })}</li>
                ))}
              </ul>
              <p className={styles.note}>{t('bulkJob.result.moreFailures')}</p>
            </>
          ) : null}
          {snapshot.error ? (
            <p role="alert" className={styles.paused}>
              {t('bulkJob.retryFailedError', { reason })}
            </p>
          ) : null}
          <div className={styles.actions}>
            {counts.failed > 0 && onFixFailed !== undefined ? (
              <Button variant="secondary" loading={fixing} onClick={() => void fixFailed()}>
                {t('bulkJob.fixFailed', { count: counts.failed })}
              </Button>
            ) : null}
            {counts.failed > 0 && snapshot.outcome === 'completed' ? (
              <Button variant="secondary" onClick={() => void runner.retryFailed()}>
                {t('bulkJob.retryFailed', { count: counts.failed })}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={downloadSummary}>
              {t('bulkJob.downloadSummary')}
            </Button>
            <Button variant="primary" onClick={done}>
              {t('bulkJob.done')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function Counts({ created, failed, remaining }: { created: number; failed: number; remaining: number }) {
  const { t, i18n } = useTranslation('bulk');
  const format = new Intl.NumberFormat(i18n.language);
  const items: [string, number][] = [
    [t('bulkJob.counts.created'), created],
    [t('bulkJob.counts.failed'), failed],
    [t('bulkJob.counts.remaining'), remaining],
  ];
  return (
    <dl className={styles.counts}>
      {items.map(([label, value]) => (
        <div key={label} className={styles.count}>
          <dt>{label}</dt>
          <dd>{format.format(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
