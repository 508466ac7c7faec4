import type { ReactNode } from 'react';
import { describedBy } from '../../components/fieldError';
import { FieldMessages } from '../../components/FieldMessages';

/** Date, time and length side by side. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="workshop-field-row">{children}</div>;
}

interface RadioGroupProps<V extends string> {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (value: V) => void;
  error?: string | undefined;
}

/** A fieldset of radio buttons; its hint and error describe the group. */
export function RadioGroup<V extends string>({ id, legend, hint, options, value, onChange, error }: RadioGroupProps<V>) {
  return (
    <fieldset
      id={id}
      className={error ? 'field field--group field--invalid' : 'field field--group'}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
    >
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="checkbox-list">
        {options.map((option) => (
          <label className="checkbox" key={option.value}>
            <input
              type="radio"
              name={id}
              className="workshop-radio"
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One checkbox with its label, and an optional hint under it. */
export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="field workshop-checkbox-field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
