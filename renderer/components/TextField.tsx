import type { FocusEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy } from './fieldError';
import { FieldMessages } from './FieldMessages';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  /** A message naming the field and what is wrong; marks the control invalid. */
  error?: string | undefined;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  /** The text input (not the textarea), e.g. to focus it. */
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled text input (or textarea) with an optional hint and error, both tied to it for screen readers. */
export function TextField({ id, label, value, onChange, onBlur, error, hint, optional, multiline, inputRef }: TextFieldProps) {
  const { t } = useTranslation();
  const common = {
    id,
    value,
    onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, Boolean(hint), Boolean(error)),
    spellCheck: false,
    autoComplete: 'off',
  } as const;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> ({t('common.optional')})</span> : null}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} ref={inputRef} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}
