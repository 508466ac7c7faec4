import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, issueField } from '../../api';
import { formatFieldError } from '../../components/fieldError';
import type { Outcome } from '../../data/useSaveStatus';

/**
 * Which inline form of a group is open, and where focus goes back when it closes: the button that
 * opened it, or `fallback` when that button is gone (e.g. "Cancel…" after the meeting was cancelled).
 */
export function usePanels<K extends string>() {
  const [open, setOpen] = useState<K | null>(null);
  const openRef = useRef<K | null>(null);
  const buttons = useRef(new Map<K, HTMLElement>());
  const fallback = useRef<HTMLElement | null>(null);
  const returnTo = useRef<K | null>(null);

  useEffect(() => {
    openRef.current = open;
    if (open !== null || returnTo.current === null) return;
    const button = buttons.current.get(returnTo.current);
    returnTo.current = null;
    (button?.isConnected ? button : fallback.current)?.focus();
  }, [open]);

  const show = useCallback((key: K) => setOpen(key), []);
  const close = useCallback(() => {
    returnTo.current = openRef.current;
    setOpen(null);
  }, []);
  const toggle = useCallback((key: K) => (openRef.current === key ? close() : show(key)), [close, show]);
  const buttonRef = useCallback(
    (key: K) => (element: HTMLElement | null) => {
      if (element) buttons.current.set(key, element);
      else buttons.current.delete(key);
    },
    [],
  );
  /** Where focus goes when the opening button is gone: attach to a heading with tabIndex -1. */
  const fallbackRef = useCallback((element: HTMLElement | null) => {
    fallback.current = element;
  }, []);
  return { open, show, close, toggle, buttonRef, fallbackRef };
}

/** An error message naming its field; messages that are instructions ("choose at least one…") stand alone. */
export function fieldErrorText(t: TFunction, subject: string, message: string): string {
  if (/^choose /.test(message)) return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
  return formatFieldError(t, subject, message);
}

/**
 * The state of one inline form: busy while its call runs, and the last error with the fields it
 * points at. `aliases` maps an issue's field to the control that shows it (`role` -> `facilitators`).
 */
export function useActionForm<F extends string>(subjects: Record<F, string>, aliases: Partial<Record<string, NoInfer<F>>> = {}) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const byField = new Map<F, string>();
  for (const issue of error?.issues ?? []) {
    const name = issueField(issue.path);
    const field = (Object.hasOwn(subjects, name) ? name : aliases[name]) as F | undefined;
    if (field !== undefined && !byField.has(field)) byField.set(field, issue.message);
  }
  const errorFor = (field: F) => {
    const message = byField.get(field);
    return message === undefined ? undefined : fieldErrorText(t, subjects[field], message);
  };

  /** Runs the call; on success `onDone` gets its value (and the form usually closes). Never throws. */
  async function submit<T>(work: () => Promise<Outcome<T>>, onDone: (value: T) => void) {
    if (busy) return;
    setBusy(true);
    const outcome = await work();
    setBusy(false);
    if (outcome.ok) {
      setError(null);
      onDone(outcome.value);
    } else {
      setError(outcome.error);
    }
  }

  /** Refuses to send: marks `field` with `message` (a checked-here mistake, such as no reason chosen). */
  function invalid(field: F, message: string) {
    setError(new ApiError({ code: 'invalid-input', message, issues: [{ path: field, message }] }));
  }

  return { error, busy, errorFor, errorAtField: byField.size > 0, submit, invalid };
}

interface ActionFormProps {
  id: string;
  heading: string;
  submitLabel: string;
  /** Defaults to the primary button; `button--danger` for a cancellation. */
  submitClassName?: string;
  closeLabel?: string;
  /** The heading's level under what the form acts on (h3 under a section, h4 under a meeting). */
  level?: 2 | 3 | 4;
  form: { error: ApiError | null; busy: boolean; errorAtField: boolean };
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * An inline form opened by a button: focus moves to its first control, Escape or the close
 * button closes it, a failure keeps what was typed and points at the field at fault.
 */
export function ActionForm({
  id,
  heading,
  submitLabel,
  submitClassName = 'button button--primary',
  closeLabel,
  level = 3,
  form,
  onSubmit,
  onClose,
  children,
}: ActionFormProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const { error, busy, errorAtField } = form;
  const Heading = `h${level}` as const;

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  useEffect(() => {
    if (!error) return;
    const invalid = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid instanceof HTMLFieldSetElement ? invalid.querySelector<HTMLElement>('input') : invalid;
    (target ?? ref.current?.querySelector<HTMLElement>('.form-error'))?.focus();
  }, [error]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  return (
    <form ref={ref} id={id} className="workshop-form" aria-labelledby={`${id}-heading`} noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <Heading id={`${id}-heading`} className="workshop-form-heading">
        {heading}
      </Heading>
      {children}
      {error && !errorAtField ? (
        <p className="form-error" tabIndex={-1}>
          {t('status.failed', { message: error.message })}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className={submitClassName} aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {closeLabel ?? t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
