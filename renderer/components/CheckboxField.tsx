import { FieldMessages } from './FieldMessages';

interface CheckboxFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
  /** For a checkbox saved as soon as it changes: the section's save status, read out with the hint. */
  statusId?: string;
  /** A screen's own spacing for the field. */
  className?: string;
}

/** One checkbox with its label, and its hint and error under it; they (and a save status) describe it. */
export function CheckboxField({ id, label, hint, checked, onChange, error, statusId, className }: CheckboxFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', statusId ?? ''].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
