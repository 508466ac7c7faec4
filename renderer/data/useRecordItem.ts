import { useLayoutEffect, useRef, useState } from 'react';
import type { ApiError } from '../api';
import type { Outcome } from './useSaveStatus';

export type RecordItemMode = 'view' | 'edit' | 'confirm';
type FocusTarget = 'edit' | 'remove' | 'keep' | null;

/**
 * The state of one record in a list with Edit and Remove (with an inline "Yes, remove" / "Keep"):
 * which of view, edit or confirm it shows, where focus goes after each change, and the removal.
 * Attach `editButton`, `removeButton` and `keepButton` to those buttons.
 */
export function useRecordItem(remove: () => Promise<Outcome<unknown>>, onRemoved?: () => void) {
  const [mode, setMode] = useState<RecordItemMode>('view');
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<FocusTarget>(null);

  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'edit') editButton.current?.focus();
    else if (target === 'remove') removeButton.current?.focus();
    else if (target === 'keep') keepButton.current?.focus();
  }, [mode]);

  /** Shows `next`, then moves focus to the button named by `focus` once it is on screen. */
  function show(next: RecordItemMode, focus: FocusTarget) {
    focusNext.current = focus;
    setRemoveError(null);
    setMode(next);
  }

  async function confirmRemove() {
    if (removing) return;
    setRemoving(true);
    const outcome = await remove();
    setRemoving(false);
    if (outcome.ok) onRemoved?.();
    else setRemoveError(outcome.error);
  }

  return { mode, show, removeError, removing, confirmRemove, editButton, removeButton, keepButton };
}
