import { describedBy } from './fieldError';
import { FieldMessages } from './FieldMessages';

export interface InputFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
}

function InputField({ type, className, ...props }: InputFieldProps & { type: 'date' | 'time' | 'number'; className?: string }) {
  const { id, label, value, onChange, error, hint } = props;
  return (
    <div className={`field ${className ?? ''} ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        type={type}
        className="compact-input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        onChange={(event) => onChange(event.target.value)}
        {...(type === 'number' ? { min: 10, max: 480, step: 5, inputMode: 'numeric' as const } : {})}
      />
    </div>
  );
}

/** A calendar date, "YYYY-MM-DD" (the browser shows it in the user's format). */
export function DateField(props: InputFieldProps) {
  return <InputField {...props} type="date" className="field--short" />;
}

/** A wall-clock time, "HH:MM". */
export function TimeField(props: InputFieldProps) {
  return <InputField {...props} type="time" className="field--short" />;
}

/** A meeting's length in minutes, kept as typed (text) until it is sent. */
export function MinutesField(props: InputFieldProps) {
  return <InputField {...props} type="number" className="field--short" />;
}
