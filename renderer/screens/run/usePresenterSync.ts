import { useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../core/contract/contract';
import { call, toApiError, type ApiError } from '../../api';

export type PresenterMessage = InputOf<'presenter.show'>;

/**
 * Tells the presenter window what to show whenever the message changes (activity, timer, pause).
 * `send` is false while this meeting is not being run, so merely opening a meeting page never
 * takes the projector over; once this page has sent something it keeps the projector up to date.
 * `revision` forces a new message when something the presenter reads elsewhere changed (agreements).
 */
export function usePresenterSync(message: PresenterMessage, send: boolean, revision: number): ApiError | null {
  const [error, setError] = useState<ApiError | null>(null);
  const sent = useRef(false);
  const key = JSON.stringify(message);
  const latest = useRef(message);
  latest.current = message;

  useEffect(() => {
    if (!send && !sent.current) return;
    sent.current = true;
    let current = true;
    call('presenter.show', latest.current).then(
      () => {
        if (current) setError(null);
      },
      (thrown: unknown) => {
        if (current) setError(toApiError(thrown));
      },
    );
    return () => {
      current = false;
    };
  }, [key, send, revision]);

  return error;
}
