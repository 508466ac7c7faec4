import { useState } from 'react';
import { toApiError } from '../../api';
import { placeError, type FieldTarget } from './errors';

/**
 * The state of a form that sends a passphrase: busy while its call runs (scrypt takes a moment),
 * the messages at its fields, and a message about the whole form when no field is at fault.
 * `attempt` changes on every refusal, so the form can move focus to what needs fixing.
 */
export function useSecretForm<F extends string>(targets: Readonly<Record<string, FieldTarget<F>>>, failedText: (message: string) => string) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  /** Refuses to send: what was checked here is wrong. Returns whether anything was. */
  function refuse(found: Partial<Record<F, string>>): boolean {
    setErrors(found);
    setFormError(null);
    const refused = Object.keys(found).length > 0;
    if (refused) setAttempt((n) => n + 1);
    return refused;
  }

  /** Runs the call; `onDone` gets its value. A failure keeps what was typed and says where it went wrong. Never throws. */
  async function run<T>(work: () => Promise<T>, onDone: (value: T) => void): Promise<void> {
    if (busy) return;
    setBusy(true);
    setFormError(null);
    let value: T;
    try {
      value = await work();
    } catch (thrown) {
      const error = toApiError(thrown);
      const placed = placeError(error, targets);
      setErrors(placed);
      if (Object.keys(placed).length === 0) setFormError(failedText(error.message));
      setBusy(false);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(false);
    setErrors({});
    onDone(value);
  }

  return { errors, formError, busy, attempt, refuse, run };
}
