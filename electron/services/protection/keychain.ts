import type { KeychainProblem } from '../../../core/contract/protection';

/** The computer's keychain (Electron's safeStorage in the app; a stand-in in tests). */
export interface Keychain {
  /** Whether it really protects a secret; Linux's `basic_text` store does not, so it is not used there. */
  availability(): Promise<{ usable: true; backend: string } | { usable: false; problem: KeychainProblem }>;
  /** Seals the data key (its bytes; no text copy of it is kept by the session). */
  seal(key: Uint8Array): Promise<Uint8Array>;
  /** The data key's bytes, from what `seal` returned. */
  open(sealed: Uint8Array): Promise<Uint8Array>;
}

/** No keychain at all (the e2e tests' browser, or a computer without one). */
export const noKeychain: Keychain = {
  availability: async () => ({ usable: false, problem: 'unavailable' }),
  seal: async () => {
    throw new Error('There is no keychain on this computer.');
  },
  open: async () => {
    throw new Error('There is no keychain on this computer.');
  },
};
