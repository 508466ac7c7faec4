import { describedBy } from './fieldError';
import { FieldMessages } from './FieldMessages';

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  /** `lang`: an option written in another language than the page's (a language named in itself). */
  options: readonly { value: V; label: string; lang?: string }[];
  onChange: (value: V) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

export function SelectField<V extends string>({ id, label, value, options, onChange, hint, error }: SelectFieldProps<V>) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters with `name` chosen as `value`, or without it when `value` is '' (the "All" choice). */
export function withChoice<T extends object>(filters: T, name: keyof T, value: string): T {
  const next = { ...filters };
  if (value) (next as Record<keyof T, string>)[name] = value;
  else delete next[name];
  return next;
}
