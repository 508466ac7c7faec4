import type { ReactNode } from 'react';

interface ChoiceGroupProps<V extends string> {
  id: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  /** A sentence under the choices that describes the group (e.g. what the chosen option means). */
  note?: ReactNode;
  /** Choices one under the other instead of side by side. */
  stacked?: boolean;
}

/** A fieldset of radio buttons, with an optional note under them that describes the group. */
export function ChoiceGroup<V extends string>({ id, legend, options, value, onChange, note, stacked = false }: ChoiceGroupProps<V>) {
  return (
    <fieldset id={id} className="field field--group exports-choices" aria-describedby={note ? `${id}-note` : undefined}>
      <legend>{legend}</legend>
      <div className={stacked ? 'exports-choice-list exports-choice-list--stacked' : 'exports-choice-list'}>
        {options.map((option) => (
          <label className="checkbox" key={option.value}>
            <input
              type="radio"
              name={id}
              className="exports-radio"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {note ? (
        <p id={`${id}-note`} className="field-hint exports-note" aria-live="polite">
          {note}
        </p>
      ) : null}
    </fieldset>
  );
}
