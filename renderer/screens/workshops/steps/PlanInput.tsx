import type { Ref } from 'react';
import { describedBy } from '../../../components/fieldError';
import { FieldMessages } from '../../../components/FieldMessages';

interface PlanInputProps {
  id: string;
  label: string;
  type: 'date' | 'time' | 'number' | 'search';
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  min?: number;
  max?: number;
  step?: number;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled date, time, number or search input with its hint and error tied to it, like TextField. */
export function PlanInput({ id, label, type, value, onChange, hint, error, min, max, step, inputRef }: PlanInputProps) {
  return (
    <div className={error ? `field field--invalid plan-input plan-input--${type}` : `field plan-input plan-input--${type}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        min={min}
        max={max}
        step={step}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
