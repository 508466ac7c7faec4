import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import type { Outcome } from '../data/useSaveStatus';
import { placeIssues, type Subjects } from './formErrors';

/** What a form shows about its last submit: busy while it runs, and a message no field shows. */
export interface FormState {
  busy: boolean;
  /** Counts refused and failed submits, so focus can move to what needs fixing after each. */
  attempt: number;
  formError: string | null;
}

/**
 * The state of one form that runs an action: busy while its call runs, and the last error placed
 * at the fields it points at. `aliases` maps an issue's field to the control that shows it.
 */
export function useActionForm<F extends string>(subjects: Subjects<F>, aliases: Partial<Record<string, NoInfer<F>>> = {}) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const placed = placeIssues(error, subjects, aliases);
  const errorFor = (field: F): string | undefined => placed.byField[field];
  const formError = error && placed.elsewhere ? t('status.failed', { message: error.message }) : null;

  /** Shows what is wrong (a refusal checked here, or a failure the app reported) and asks for focus on it. */
  function refuse(next: ApiError) {
    setError(next);
    setAttempt((n) => n + 1);
  }

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
      refuse(outcome.error);
    }
  }

  /** Refuses to send: marks `field` with what is wrong, said after its label ("is required"). */
  function invalid(field: F, predicate: string) {
    refuse(
      new ApiError({ code: 'invalid-input', reason: { code: 'input-invalid' } }, predicate).withIssues([{ path: field, rule: 'worded', text: predicate }]),
    );
  }

  /** Refuses to send: marks `field` with a sentence of its own ("Choose why the meeting is cancelled."). */
  function refuseAt(field: F, sentence: string) {
    refuse(new ApiError({ code: 'invalid-input', reason: { code: 'input-invalid' }, issues: [{ path: field, rule: 'as-reason' }] }, sentence));
  }

  return { error, busy, attempt, formError, errorFor, submit, invalid, refuseAt, refuse, clear: () => setError(null) };
}
