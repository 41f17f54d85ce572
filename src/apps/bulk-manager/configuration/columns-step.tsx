import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateColumn } from '../../../contract/template';
import type { ColumnsReport, MatchKind } from '../../../import';
import { Button, Select } from '../../../ui';
import { useSeatNames } from '../shared/use-seat-names';
import styles from './columns-step.module.css';

/** A spreadsheet's name for a column without a header: A, B, …, Z, AA. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
  return letter;
}

/** The template columns that are required and have no file column in `choice`. */
export function missingColumns(columns: readonly TemplateColumn[], choice: readonly number[]): TemplateColumn[] {
  return columns.filter((column, index) => column.required && (choice[index] ?? -1) < 0);
}

/** The file columns not used by `choice` that have a header or values: they will be ignored. */
export function ignoredColumns(report: ColumnsReport, choice: readonly number[]): number[] {
  const used = new Set(choice);
  return report.fileHeaders.flatMap((header, source) => (!used.has(source) && (header !== '' || (report.samples[source]?.length ?? 0) > 0) ? [source] : []));
}

/**
 * The step must be shown (not skipped) when a required column is missing, a match is only a guess,
 * a file column with values would be ignored although the admin never chose to ignore it (no mapping
 * of theirs is remembered for these headers): a column with data is never dropped unseen; or the file
 * is a workbook of several sheets, so the admin sees which one is read.
 */
export function columnsNeedReview(columns: readonly TemplateColumn[], report: ColumnsReport, remembered: readonly number[] | null = null): boolean {
  const sources = report.matches.map((match) => match?.source ?? -1);
  const weak = report.matches.some((match) => match?.kind === 'similar' || match?.kind === 'values');
  const droppedData = remembered === null && ignoredColumns(report, sources).some((source) => (report.samples[source]?.length ?? 0) > 0);
  // A workbook of several sheets: the admin sees which sheet was picked, and may pick another.
  return weak || droppedData || report.sheets.length > 1 || missingColumns(columns, sources).length > 0;
}

/** Props of {@link ColumnsStep}. */
export interface ColumnsStepProps {
  readonly columns: readonly TemplateColumn[];
  /** The file's columns and the suggested matches. */
  readonly report: ColumnsReport;
  /** Per template column, the file column chosen, or -1. */
  readonly choice: readonly number[];
  readonly onChoiceChange: (choice: number[]) => void;
  /** The mapping of the last upload with the same headers, when it differs from `choice`. */
  readonly remembered: readonly number[] | null;
  /** Id of the text that says why Continue is disabled (shown while a required column is missing). */
  readonly missingId: string;
  /** Opened again from the preview: another mapping reads the file again into a new preview. */
  readonly reread?: boolean;
  /** Reads another sheet of the workbook (offered when it has several). */
  readonly onSheetChange?: (sheet: string) => void;
}

/**
 * The Columns step of an upload: each template column with the file column matched to it (or none),
 * how it was matched and a sample of its values, changed or cleared with a labelled select; then the
 * file's columns that will be ignored, each with its sample, so no column with data is dropped unseen.
 * Giving one file column to a second template column takes it from the first: a file column feeds one
 * template column only.
 */
export function ColumnsStep({ columns, report, choice, onChoiceChange, remembered, missingId, reread = false, onSheetChange }: ColumnsStepProps) {
  const { t } = useTranslation('bulk');
  const names = useSeatNames();
  const ignoredId = useId();
  const fileName = (source: number): string => report.fileHeaders[source] || t('configuration.columns.unnamed', { letter: columnLetter(source) });
  const sampleText = (source: number): string => {
    const sample = report.samples[source] ?? [];
    return sample.length === 0 ? t('configuration.columns.noValues') : t('configuration.columns.sample', { values: sample.join(', ') });
  };
  const kindOf = (index: number): MatchKind | 'none' => {
    const source = choice[index] ?? -1;
    if (source < 0) return 'none';
    const suggested = report.matches[index];
    return suggested !== null && suggested !== undefined && suggested.source === source ? suggested.kind : 'chosen';
  };
  const choose = (index: number, source: number) => {
    const next = choice.map((at) => (source >= 0 && at === source ? -1 : at));
    next[index] = source;
    onChoiceChange(next);
  };
  const missing = missingColumns(columns, choice);
  const ignored = ignoredColumns(report, choice);
  const usedBy = new Map(choice.flatMap((source, index) => (source >= 0 ? [[source, index] as const] : [])));

  return (
    <div className={styles.step}>
      {report.sheets.length > 1 && onSheetChange !== undefined ? (
        <Select
          label={t('configuration.columns.sheet')}
          description={t('configuration.columns.sheetHint', { count: report.sheets.length })}
          value={report.sheet ?? ''}
          onChange={(event) => onSheetChange(event.target.value)}
          options={report.sheets.map((sheet) => ({ value: sheet, label: sheet }))}
        />
      ) : null}
      <p className={styles.intro}>{t('configuration.columns.intro')}</p>
      {reread ? <p className={styles.muted}>{t('configuration.columns.rereadNote')}</p> : null}
      {remembered !== null ? (
        <div className={styles.remembered}>
          <p>{t('configuration.columns.rememberedHint')}</p>
          <Button variant="secondary" size="sm" onClick={() => onChoiceChange([...remembered])}>
            {t('configuration.columns.useRemembered')}
          </Button>
        </div>
      ) : null}
      <ul className={styles.matches} aria-label={t('configuration.columns.matchesLabel')}>
        {columns.map((column, index) => {
          const kind = kindOf(index);
          const source = choice[index] ?? -1;
          return (
            <li key={column.key} className={styles.match}>
              <Select
                label={names.column(column)}
                required={column.required}
                value={String(source)}
                onChange={(event) => choose(index, Number(event.target.value))}
                options={[
                  { value: '-1', label: t('configuration.columns.none') },
                  ...report.fileHeaders.map((_, at) => {
                    const other = usedBy.get(at);
                    const otherColumn = other !== undefined && other !== index ? columns[other] : undefined;
                    return {
                      value: String(at),
                      label:
                        otherColumn === undefined
                          ? fileName(at)
                          : t('configuration.columns.usedFor', { header: fileName(at), column: names.column(otherColumn) }),
                    };
                  }),
                ]}
                description={`${t(`configuration.columns.kind.${kind}`)}${source >= 0 ? ` · ${sampleText(source)}` : ''}`}
              />
              {kind === 'similar' || kind === 'values' ? <span className={styles.check}>{t('configuration.columns.checkIt')}</span> : null}
            </li>
          );
        })}
      </ul>
      {missing.length > 0 ? (
        <p id={missingId} className={styles.missing}>
          {t('configuration.columns.missing', { count: missing.length, columns: missing.map((column) => names.column(column)).join(', ') })}
        </p>
      ) : null}
      <section aria-labelledby={ignoredId} className={styles.ignored}>
        <h3 id={ignoredId} className={styles.ignoredHeading}>
          {t('configuration.columns.ignoredHeading', { count: ignored.length })}
        </h3>
        {ignored.length === 0 ? (
          <p className={styles.muted}>{t('configuration.columns.ignoredNone')}</p>
        ) : (
          <ul>
            {ignored.map((source) => (
              <li key={source}>
                <span className={styles.ignoredName}>{fileName(source)}</span> <span className={styles.muted}>{sampleText(source)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
