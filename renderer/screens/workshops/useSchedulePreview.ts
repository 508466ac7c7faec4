import { useEffect, useState } from 'react';
import type { InputOf } from '../../../core/contract/contract';
import type { SchedulePreview } from '../../../core/contract/planning';
import { call, toApiError, type ApiError } from '../../api';

export type PreviewState =
  | { status: 'idle' }
  /** `last`: the previous answer, still shown while the new one is worked out. */
  | { status: 'loading'; last: SchedulePreview | undefined }
  | { status: 'ready'; value: SchedulePreview }
  | { status: 'failed'; error: ApiError };

/** How long typing must pause before the meetings are worked out again. */
export const PREVIEW_DELAY_MS = 300;

/**
 * The meetings a plan would create, asked for again (after a pause) whenever the plan changes.
 * `input` null means the plan is not complete yet. Only the answer to the latest plan is kept.
 */
export function useSchedulePreview(input: InputOf<'workshops.previewSchedule'> | null): PreviewState {
  const key = input ? JSON.stringify(input) : '';
  const [state, setState] = useState<PreviewState>({ status: 'idle' });

  useEffect(() => {
    if (!key) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => ({
      status: 'loading',
      last: previous.status === 'ready' ? previous.value : previous.status === 'loading' ? previous.last : undefined,
    }));
    const timer = setTimeout(() => {
      call('workshops.previewSchedule', JSON.parse(key) as InputOf<'workshops.previewSchedule'>).then(
        (value) => {
          if (current) setState({ status: 'ready', value });
        },
        (error: unknown) => {
          if (current) setState({ status: 'failed', error: toApiError(error) });
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return state;
}
