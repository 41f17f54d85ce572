import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoiceProblem, PreviewModel } from '../../../import';
import { Button, Select } from '../../../ui';
import { useSeatNames } from '../shared/use-seat-names';
import styles from './value-mapping.module.css';

/** Distinct values listed at most; past that the rest stay errors in the grid and the errors file. */
const maxListed = 50;
const keyOf = (problem: ChoiceProblem): string => `${problem.column}\u0000${problem.value}`;

/** Props of {@link ValueMapping}. */
export interface ValueMappingProps {
  readonly model: PreviewModel;
  /** The model's version: the list is read again when the rows change. */
  readonly version: number;
  /** Told how many cells changed, for the live announcement. */
  readonly onApplied: (cells: number) => void;
  /** Where focus goes once nothing is left to match. */
  readonly focusAfter: () => void;
}

/**
 * Values of choice columns (Site, Role, Device Model, Address Book…) the template does not allow,
 * each listed once with its row count and a suggested allowed value; the admin maps each (or leaves
 * it an error) and one Apply fixes every row that has it, checked again at once.
 */
export function ValueMapping({ model, version, onApplied, focusAfter }: ValueMappingProps) {
  const { t } = useTranslation('bulk');
  const names = useSeatNames();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the model is mutable: its version says when to read it again
  const problems = useMemo(() => model.choiceProblems(), [model, version]);
  /** What the admin chose per value; a value not chosen takes its suggestion. */
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  if (problems.length === 0) return null;
  const listed = problems.slice(0, maxListed);
  const choiceOf = (problem: ChoiceProblem): string => chosen.get(keyOf(problem)) ?? problem.suggestion ?? '';
  const toApply = listed.filter((problem) => choiceOf(problem) !== '');

  const apply = async () => {
    const byColumn = new Map<number, Map<string, string>>();
    for (const problem of toApply) {
      const replacements = byColumn.get(problem.column) ?? new Map<string, string>();
      replacements.set(problem.value, choiceOf(problem));
      byColumn.set(problem.column, replacements);
    }
    let cells = 0;
    for (const [column, replacements] of byColumn) cells += await model.replaceValues(column, replacements);
    setChosen(new Map());
    onApplied(cells);
    // The list shrinks to what was left as errors; when nothing is left, the preview takes focus.
    requestAnimationFrame(() => (model.choiceProblems().length > 0 ? headingRef.current?.focus() : focusAfter()));
  };

  return (
    <section className={styles.values} aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('configuration.values.heading', { count: problems.length })}
      </h4>
      <p className={styles.intro}>{t('configuration.values.intro')}</p>
      <ul className={styles.list}>
        {listed.map((problem) => {
          const column = model.columns[problem.column];
          const allowed = column?.rule.type === 'choice' ? column.rule.values : [];
          return (
            <li key={keyOf(problem)}>
              <Select
                label={t('configuration.values.choice', {
                  column: column ? names.column(column) : '',
                  value: problem.value || t('configuration.values.blank'),
                  count: problem.rows,
                })}
                value={choiceOf(problem)}
                onChange={(event) => setChosen(new Map(chosen).set(keyOf(problem), event.target.value))}
                options={[
                  { value: '', label: t('configuration.values.leave') },
                  ...allowed.map((value) => ({ value, label: names.value(column?.key ?? '', value) })),
                ]}
                description={problem.suggestion !== null && choiceOf(problem) === problem.suggestion ? t('configuration.values.suggested') : undefined}
              />
            </li>
          );
        })}
      </ul>
      {problems.length > listed.length ? <p className={styles.intro}>{t('configuration.values.more', { count: problems.length - listed.length })}</p> : null}
      <Button variant="primary" size="sm" disabled={toApply.length === 0 || model.working} onClick={() => void apply()}>
        {t('configuration.values.apply', { count: toApply.length })}
      </Button>
    </section>
  );
}
