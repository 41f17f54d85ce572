import { useId } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TemplateColumn } from '../../../../contract';
import { Checkbox, Select, TextField } from '../../../../ui';
import { useSeatNames } from '../../shared/use-seat-names';
import styles from './add-seat.module.css';
import type { SpareNumberOption } from '../../shared/use-spare-numbers';
import { ADDRESS_BOOK_COLUMN, MOBILE_COLUMN, type SeatFormValues } from './seat-form-schema';

const inputTypes: Partial<Record<TemplateColumn['rule']['type'], { type: string; inputMode?: 'numeric' | 'tel' | 'email' }>> = {
  email: { type: 'email', inputMode: 'email' },
  phone: { type: 'tel', inputMode: 'tel' },
  digits: { type: 'text', inputMode: 'numeric' },
};

/**
 * The template's columns as form fields, in the template's order: a select for a column with allowed
 * values, the Address Book column as a checkbox, text inputs for the rest, and the SMS choice. Direct
 * Number suggests the account's spare numbers (a native list: typing filters it, any number can still be typed).
 */
export function SeatFormFields({
  columns,
  form,
  spareNumbers = [],
}: {
  columns: readonly TemplateColumn[];
  form: UseFormReturn<SeatFormValues>;
  spareNumbers?: readonly SpareNumberOption[];
}) {
  const { t } = useTranslation('bulk');
  const spareListId = useId();
  const { register, control, formState } = form;
  const errors = formState.errors.fields;
  const submitted = formState.isSubmitted;
  const sms = register('sendSms');
  // Help of the template's own columns is translated; a column the app does not know yet falls back
  // to the descriptor's description rather than being hidden.
  const names = useSeatNames();
  const labelOf = names.field;
  const helpOf = (column: TemplateColumn) => t(`seats.fieldHelp.${column.key}`, { defaultValue: column.description ?? '' }) || undefined;

  return (
    <>
      <div className={styles.grid}>
        {columns
          .filter((column) => column.key !== ADDRESS_BOOK_COLUMN)
          .map((column) => {
            const name = `fields.${column.key}` as const;
            const error = errors?.[column.key]?.message;
            if (column.rule.type === 'choice') {
              const { rule } = column;
              const placeholder = rule.default !== undefined ? undefined : column.required ? t('seats.add.choose') : t('seats.add.none');
              return (
                <Select
                  key={column.key}
                  label={labelOf(column)}
                  description={helpOf(column)}
                  required={column.required}
                  placeholder={placeholder}
                  options={rule.values.map((value) => ({ value, label: names.value(column.key, value) }))}
                  error={error}
                  {...register(name)}
                />
              );
            }
            const input = inputTypes[column.rule.type] ?? { type: 'text' };
            return (
              <TextField
                key={column.key}
                label={labelOf(column)}
                description={helpOf(column)}
                required={column.required}
                type={input.type}
                inputMode={input.inputMode}
                autoComplete="off"
                spellCheck={false}
                error={error}
                list={column.key === 'directNumber' && spareNumbers.length > 0 ? spareListId : undefined}
                {...register(name)}
              />
            );
          })}
        {spareNumbers.length > 0 ? (
          <datalist id={spareListId}>
            {spareNumbers.map((option) => (
              <option key={option.value} value={option.value} label={option.label} />
            ))}
          </datalist>
        ) : null}
      </div>
      <div className={styles.options}>
        {columns.some((column) => column.key === ADDRESS_BOOK_COLUMN) ? (
          <Controller
            control={control}
            name={`fields.${ADDRESS_BOOK_COLUMN}`}
            render={({ field }) => (
              <Checkbox
                ref={field.ref}
                name={field.name}
                label={t('seats.add.addressBook')}
                checked={field.value.toLowerCase() === 'yes'}
                onChange={(event) => field.onChange(event.target.checked ? 'Yes' : 'No')}
                onBlur={field.onBlur}
                error={errors?.[ADDRESS_BOOK_COLUMN]?.message}
              />
            )}
          />
        ) : null}
        {columns.some((column) => column.key === MOBILE_COLUMN) ? (
          <Checkbox
            label={t('seats.add.sendSms')}
            description={t('seats.add.sendSmsHelp')}
            {...sms}
            onChange={(event) => {
              // The mobile number's message follows the choice only once the user has tried to submit:
              // shown earlier, on leaving the checkbox, it would move the button being clicked.
              void sms.onChange(event).then(() => {
                if (submitted) void form.trigger(`fields.${MOBILE_COLUMN}`);
              });
            }}
          />
        ) : null}
      </div>
    </>
  );
}
