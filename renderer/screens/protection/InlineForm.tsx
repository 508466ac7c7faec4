import { useEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnRefusal } from './useSecretForm';

interface InlineFormProps {
  id: string;
  heading: string;
  submitLabel: string;
  /** A destructive action: a danger button and edge. */
  danger?: boolean;
  /** Said while the call runs: these calls take a moment. */
  busyText: string;
  form: { busy: boolean; formError: string | null; attempt: number };
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * An inline form opened by a button (no dialog): focus moves to its first field; Escape or Cancel
 * closes it; a refused or failed submit moves focus to the field at fault, or to the message.
 */
export function InlineForm({ id, heading, submitLabel, danger = false, busyText, form, onSubmit, onClose, children }: InlineFormProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const { busy, formError, attempt } = form;

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  useFocusOnRefusal(ref, attempt);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  }

  return (
    <form
      ref={ref}
      id={id}
      className={danger ? 'protection-inline-form protection-inline-form--danger' : 'protection-inline-form'}
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <h3 id={`${id}-heading`}>{heading}</h3>
      {children}
      {formError ? (
        <p className="form-error" tabIndex={-1} role="alert">
          {formError}
        </p>
      ) : null}
      <p role="status" className="protection-progress">
        {busy ? busyText : ''}
      </p>
      <div className="actions">
        <button type="submit" className={danger ? 'button button--danger' : 'button button--primary'} aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
