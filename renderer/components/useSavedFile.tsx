import { useCallback, useState } from 'react';
import type { SavedFile } from '../../core/contract/files';
import { toApiError, type ApiError } from '../api';
import './FileStatus.css';

export type FileState = { step: 'idle' } | { step: 'saving' } | { step: 'saved'; path: string } | { step: 'failed'; error: ApiError };

/**
 * One "Save … as a file" action: saving while the call runs (the user may take a while in the save
 * dialog, and a long export takes seconds), then where it was saved or why not. Cancelled: back to idle.
 */
export function useSavedFile() {
  const [state, setState] = useState<FileState>({ step: 'idle' });

  const save = useCallback(async (work: () => Promise<SavedFile>) => {
    setState({ step: 'saving' });
    try {
      const saved = await work();
      setState(saved.status === 'saved' ? { step: 'saved', path: saved.path } : { step: 'idle' });
    } catch (thrown) {
      setState({ step: 'failed', error: toApiError(thrown) });
    }
  }, []);

  return { state, save, busy: state.step === 'saving' };
}

/** "Saving…" then "Saved to <path>" (always rendered, so it is announced), and a failure as an alert. */
export function FileStatus({
  state,
  saving,
  saved,
  failed,
}: {
  state: FileState;
  saving: string;
  saved: (path: string) => string;
  failed: (message: string) => string;
}) {
  return (
    <>
      <p role="status" className={`ui-file-status ui-file-status--${state.step}`}>
        {state.step === 'saving' ? saving : null}
        {state.step === 'saved' ? saved(state.path) : null}
      </p>
      {state.step === 'failed' ? (
        <p role="alert" className="form-error ui-file-failure">
          {failed(state.error.message)}
        </p>
      ) : null}
    </>
  );
}
