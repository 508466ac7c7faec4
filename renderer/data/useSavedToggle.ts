import { useState } from 'react';
import { useSaveStatus } from './useSaveStatus';

/**
 * A yes/no setting saved as soon as it changes: the box shows the new value while it is saved and
 * the saved one again if that fails (the status says it was not saved).
 */
export function useSavedToggle<T>(saved: boolean, save: (value: boolean) => Promise<T>) {
  const status = useSaveStatus();
  const [pending, setPending] = useState<boolean | null>(null);

  async function change(value: boolean) {
    setPending(value);
    const outcome = await status.run(() => save(value));
    setPending(null);
    return outcome;
  }

  return { checked: pending ?? saved, change, status };
}
