import type { Ref } from 'react';
import { describedBy } from './fieldError';
import { FieldMessages } from './FieldMessages';
import './SecretField.css';

interface SecretFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  /** 'password' hides what is typed; the recovery key is typed in the clear, from a sheet of paper. */
  kind?: 'password' | 'recovery-key';
  autoComplete?: 'current-password' | 'new-password' | 'off';
  /** Says the error aloud when it appears, for a field that keeps focus while it is retried. */
  announceError?: boolean;
}

/**
 * A labelled passphrase (or recovery key) input with its hint and error, both tied to it for
 * screen readers. Never spell-checked: the words would be sent to the dictionary.
 */
export function SecretField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  inputRef,
  kind = 'password',
  autoComplete = 'off',
  announceError = false,
}: SecretFieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} announceError={announceError} />
      <input
        id={id}
        ref={inputRef}
        type={kind === 'password' ? 'password' : 'text'}
        className={kind === 'password' ? 'ui-secret-input' : 'ui-secret-input ui-secret-input--key'}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        autoComplete={autoComplete}
        autoCapitalize={kind === 'recovery-key' ? 'characters' : 'off'}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
