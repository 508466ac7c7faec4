import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../api';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: ApiError };

/**
 * Loads data for a screen when it mounts. `load` must be stable: a module-level function such as
 * `const loadInfo = () => call('app.info')`, or a `useCallback`.
 *
 * `replace` swaps in a newer value (e.g. the result of a save) without loading again.
 */
export function useLoad<T>(load: () => Promise<T>) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (current) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', error: toApiError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const replace = useCallback((value: T) => setState({ status: 'ready', value }), []);

  return { state, retry, replace };
}
