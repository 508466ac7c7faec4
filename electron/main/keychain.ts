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
  // safeStorage seals strings only, so the key crosses it as base64 (as key files already hold it);
  // the string lives no longer than this call.
  seal: (key) => safeStorage.encryptStringAsync(Buffer.from(key.buffer, key.byteOffset, key.length).toString('base64')),
  open: async (sealed) => Buffer.from((await safeStorage.decryptStringAsync(Buffer.from(sealed))).result, 'base64'),
};
