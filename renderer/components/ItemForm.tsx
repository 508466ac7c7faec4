import { useLayoutEffect, useRef, useState, type ComponentType, type FormEvent, type RefObject } from 'react';
import type { ZodType } from 'zod';
import type { ApiError } from '../api';
import type { Outcome } from '../data/useSaveStatus';
import type { Subjects } from './formErrors';
import { FormFooter } from './FormFooter';
import { useZodForm } from './useZodForm';
import { closeOnEscape } from './closeOnEscape';

/** What a list's form fields receive: the values, and the message for each field at fault. */
export interface ItemFieldsProps<V> {
  idPrefix: string;
  values: V;
  onChange: (values: V) => void;
  errorFor: (field: keyof V & string) => string | undefined;
  /** Attach to the first text input: it is focused to start editing and after adding. */
  firstFieldRef: RefObject<HTMLInputElement | null>;
  /** The item being edited; undefined in the add form. */
  editing: string | undefined;
}

/** How an item's values are checked and named in messages: one description for the add and edit forms. */
export interface ItemChecks<V extends object> {
  subjects: Subjects<keyof V & string>;
  /** The core/domain schema the app checks a saved item with, checked here first. */
  schema?: ZodType;
  toInput?: (values: V) => unknown;
  /** Told when the schema refuses, e.g. so the section's save status says so. */
  onRefused?: (error: ApiError) => void;
}

interface ItemFormProps<V extends object> {
  idPrefix: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  initial: V;
  submitLabel: string;
  checks: ItemChecks<V>;
  Fields: ComponentType<ItemFieldsProps<V>>;
  editing: string | undefined;
  onSubmit: (values: V) => Promise<Outcome<unknown>>;
  onSaved?: () => void;
  /** Shows a Cancel button; Escape cancels too. */
  onCancel?: () => void;
  /** After a successful save, empty the form for the next item (or fill it from the values just saved). */
  resetOnSuccess?: boolean | ((saved: V) => V);
  focusOnMount?: boolean;
  className?: string;
}

/**
 * Adds or edits one item of a list. Holds what the user typed until it is saved: a refused or
 * failed save keeps it and shows each problem next to its field, where focus goes.
 */
export function ItemForm<V extends object>({
  idPrefix,
  labelledBy,
  initial,
  submitLabel,
  checks,
  Fields,
  editing,
  onSubmit,
  onSaved,
  onCancel,
  resetOnSuccess,
  focusOnMount,
  className = 'record-form',
}: ItemFormProps<V>) {
  const form = useZodForm({ initial, ...checks });
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const [focusFirst, setFocusFirst] = useState(focusOnMount ? 1 : 0);

  useLayoutEffect(() => {
    if (focusFirst > 0) firstFieldRef.current?.focus();
  }, [focusFirst]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    void form.submit(onSubmit, () => {
      if (resetOnSuccess) {
        form.reset(typeof resetOnSuccess === 'function' ? resetOnSuccess(form.values) : initial);
        setFocusFirst((n) => n + 1);
      }
      onSaved?.();
    });
  }

  return (
    <form
      ref={form.formRef}
      className={className}
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={submit}
      onKeyDown={onCancel ? closeOnEscape(onCancel) : undefined}
    >
      <Fields idPrefix={idPrefix} values={form.values} onChange={form.change} errorFor={form.errorFor} firstFieldRef={firstFieldRef} editing={editing} />
      <FormFooter formError={form.formError} busy={form.busy} submitLabel={submitLabel} {...(onCancel ? { onCancel } : {})} />
    </form>
  );
}
