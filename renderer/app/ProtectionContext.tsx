import { createContext, useContext } from 'react';
import type { ProtectionStatus } from '../../core/contract/protection';

export interface ProtectionStore {
  status: ProtectionStatus;
  setStatus(status: ProtectionStatus): void;
  /** Locks the data now: the app's screens go, and the unlock screen takes their place. */
  lock(): Promise<void>;
}

export const ProtectionContext = createContext<ProtectionStore | null>(null);

export function useProtection(): ProtectionStore {
  const store = useContext(ProtectionContext);
  if (!store) throw new Error('useProtection must be used inside the ProtectionGate.');
  return store;
}
