import { useCallback, useState } from 'react';
import { issueField, toApiError, type ApiError } from '../api';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** `atField`: the error is also shown next to a field of the form that was saved. */
  | { kind: 'failed'; error: ApiError; atField: boolean };

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * The save status of one section of a screen, shown by <SaveStatus>.
 * `run(work, fields)` marks the section saving, then saved or failed, and never throws.
 * `fields` names the form fields that can show an issue themselves.
 */
export function useSaveStatus() {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const run = useCallback(async <T>(work: () => Promise<T>, fields: readonly string[] = []): Promise<Outcome<T>> => {
    setState({ kind: 'saving' });
    try {
      const value = await work();
      setState({ kind: 'saved' });
      return { ok: true, value };
    } catch (thrown) {
      const error = toApiError(thrown);
      const atField = error.issues.some((issue) => fields.includes(issueField(issue.path)));
      setState({ kind: 'failed', error, atField });
      return { ok: false, error };
    }
  }, []);

  return { state, run };
}
