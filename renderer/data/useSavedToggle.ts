import { useState } from 'react';
import { useSaveStatus } from './useSaveStatus';

/**
 * A setting saved as soon as it changes: the control shows the new value while it is saved and
 * the saved one again if that fails (the status says it was not saved).
 */
export function useSavedValue<V, T>(saved: V, save: (value: V) => Promise<T>) {
  const status = useSaveStatus();
  const [pending, setPending] = useState<{ value: V } | null>(null);

  async function change(value: V) {
    setPending({ value });
    const outcome = await status.run(() => save(value));
    setPending(null);
    return outcome;
  }

  return { value: pending ? pending.value : saved, change, status };
}

/** A yes/no setting saved as soon as it changes (see useSavedValue). */
export function useSavedToggle<T>(saved: boolean, save: (value: boolean) => Promise<T>) {
  const { value, change, status } = useSavedValue(saved, save);
  return { checked: value, change, status };
}
