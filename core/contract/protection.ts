/** Protection at rest: what its channels take and return. */
import type { Message } from '../domain/messages';
import { z } from 'zod';
import { channel, noInput } from './defineChannel';

/** At least 10 characters: a few words are easier to remember than a short password, and harder to guess. */
export const MIN_PASSPHRASE_LENGTH = 10;

export const passphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, { message: `must be at least ${MIN_PASSPHRASE_LENGTH} characters` })
  .max(200, { message: 'must be at most 200 characters' });

/** Why the computer's keychain is not used for unlocking. */
export type KeychainProblem = 'basic-text' | 'unavailable';

export interface KeychainView {
  /** True where the keychain really protects a secret (not Linux's plain-text fallback). */
  usable: boolean;
  problem?: KeychainProblem;
  /** The keychain unlocks this data (it holds a copy of the key). */
  inUse: boolean;
  /** The keychain may unlock it now: at app start only, never after a lock while in use. */
  unlocksNow: boolean;
}

export type ProtectionState =
  /** Nothing is stored yet: the user chooses whether to protect the data first. */
  'first-start' | 'unprotected' | 'locked' | 'unlocked';

export interface ProtectionStatus {
  state: ProtectionState;
  keychain: KeychainView;
  /** Why the data cannot be opened at all (a missing or damaged key file), worded by the renderer. */
  problem?: Message;
  /**
   * Set by an unlock that found turning protection on ('sealing') or off ('unsealing') interrupted:
   * the data stays locked until the user, told so, unlocks again asking to finish it.
   */
  interrupted?: 'sealing' | 'unsealing';
}

export const setUpSchema = z.discriminatedUnion('protect', [
  z.strictObject({ protect: z.literal(true), passphrase, useKeychain: z.boolean() }),
  z.strictObject({ protect: z.literal(false) }),
]);

/** `finishInterrupted`: the user agreed to finish turning protection on or off, which was interrupted. */
const finishInterrupted = z.literal(true).optional();
export const unlockSchema = z.union([
  z.strictObject({ passphrase: z.string().min(1).max(200), finishInterrupted }),
  z.strictObject({ recoveryKey: z.string().min(1).max(100), finishInterrupted }),
  z.strictObject({ keychain: z.literal(true), finishInterrupted }),
]);

export const turnOnSchema = z.strictObject({ passphrase, useKeychain: z.boolean() });

/** The current passphrase, or the recovery key when the passphrase is forgotten, then the new one. */
export const changePassphraseSchema = z.union([
  z.strictObject({ current: z.string().min(1).max(200), next: passphrase }),
  z.strictObject({ recoveryKey: z.string().min(1).max(100), next: passphrase }),
]);

export const confirmPassphraseSchema = z.strictObject({ passphrase: z.string().min(1).max(200) });

export const useKeychainSchema = z.strictObject({ on: z.boolean() });

/** After the first start's choice: the recovery key when the data is protected (shown once). */
export interface SetUpResult {
  status: ProtectionStatus;
  recoveryKey?: string;
}

/** Shown once: the recovery key, to print or write down and keep apart from the computer. */
export interface RecoveryKeyShown {
  status: ProtectionStatus;
  recoveryKey: string;
}

/** Protection: the passphrase, the recovery key and the keychain. These answer while the data is locked. */
export const protectionChannels = {
  /** Whether the data is protected, locked or open; answers while locked, like every protection channel. */
  'protection.status': channel<ProtectionStatus>()(noInput),
  /** The first start's choice: protect with a passphrase (the recovery key comes back, once), or not. */
  'protection.setUp': channel<SetUpResult>()(setUpSchema),
  'protection.unlock': channel<ProtectionStatus>()(unlockSchema),
  /** Closes the data and forgets its key until it is unlocked again. */
  'protection.lock': channel<ProtectionStatus>()(noInput),
  /** Protects data kept so far unprotected: every file, backups included, is sealed. */
  'protection.turnOn': channel<RecoveryKeyShown>()(turnOnSchema),
  /** Writes every file plain again and removes the key file; asks for the passphrase. */
  'protection.turnOff': channel<ProtectionStatus>()(confirmPassphraseSchema),
  /** Re-wraps the data key under the new passphrase; the data itself is not rewritten. */
  'protection.changePassphrase': channel<ProtectionStatus>()(changePassphraseSchema),
  'protection.newRecoveryKey': channel<RecoveryKeyShown>()(confirmPassphraseSchema),
  'protection.useKeychain': channel<ProtectionStatus>()(useKeychainSchema),
};
