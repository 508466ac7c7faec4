import type { ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import './RadioGroup.css';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  /** A sentence under this choice that says what it means; the choice is described by it. */
  hint?: string;
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
  /**
   * A screen's own look: extra classes on the fieldset and the note, the list of choices' class (instead of
   * `checkbox-list`), and a box around each choice (`option`, with `<option>--chosen` on the chosen one).
   */
  classNames?: { group?: string; list?: string; note?: string; option?: string };
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
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          const hintId = option.hint ? `${inputId}-hint` : undefined;
          const choice = (
            <label className="checkbox" htmlFor={inputId} key={option.value}>
              <input
                id={inputId}
                type="radio"
                name={id}
                className="ui-radio"
                value={option.value}
                checked={value === option.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={hintId}
                onChange={() => onChange(option.value)}
              />
              {option.label}
            </label>
          );
          if (!classNames.option && !option.hint) return choice;
          const boxClass = classNames.option && value === option.value ? `${classNames.option} ${classNames.option}--chosen` : classNames.option;
          return (
            <div className={boxClass} key={option.value}>
              {choice}
              {option.hint ? (
                <p className="field-hint" id={hintId}>
                  {option.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {note ? (
        <p id={`${id}-note`} className={classNames.note ? `field-hint ${classNames.note}` : 'field-hint'} aria-live="polite">
          {note}
        </p>
      ) : null}
    </fieldset>
  );
}
