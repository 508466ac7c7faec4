/**
 * The app's session over one data folder: whether the data is protected, locked or open, and the
 * one door every call goes through. While locked, only the protection channels answer; the data
 * store is closed and the data key forgotten. During a youth-screen handover (surveys/handover.ts)
 * only that screen's calls answer.
 */
import { channelNames, isChannelName, type ChannelName } from '../../../core/contract/contract';
import type { ProtectionStatus, RecoveryKeyShown, SetUpResult } from '../../../core/contract/protection';
import { AppFailure, type Message } from '../../../core/contract/result';
import { languageOfLocales } from '../../../core/domain/languages';
import {
  backUpBeforeProtecting,
  formatRecoveryKey,
  holdsData,
  isAuthentic,
  keyMemory,
  newDataKey,
  newRecoveryKey,
  openDataDir,
  parseRecoveryKey,
  passphraseWrap,
  plainFiles,
  ProtectedWithoutKeyError,
  readKeyring,
  recoveryWrap,
  removeKeyring,
  resealDataFolder,
  sealedFiles,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeKeyring,
  WrongSecretError,
  KEYRING_FILE,
  PASSPHRASE_COST,
  type DataStore,
  type FileCodec,
  type Keyring,
  type KeyringFields,
} from '../../storage';
import { openDataServices, type AppEnvironment, type OpenDataServices } from '../dataHandlers';
import { createDispatcher, type Dispatch } from '../dispatcher';
import type { DataHandlers, Handlers } from '../handlers';
import type { Keychain } from './keychain';
import { createHandoverDoor, HANDOVER_CODE_COST } from '../surveys/handover';
import { createSurveyService, type SurveyService } from '../surveys/surveyService';
import { systemClock } from '../planning/clock';
import { createCurriculumService } from '../curriculumService';

export interface AppSessionOptions {
  dir: string;
  environment: AppEnvironment;
  keychain: Keychain;
  now?: () => Date;
  /** scrypt's cost (log2 N); tests pass a small one. */
  passphraseCost?: number;
  /** Called once the data is locked: the app closes what could still show it (the projector window). */
  onLocked?: () => void;
  /** The computer's preferred languages, most preferred first (e.g. ["es-MX", "en-US"]): a new data folder speaks the first the app knows. */
  systemLanguages?: readonly string[];
}

export interface AppSession {
  dispatch: Dispatch;
  /** The open data store, when the data is open. */
  store(): DataStore | undefined;
  /** Waits for pending writes and closes the data. */
  close(): Promise<void>;
  /** After sleep or a network change (powerMonitor 'resume'): the program hub is tried again at once. */
  wake(): void;
}

const LOCKED: Message = { code: 'locked' };

/** The recovery key as the user is shown it (once); its bytes are wiped. */
function shownOnce(recoveryKey: Buffer): string {
  const text = formatRecoveryKey(recoveryKey);
  recoveryKey.fill(0);
  return text;
}

type UnlockInput = ({ passphrase: string } | { recoveryKey: string } | { keychain: true }) & { finishInterrupted?: true };

type Phase =
  | { kind: 'first-start' }
  | { kind: 'unprotected'; store: DataStore }
  | { kind: 'locked'; keyring?: Keyring; problem?: Message }
  | { kind: 'unlocked'; store: DataStore; keyring: Keyring; dataKey: Buffer };

export async function createAppSession(options: AppSessionOptions): Promise<AppSession> {
  const { dir, environment, keychain } = options;
  const now = options.now ?? (() => new Date());
  const cost = options.passphraseCost ?? PASSPHRASE_COST;
  const language = languageOfLocales(options.systemLanguages ?? []);
  let phase: Phase = await startingPhase();
  let services: OpenDataServices | undefined = phase.kind === 'unprotected' ? openDataServices(phase.store, environment) : undefined;
  /**
   * The keychain opens the data at app start only: once it has been locked in use, someone at the
   * computer must show they know the passphrase or hold the recovery key.
   */
  let keychainMayUnlock = true;

  async function open(codec: FileCodec): Promise<DataStore> {
    return openDataDir({ dir, now, codec, language });
  }

  async function startingPhase(): Promise<Phase> {
    const found = await readKeyring(dir);
    if (found.state === 'found') return { kind: 'locked', keyring: found.keyring };
    if (found.state === 'damaged') {
      return {
        kind: 'locked',
        problem: { code: 'key-file-damaged', params: { file: KEYRING_FILE } },
      };
    }
    if (!(await holdsData(dir))) return { kind: 'first-start' };
    try {
      return { kind: 'unprotected', store: await open(plainFiles) };
    } catch (error) {
      if (error instanceof ProtectedWithoutKeyError) return { kind: 'locked', problem: error.reason };
      throw error;
    }
  }

  async function status(): Promise<ProtectionStatus> {
    const availability = await keychain.availability();
    const keyring = phase.kind === 'locked' || phase.kind === 'unlocked' ? phase.keyring : undefined;
    const view: ProtectionStatus = {
      state: phase.kind,
      keychain: {
        usable: availability.usable,
        inUse: Boolean(availability.usable && keyring?.keychain),
        unlocksNow: Boolean(availability.usable && keyring?.keychain && keychainMayUnlock),
        ...(availability.usable ? {} : { problem: availability.problem }),
      },
    };
    if (phase.kind === 'locked' && phase.problem) view.problem = phase.problem;
    return view;
  }

  function unlocked(): Extract<Phase, { kind: 'unlocked' }> {
    if (phase.kind !== 'unlocked') throw new AppFailure('locked', LOCKED);
    return phase;
  }

  async function keychainWrap(dataKey: Buffer): Promise<Keyring['keychain']> {
    const availability = await keychain.availability();
    if (!availability.usable) return undefined;
    return { backend: availability.backend, sealedKey: Buffer.from(await keychain.seal(dataKey)).toString('base64') };
  }

  async function newKeyring(dataKey: Buffer, passphrase: string, useKeychain: boolean, state: Keyring['state']) {
    const recoveryKey = newRecoveryKey();
    const keyring: KeyringFields = {
      schemaVersion: 1,
      state,
      passphrase: await passphraseWrap(dataKey, passphrase, cost),
      recovery: await recoveryWrap(dataKey, recoveryKey),
    };
    const sealedByKeychain = useKeychain ? await keychainWrap(dataKey) : undefined;
    if (sealedByKeychain) keyring.keychain = sealedByKeychain;
    return { keyring, recoveryKey: shownOnce(recoveryKey) };
  }

  /**
   * Opens the data under the key and finishes a turning on or off that was interrupted. The second
   * backup folder's copies are resealed too (when turning on was interrupted, the folder is read
   * from the settings once they open).
   */
  async function openUnlocked(keyring: Keyring, dataKey: Buffer, secondFolder?: string): Promise<void> {
    if (keyring.state === 'unsealing') {
      await resealDataFolder(
        dir,
        secondFolder,
        sealedFiles(dataKey, () => true),
        plainFiles,
      );
      await removeKeyring(dir);
      dataKey.fill(0);
      const store = await open(plainFiles);
      phase = { kind: 'unprotected', store };
      services = openDataServices(store, environment);
      return;
    }
    if (keyring.state === 'sealing') await resealDataFolder(dir, secondFolder, plainFiles, sealedFiles(dataKey));
    const store = await open(sealedFiles(dataKey));
    if (keyring.state === 'sealing') {
      // A second folder that could not be reached keeps plain copies: remembered, and sealed when it is back.
      await store.sealSecondFolderCopies(secondFolder ?? store.settings.get().backups.secondFolder);
      keyring = await writeKeyring(dir, { ...keyring, state: 'sealed' }, dataKey);
    }
    phase = { kind: 'unlocked', store, keyring, dataKey };
    services = openDataServices(store, environment);
  }

  async function closeData(): Promise<void> {
    const closing = services;
    services = undefined;
    await closing?.close();
    if (phase.kind === 'unlocked' || phase.kind === 'unprotected') await phase.store.close();
  }

  /** Closes the data, then wipes the key (pending writes still needed it) and forgets it. */
  async function lockData(): Promise<void> {
    if (phase.kind !== 'unlocked') return;
    handover.end();
    const { keyring, dataKey } = phase;
    await closeData();
    dataKey.fill(0);
    phase = { kind: 'locked', keyring };
  }

  /** The data key the unlocking input stands for (a wrong one is refused at its field). */
  async function keyFrom(keyring: Keyring, input: UnlockInput): Promise<Buffer> {
    if ('passphrase' in input) return verify(keyring, input.passphrase);
    if ('recoveryKey' in input) return verifyRecoveryKey(keyring, input.recoveryKey);
    if (!keychainMayUnlock) throw new AppFailure('invalid-input', { code: 'keychain-after-lock' });
    if (!keyring.keychain) throw new AppFailure('invalid-input', { code: 'keychain-no-key' });
    try {
      return keyMemory(await keychain.open(Buffer.from(keyring.keychain.sealedKey, 'base64')));
    } catch {
      throw new AppFailure('invalid-input', { code: 'keychain-failed' });
    }
  }

  /** The data key, from the passphrase; a wrong one is reported at the field `path`. */
  async function verify(keyring: Keyring, passphrase: string, path = 'passphrase'): Promise<Buffer> {
    try {
      return await unwrapWithPassphrase(keyring, passphrase);
    } catch (error) {
      if (error instanceof WrongSecretError) throw new AppFailure('invalid-input', { code: 'wrong-passphrase' }, [{ path, rule: 'does-not-unlock' }]);
      throw error;
    }
  }

  /** The data key, from the recovery key as typed (case, spaces and dashes forgiven). */
  async function verifyRecoveryKey(keyring: Keyring, typed: string): Promise<Buffer> {
    const parsed = parseRecoveryKey(typed);
    if (!parsed) throw new AppFailure('invalid-input', { code: 'not-a-recovery-key' }, [{ path: 'recoveryKey', rule: 'not-a-recovery-key' }]);
    try {
      return await unwrapWithRecoveryKey(keyring, parsed);
    } catch (error) {
      if (error instanceof WrongSecretError)
        throw new AppFailure('invalid-input', { code: 'wrong-recovery-key' }, [{ path: 'recoveryKey', rule: 'does-not-unlock' }]);
      throw error;
    } finally {
      parsed.fill(0);
    }
  }

  const protection = {
    'protection.status': status,

    async 'protection.setUp'(input: { protect: true; passphrase: string; useKeychain: boolean } | { protect: false }): Promise<SetUpResult> {
      if (phase.kind !== 'first-start') throw new AppFailure('invalid-input', { code: 'already-set-up' });
      if (!input.protect) {
        const store = await open(plainFiles);
        phase = { kind: 'unprotected', store };
        services = openDataServices(store, environment);
        return { status: await status() };
      }
      const dataKey = newDataKey();
      const { keyring, recoveryKey } = await newKeyring(dataKey, input.passphrase, input.useKeychain, 'sealed');
      // The key file first: data sealed without it could never be opened.
      await openUnlocked(await writeKeyring(dir, keyring, dataKey), dataKey);
      return { status: await status(), recoveryKey };
    },

    /**
     * The key file is checked against the key before anything is written. A turning on or off that
     * was interrupted is finished only once the user, told what it will do, asks for it.
     */
    async 'protection.unlock'(input: UnlockInput): Promise<ProtectionStatus> {
      if (phase.kind !== 'locked') return status();
      const keyring = phase.keyring;
      if (!keyring) throw new AppFailure('locked', phase.problem ?? LOCKED);
      const dataKey = await keyFrom(keyring, input);
      // A key file from before key files were authenticated has no MAC. Nothing in it can then be
      // trusted but what the secret just proved (it unwrapped the key), so it gets no more than any
      // key file: a steady one opens, and an interrupted one waits for the user to agree.
      const fromBeforeAuthentication = keyring.mac === undefined;
      if (!fromBeforeAuthentication && !isAuthentic(keyring, dataKey)) {
        dataKey.fill(0);
        throw new AppFailure('invalid-input', { code: 'key-file-changed', params: { file: KEYRING_FILE } });
      }
      if (keyring.state !== 'sealed' && input.finishInterrupted !== true) {
        dataKey.fill(0);
        return { ...(await status()), interrupted: keyring.state };
      }
      await openUnlocked(fromBeforeAuthentication ? await writeKeyring(dir, keyring, dataKey) : keyring, dataKey);
      return status();
    },

    async 'protection.lock'(): Promise<ProtectionStatus> {
      if (phase.kind !== 'unlocked') return status();
      await lockData();
      keychainMayUnlock = false;
      options.onLocked?.();
      return status();
    },

    async 'protection.turnOn'(input: { passphrase: string; useKeychain: boolean }): Promise<RecoveryKeyShown> {
      if (phase.kind !== 'unprotected') throw new AppFailure('invalid-input', { code: 'already-protected' });
      const dataKey = newDataKey();
      const { keyring, recoveryKey } = await newKeyring(dataKey, input.passphrase, input.useKeychain, 'sealing');
      const { secondFolder } = phase.store.settings.get().backups;
      await closeData();
      // A safety copy as the data was; it is sealed with everything else just below.
      await backUpBeforeProtecting(dir, now());
      await openUnlocked(await writeKeyring(dir, keyring, dataKey), dataKey, secondFolder);
      return { status: await status(), recoveryKey };
    },

    async 'protection.turnOff'(input: { passphrase: string }): Promise<ProtectionStatus> {
      const current = unlocked();
      const dataKey = await verify(current.keyring, input.passphrase);
      const { secondFolder } = current.store.settings.get().backups;
      await lockData();
      await openUnlocked(await writeKeyring(dir, { ...current.keyring, state: 'unsealing' }, dataKey), dataKey, secondFolder);
      return status();
    },

    /** With the current passphrase, or with the recovery key when it is forgotten. */
    async 'protection.changePassphrase'(input: { current: string; next: string } | { recoveryKey: string; next: string }): Promise<ProtectionStatus> {
      const current = unlocked();
      const proof = 'current' in input ? await verify(current.keyring, input.current, 'current') : await verifyRecoveryKey(current.keyring, input.recoveryKey);
      proof.fill(0);
      const keyring = await writeKeyring(dir, { ...current.keyring, passphrase: await passphraseWrap(current.dataKey, input.next, cost) }, current.dataKey);
      phase = { ...current, keyring };
      return status();
    },

    async 'protection.newRecoveryKey'(input: { passphrase: string }): Promise<RecoveryKeyShown> {
      const current = unlocked();
      (await verify(current.keyring, input.passphrase)).fill(0);
      const recoveryKey = newRecoveryKey();
      const keyring = await writeKeyring(dir, { ...current.keyring, recovery: await recoveryWrap(current.dataKey, recoveryKey) }, current.dataKey);
      phase = { ...current, keyring };
      return { status: await status(), recoveryKey: shownOnce(recoveryKey) };
    },

    async 'protection.useKeychain'(input: { on: boolean }): Promise<ProtectionStatus> {
      const current = unlocked();
      const { keychain: _dropped, ...rest } = current.keyring;
      const sealedByKeychain = input.on ? await keychainWrap(current.dataKey) : undefined;
      if (input.on && !sealedByKeychain) throw new AppFailure('invalid-input', { code: 'no-keychain' });
      const keyring = await writeKeyring(dir, sealedByKeychain ? { ...rest, keychain: sealedByKeychain } : rest, current.dataKey);
      phase = { ...current, keyring };
      return status();
    },
  };

  /** The survey service the youth screen uses, made once for each opening of the data. */
  let handoverSurveys: { store: DataStore; service: SurveyService } | undefined;
  function surveysOfOpenData(): SurveyService | undefined {
    if (!services || (phase.kind !== 'unlocked' && phase.kind !== 'unprotected')) return undefined;
    const { store } = phase;
    if (handoverSurveys?.store !== store) {
      const curricula = createCurriculumService({ repository: store.curricula, shipped: environment.shippedModules, host: environment.host });
      handoverSurveys = { store, service: createSurveyService({ store, clock: environment.clock ?? systemClock, translations: curricula.translations }) };
    }
    return handoverSurveys.service;
  }

  const handover = createHandoverDoor({
    surveys: surveysOfOpenData,
    isProtected: () => phase.kind === 'unlocked',
    lock: () => protection['protection.lock'](),
    now,
    codeCost: Math.min(cost, HANDOVER_CODE_COST),
  });

  const gate = Object.fromEntries(channelNames.map((name: ChannelName) => [name, answererOf(name)])) as unknown as Handlers;

  function answererOf(name: ChannelName): (input: unknown) => unknown {
    if (name in protection) return protection[name as keyof typeof protection] as (input: unknown) => unknown;
    if (name in handover.handlers) return handover.handlers[name as keyof typeof handover.handlers] as (input: unknown) => unknown;
    return (input: unknown) => {
      if (!services) throw new AppFailure('locked', phase.kind === 'locked' && phase.problem ? phase.problem : LOCKED);
      const handler = services.handlers[name as keyof DataHandlers] as (value: unknown) => unknown;
      return handler(input);
    };
  }

  const dispatchOpen = createDispatcher(gate);
  /** During a youth-screen handover, every call it does not allow is refused before its input is even read. */
  const dispatch: Dispatch = async (channel, input) => {
    const refusal = isChannelName(channel) ? handover.refusal(channel) : undefined;
    return refusal ? { ok: false, error: refusal.toAppError() } : dispatchOpen(channel, input);
  };

  return {
    dispatch,
    store: () => (phase.kind === 'unlocked' || phase.kind === 'unprotected' ? phase.store : undefined),
    wake: () => services?.wake(),
    async close() {
      await closeData();
      if (phase.kind === 'unlocked') phase.dataKey.fill(0);
    },
  };
}
