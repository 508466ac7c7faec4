import { useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useFocusOnRefusal } from './formErrors';
import { FormFooter } from './FormFooter';
import type { FormState } from './useActionForm';
import { closeOnEscape } from './closeOnEscape';

export interface ActionFormProps {
  id: string;
  heading: string;
  submitLabel: string;
  /** A destructive step (a cancellation, a new key): the danger button. */
  danger?: boolean;
  closeLabel?: string;
  /** The heading's level under what the form acts on (h3 under a section, h4 under a meeting). */
  level?: 2 | 3 | 4;
  /** A screen's own look for the form and its heading. */
  className?: string;
  headingClassName?: string;
  form: FormState;
  /** Under the form's message, e.g. a live "Working…" for a call that takes a moment. */
  progress?: ReactNode;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * An inline form opened by a button (no dialog) that runs one action: focus moves to its first
 * control, Escape or the close button closes it, and a refused or failed submit keeps what was
 * typed and moves focus to the field at fault, or to the message about the whole form.
 */
export function ActionForm({
  id,
  heading,
  submitLabel,
  danger = false,
  closeLabel,
  level = 3,
  className,
  headingClassName,
  form,
  progress,
  onSubmit,
  onClose,
  children,
}: ActionFormProps) {
  const ref = useRef<HTMLFormElement>(null);
  const { busy, attempt, formError } = form;
  const Heading = `h${level}` as const;

  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  useFocusOnRefusal(ref, attempt);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <form ref={ref} id={id} className={className} aria-labelledby={`${id}-heading`} noValidate onSubmit={submit} onKeyDown={closeOnEscape(onClose)}>
      <Heading id={`${id}-heading`} className={headingClassName}>
        {heading}
      </Heading>
      {children}
      <FormFooter
        formError={formError}
        busy={busy}
        submitLabel={submitLabel}
        danger={danger}
        onCancel={onClose}
        {...(closeLabel ? { cancelLabel: closeLabel } : {})}
        progress={progress}
      />
    </form>
  );
}
