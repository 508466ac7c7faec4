import { safeStorage } from 'electron';
import type { Keychain } from '../services';

/**
 * The computer's keychain through Electron's safeStorage (its async API). On Linux, a desktop
 * without a secret service falls back to `basic_text`, which seals with a fixed, public password:
 * no protection at all, so the app does not use it and tells the user why.
 */
export const systemKeychain: Keychain = {
  async availability() {
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return { usable: false, problem: 'basic-text' };
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return { usable: false, problem: 'unavailable' };
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform === 'darwin' ? 'keychain' : 'dpapi';
    return { usable: true, backend };
  },
  seal: (secret) => safeStorage.encryptStringAsync(secret),
  open: async (sealed) => (await safeStorage.decryptStringAsync(Buffer.from(sealed))).result,
};
