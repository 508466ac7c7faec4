import { describedBy } from './fieldError';
import { FieldMessages } from './FieldMessages';

interface CheckboxGroupProps<V extends string> {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: V; label: string }[];
  /** Kept in the order of `options`. */
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  error?: string | undefined;
}

/** A fieldset of checkboxes; its hint and error describe the group and each box. */
export function CheckboxGroup<V extends string>({ id, legend, hint, options, selected, onChange, error }: CheckboxGroupProps<V>) {
  const description = describedBy(id, Boolean(hint), Boolean(error));
  function toggle(value: V, checked: boolean) {
    onChange(options.map((option) => option.value).filter((v) => (v === value ? checked : selected.includes(v))));
  }
  return (
    <fieldset
      id={id}
      className={error ? 'field field--group field--invalid' : 'field field--group'}
      aria-invalid={error ? true : undefined}
      aria-describedby={description}
    >
      <legend>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="checkbox-list">
        {options.map((option) => (
          <label className="checkbox" key={option.value}>
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
