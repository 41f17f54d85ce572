import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorGroup, ErrorGroupKey, PreviewModel } from '../../../import';
import { Button, Checkbox, Dialog, Select, TextField } from '../../../ui';
import { useSeatNames } from '../shared/use-seat-names';
import { useIssueMessage } from './issue-message';
import styles from './preview-fixes.module.css';

/** Which rows the preview lists: all, those with errors, or those with the errors of one group of the summary. */
export type RowFilter = 'all' | 'errors' | ErrorGroupKey;

/** True when `filter` is the group `group`. */
export function isGroup(filter: RowFilter, group: ErrorGroupKey): boolean {
  return typeof filter === 'object' && filter.column === group.column && filter.messageKey === group.messageKey;
}

/** A group's message, without the row-specific parts (which rows, which character) and without its full stop. */
export function useGroupLabel(model: PreviewModel): (group: ErrorGroup) => string {
  const { t, i18n } = useTranslation('bulk');
  const names = useSeatNames();
  const issueMessage = useIssueMessage();
  return (group) => {
    const column = model.columns[group.column];
    const own = `import:group.${group.messageKey.replace(/^cell\./, '')}`;
    const message = i18n.exists(own) ? t(own) : issueMessage(column, group.messageKey, group.params, model.columns);
    return t('configuration.fixes.summaryGroup', { column: column ? names.column(column) : '', message: message.replace(/[.。]$/, ''), count: group.rows });
  };
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  readonly model: PreviewModel;
  readonly version: number;
  readonly filter: RowFilter;
  /** Lists only the rows of a group (or all rows again with 'all'). */
  readonly onFilter: (filter: RowFilter) => void;
}

/**
 * The errors grouped by column and message with their row counts; choosing a group lists only its
 * rows, choosing it again lists all. Read from the model on each version, deferred so that typing in
 * the grid is never held up by a summary of 100,000 rows.
 */
export function ErrorSummary({ model, version, filter, onFilter }: ErrorSummaryProps) {
  const { t } = useTranslation('bulk');
  const headingId = useId();
  const label = useGroupLabel(model);
  const deferred = useDeferredValue(version);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the model is mutable: its version says when to read it again
  const groups = useMemo(() => model.errorGroups(), [model, deferred]);
  if (groups.length === 0) return null;
  return (
    <section className={styles.summary} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        {t('configuration.fixes.summaryHeading')}
      </h4>
      <p className={styles.intro}>{t('configuration.fixes.summaryIntro')}</p>
      <ul className={styles.groups}>
        {groups.map((group) => {
          const pressed = isGroup(filter, group);
          return (
            <li key={`${group.column}:${group.messageKey}`}>
              <button
                type="button"
                className={styles.group}
                aria-pressed={pressed}
                onClick={() => onFilter(pressed ? 'all' : { column: group.column, messageKey: group.messageKey })}
              >
                {label(group)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Props of the bulk-fix dialogs. */
export interface FixDialogProps {
  readonly model: PreviewModel;
  readonly onClose: () => void;
  /** Told how many cells changed once the change is made. */
  readonly onDone: (cells: number) => void;
  /** The column chosen when the dialog opens (the summary's group, say). */
  readonly initialColumn?: number;
}

/** The template's columns as select options, named as the preview names them. */
function useColumnOptions(model: PreviewModel) {
  const names = useSeatNames();
  return useMemo(() => model.columns.map((column, index) => ({ value: String(index), label: names.column(column) })), [model, names]);
}

/**
 * Find and replace within one column, whole cells or any part, case-insensitive unless asked: the
 * count of cells that will change is shown (and announced) before anything changes.
 */
export function FindReplaceDialog({ model, onClose, onDone, initialColumn = 0 }: FixDialogProps) {
  const { t } = useTranslation('bulk');
  const options = useColumnOptions(model);
  const [column, setColumn] = useState(initialColumn);
  const [find, setFind] = useState('');
  const [replacement, setReplacement] = useState('');
  const [wholeCell, setWholeCell] = useState(false);
  const [matchCase, setMatchCase] = useState(false);
  const [working, setWorking] = useState(false);
  const formId = useId();
  const deferredFind = useDeferredValue(find);
  const count = useMemo(() => model.countMatches(column, deferredFind, { wholeCell, matchCase }), [model, column, deferredFind, wholeCell, matchCase]);
  const replace = async () => {
    setWorking(true);
    const cells = await model.replaceInColumn(column, find, replacement, { wholeCell, matchCase });
    onDone(cells);
    onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('configuration.fixes.findReplaceTitle')}
      closeLabel={t('common:close')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} loading={working} disabled={count === 0 || find === ''}>
            {t('configuration.fixes.replace', { count })}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (count > 0 && find !== '' && !working) void replace();
        }}
      >
        <Select label={t('configuration.fixes.column')} options={options} value={String(column)} onChange={(event) => setColumn(Number(event.target.value))} />
        <TextField label={t('configuration.fixes.find')} value={find} onChange={(event) => setFind(event.target.value)} autoComplete="off" />
        <TextField
          label={t('configuration.fixes.replaceWith')}
          description={t('configuration.fixes.replaceWithHint')}
          value={replacement}
          onChange={(event) => setReplacement(event.target.value)}
          autoComplete="off"
        />
        <Checkbox label={t('configuration.fixes.wholeCell')} checked={wholeCell} onChange={(event) => setWholeCell(event.target.checked)} />
        <Checkbox label={t('configuration.fixes.matchCase')} checked={matchCase} onChange={(event) => setMatchCase(event.target.checked)} />
        <p role="status" className={styles.count}>
          {find === '' ? '' : t('configuration.fixes.matches', { count })}
        </p>
      </form>
    </Dialog>
  );
}

/** Fills the empty cells of one column with a value (an allowed one for a choice column); the count is shown first. */
export function FillEmptyDialog({ model, onClose, onDone, initialColumn = 0 }: FixDialogProps) {
  const { t } = useTranslation('bulk');
  const names = useSeatNames();
  const options = useColumnOptions(model);
  const [column, setColumn] = useState(initialColumn);
  const [value, setValue] = useState('');
  const [working, setWorking] = useState(false);
  const formId = useId();
  const count = useMemo(() => model.countEmpty(column), [model, column]);
  const rule = model.columns[column]?.rule;
  const key = model.columns[column]?.key ?? '';
  const ready = count > 0 && value.trim() !== '';
  const fill = async () => {
    setWorking(true);
    const cells = await model.fillEmpty(column, value);
    onDone(cells);
    onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('configuration.fixes.fillTitle')}
      closeLabel={t('common:close')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button variant="primary" type="submit" form={formId} loading={working} disabled={!ready}>
            {t('configuration.fixes.fill', { count })}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && !working) void fill();
        }}
      >
        <Select
          label={t('configuration.fixes.column')}
          options={options}
          value={String(column)}
          onChange={(event) => {
            setColumn(Number(event.target.value));
            setValue('');
          }}
        />
        {rule?.type === 'choice' ? (
          <Select
            label={t('configuration.fixes.fillValue')}
            placeholder=" "
            options={rule.values.map((allowed) => ({ value: allowed, label: names.value(key, allowed) }))}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        ) : (
          <TextField label={t('configuration.fixes.fillValue')} value={value} onChange={(event) => setValue(event.target.value)} autoComplete="off" />
        )}
        <p role="status" className={styles.count}>
          {t('configuration.fixes.empties', { count })}
        </p>
      </form>
    </Dialog>
  );
}

/** Props of {@link RemoveErrorsDialog}. */
export interface RemoveErrorsDialogProps {
  readonly count: number;
  readonly onClose: () => void;
  readonly onConfirm: () => void;
  /** Asked as it closes: false once the rows are removed, when focus goes to the line that says so. */
  readonly returnFocus: () => boolean;
}

/** Asks before the rows with errors are removed, saying that they are kept in a file and that Undo puts them back. */
export function RemoveErrorsDialog({ count, onClose, onConfirm, returnFocus }: RemoveErrorsDialogProps) {
  const { t } = useTranslation('bulk');
  return (
    <Dialog
      open
      size="sm"
      role="alertdialog"
      onClose={onClose}
      title={t('configuration.fixes.removeTitle', { count })}
      description={t('configuration.fixes.removeDescription')}
      closeLabel={t('common:close')}
      returnFocus={returnFocus}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button variant="danger" onClick={onConfirm}>
            {t('configuration.fixes.remove')}
          </Button>
        </>
      }
    />
  );
}
