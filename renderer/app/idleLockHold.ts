import { useEffect, useSyncExternalStore } from 'react';

/**
 * Holds on the idle lock: while a session runs, ten minutes without touching the laptop is normal
 * (an activity, a video), so the idle lock waits until the session ends. Locking on demand, and
 * when the computer sleeps or its screen locks (main's power monitor), is not held.
 */
let holds = 0;
const listeners = new Set<() => void>();

function change(by: number): void {
  holds += by;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Holds the idle lock while `active` (and the component is shown). */
export function useHoldIdleLock(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    change(1);
    return () => change(-1);
  }, [active]);
}

/** Whether something holds the idle lock now. */
export function useIdleLockHeld(): boolean {
  return useSyncExternalStore(subscribe, () => holds > 0);
}
