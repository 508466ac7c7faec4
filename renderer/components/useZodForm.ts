import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { issuesOf } from '../../core/contract/result';
import { ApiError, issueField } from '../api';
import type { Outcome } from '../data/useSaveStatus';
import { useFocusOnRefusal, type Subjects } from './formErrors';
import { useActionForm } from './useActionForm';

interface ZodFormOptions<V extends object> {
  initial: V;
  /** For each field, the words that name it in a message ("Name" is required). */
  subjects: Subjects<keyof V & string>;
  /** Checked before sending (the same core/domain schema the app checks with), so mistakes show at once. */
  schema?: ZodType;
  /** What the schema checks: the values as they would be sent (default: the values). */
  toInput?: (values: V) => unknown;
  /** Told when the schema refuses, e.g. so the screen's save status says so. */
  onRefused?: (error: ApiError) => void;
}

/**
 * A form's values and what is wrong with them. `submit` checks the values against the schema, then
 * runs the call; either way a problem is shown next to its field, and focus moves to the first
 * field at fault (attach `formRef` to the form). `touched` holds the fields changed since the form
 * opened; a field the schema refused is checked again as it changes, so its message goes once it
 * is fixed.
 */
export function useZodForm<V extends object>({ initial, subjects, schema, toInput = (values) => values, onRefused }: ZodFormOptions<V>) {
  type F = keyof V & string;
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<ReadonlySet<F>>(new Set());
  const form = useActionForm<F>(subjects);
  // Fields the schema refused that have since been changed to pass it.
  const [fixed, setFixed] = useState<ReadonlySet<F> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnRefusal(formRef, form.attempt);

  function problems(next: V): ApiError | null {
    const parsed = schema?.safeParse(toInput(next));
    if (!parsed || parsed.success) return null;
    return new ApiError({ code: 'invalid-input', reason: { code: 'input-invalid' }, issues: issuesOf(parsed.error) }, t('status.failedField'));
  }

  /** Takes the values as they now stand (e.g. from a fields component). */
  function change(next: V) {
    const changed = (Object.keys(next) as F[]).filter((field) => !Object.is(next[field], values[field]));
    setValues(next);
    if (changed.length === 0) return;
    setTouched((current) => new Set([...current, ...changed]));
    if (!fixed) return;
    const stillWrong = new Set(problems(next)?.issues.map((issue) => issueField(issue.path)));
    setFixed(new Set([...fixed, ...changed.filter((field) => !stillWrong.has(field))]));
  }

  /** Changes one field. */
  const set = <K extends F>(field: K, value: V[K]) => change({ ...values, [field]: value });

  const errorFor = (field: F): string | undefined => (fixed?.has(field) ? undefined : form.errorFor(field));

  /** Checks, then runs `work` with the values; `onDone` gets its value. Never throws. */
  async function submit<T>(work: (values: V) => Promise<Outcome<T>>, onDone: (value: T) => void) {
    const refused = problems(values);
    setFixed(refused ? new Set() : null);
    if (refused) {
      form.refuse(refused);
      onRefused?.(refused);
      return;
    }
    await form.submit(() => work(values), onDone);
  }

  /** Starts again from `next` (e.g. an empty form after adding). */
  function reset(next: V) {
    setValues(next);
    setTouched(new Set());
    setFixed(null);
    form.clear();
  }

  return { ...form, errorFor, values, change, set, touched, submit, reset, formRef };
}
