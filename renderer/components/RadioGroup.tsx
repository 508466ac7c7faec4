import type { ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import './RadioGroup.css';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
}

interface RadioGroupProps<V extends string> {
  id: string;
  legend: string;
  options: readonly RadioOption<V>[];
  /** '' while nothing is chosen yet. */
  value: V | '';
  onChange: (value: V) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /** A sentence under the choices that describes the group (e.g. what the chosen option means); read out when it changes. */
  note?: ReactNode;
  /** A screen's own look: extra classes on the fieldset and the note, and the list of choices' class (instead of `checkbox-list`). */
  classNames?: { group?: string; list?: string; note?: string };
}

/**
 * A fieldset of native radio buttons (so arrow keys move the choice), named by its legend; its hint,
 * error and note describe the group, and an error marks every choice invalid.
 */
export function RadioGroup<V extends string>({ id, legend, options, value, onChange, hint, error, note, classNames = {} }: RadioGroupProps<V>) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ');
  const classes = ['field', 'field--group', error ? 'field--invalid' : '', classNames.group ?? ''].filter(Boolean).join(' ');
  return (
    <fieldset id={id} className={classes} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className={classNames.list ?? 'checkbox-list'}>
        {options.map((option) => (
          <label className="checkbox" key={option.value}>
            <input
              type="radio"
              name={id}
              className="ui-radio"
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {note ? (
        <p id={`${id}-note`} className={classNames.note ? `field-hint ${classNames.note}` : 'field-hint'} aria-live="polite">
          {note}
        </p>
      ) : null}
    </fieldset>
  );
}
