import { useId, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '../../../ui';
import { usePhoneFormat } from '../../../ui/phone-format';
import type { PreviewChange, PreviewProblem, UploadPreview } from './upload-outcome';
import styles from './assignments-upload.module.css';

const ROW_HEIGHT = 40;
/** Rows that explain a problem hold three lines: the damage messages are long. */
export const MESSAGE_ROW_HEIGHT = 72;
const HEADER_HEIGHT = 44;
const VISIBLE_ROWS = 8;

/** Height of a preview table: its rows up to a few, then it scrolls. */
export const tableHeight = (rows: number, rowHeight = ROW_HEIGHT): number => HEADER_HEIGHT + Math.min(Math.max(rows, 1), VISIBLE_ROWS) * rowHeight;

/** Props of {@link UploadPreviewView}. */
export interface UploadPreviewViewProps {
  preview: UploadPreview;
  /** Focused when the preview appears. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Why Apply failed, if it did. */
  error: string | null;
}

/** What an upload would do: the changes (assign, change, unassign, failover) and the rows with problems. */
export function UploadPreviewView({ preview, headingRef, error }: UploadPreviewViewProps) {
  const { t } = useTranslation('teams');
  const format = usePhoneFormat();
  const changesId = useId();
  const problemsId = useId();

  const changeColumns = useMemo<DataTableColumn<PreviewChange>[]>(() => {
    const number = (value: string | null) => (value === null ? t('assignments.preview.nothing') : format(value));
    return [
      { id: 'row', header: t('assignments.preview.row'), cell: (change) => change.rowNumber, width: 72, align: 'end' },
      { id: 'user', header: t('assignments.preview.user'), cell: (change) => change.userPrincipalName, width: 'minmax(200px, 2fr)' },
      { id: 'kind', header: t('assignments.preview.change'), cell: (change) => t(`assignments.preview.kinds.${change.kind}`), width: 'minmax(150px, 1fr)' },
      { id: 'from', header: t('assignments.preview.from'), cell: (change) => number(change.from), width: 'minmax(140px, 1fr)' },
      { id: 'to', header: t('assignments.preview.to'), cell: (change) => number(change.to), width: 'minmax(140px, 1fr)' },
    ];
  }, [t, format]);
  const problemColumns = useMemo<DataTableColumn<PreviewProblem>[]>(
    () => [
      { id: 'row', header: t('assignments.preview.row'), cell: (problem) => problem.rowNumber, width: 72, align: 'end' },
      {
        id: 'column',
        header: t('assignments.preview.column'),
        cell: (problem) => <span className={styles.message}>{problem.column ?? ''}</span>,
        width: 'minmax(110px, 1fr)',
      },
      {
        id: 'value',
        header: t('assignments.preview.value'),
        cell: (problem) => <span className={styles.message}>{problem.value ?? ''}</span>,
        width: 'minmax(140px, 1.2fr)',
      },
      {
        id: 'problem',
        header: t('assignments.preview.problem'),
        cell: (problem) => <span className={styles.message}>{t(problem.message.key, problem.message.params)}</span>,
        width: 'minmax(300px, 3fr)',
      },
    ],
    [t],
  );

  return (
    <div className={styles.preview}>
      <h3 ref={headingRef} tabIndex={-1} className={styles.stepTitle}>
        {t('assignments.preview.title')}
      </h3>
      <p>
        {t('assignments.preview.summary', { count: preview.rowCount })}{' '}
        {t('assignments.preview.counts', { changes: preview.changes.length, problems: preview.problems.length, unchanged: preview.unchangedCount })}
      </p>
      {preview.notices.length > 0 ? (
        <ul className={styles.notices}>
          {preview.notices.map((notice) => (
            <li key={notice.key}>{t(notice.key, notice.params)}</li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby={changesId}>
        <h4 id={changesId} className={styles.sectionTitle}>
          {t('assignments.preview.changesTitle', { count: preview.changes.length })}
        </h4>
        {preview.changes.length === 0 ? (
          <p className={styles.muted}>{t('assignments.preview.noChanges')}</p>
        ) : (
          <DataTable
            label={t('assignments.preview.changesLabel')}
            columns={changeColumns}
            rows={preview.changes}
            getRowId={(change) => `${change.rowNumber}:${change.kind}`}
            height={tableHeight(preview.changes.length)}
          />
        )}
      </section>
      {preview.problems.length > 0 ? (
        <section aria-labelledby={problemsId}>
          <h4 id={problemsId} className={styles.sectionTitle}>
            {t('assignments.preview.problemsTitle', { count: preview.problems.length })}
          </h4>
          <p className={styles.muted}>{t('assignments.preview.problemsHelp')}</p>
          <DataTable
            label={t('assignments.preview.problemsLabel')}
            columns={problemColumns}
            rows={preview.problems}
            getRowId={(problem) => `${problem.rowNumber}:${problem.column ?? ''}:${problem.message.key}`}
            rowHeight={MESSAGE_ROW_HEIGHT}
            height={tableHeight(preview.problems.length, MESSAGE_ROW_HEIGHT)}
          />
        </section>
      ) : null}
      {error !== null ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
