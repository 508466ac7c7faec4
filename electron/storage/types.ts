import type { Notice } from '../../core/domain/notices';
import type { BackupReason, GenerationRef, SecondCopy } from '../../core/domain/backups';
import type { ParticipantsFile } from '../../core/domain/participants';
import type { PendingPrune, Settings } from '../../core/domain/settings';
import type { Workshop } from '../../core/domain/workshop';
import type { WorkshopDigest } from '../../core/domain/workshopDigest';
import type { StoredBackups } from './backupSets';
import type { CurriculumModule } from '../../core/domain/curriculum/schema';
import type { FileCodec } from './protection/codec';
import type { Language } from '../../core/domain/languages';
import type { StorageFileSystem } from './fs/fileSystem';
import type { HubConnectionFile, HubMembershipFile } from './hubMembership';

export interface OpenDataDirOptions {
  dir: string;
  /** The clock; inject one in tests. Defaults to `() => new Date()`. */
  now?: () => Date;
  /** How files are stored: sealed under the data key when protection is on; as they are by default. */
  codec?: FileCodec;
  /** Whose days and weeks the backup keeping rule counts. Defaults to the computer's time zone. */
  timeZone?: string;
  /** The language a new settings file starts in (the computer's, when the app speaks it). Defaults to English. */
  language?: Language;
  /** Where files are read and written; the real file system by default (a test gives one that models power loss). */
  fileSystem?: StorageFileSystem;
}

export interface BackupResult {
  /** The new generation in the data folder's `backups/`. */
  name: string;
  /** Its copy in the second folder; a failed copy is also added to the notices. */
  secondCopy: SecondCopy;
}

export interface RestoreResult {
  /** The generation holding the data as it was just before the restore. */
  safety: string;
}

/** One JSON document (settings.json, participants.json) held in memory and written durably. */
export interface DocumentRepository<T> {
  /** The committed state: what is on disk. Deeply frozen: change it through `update`. */
  get(): T;
  /**
   * Applies `change` to the current state, validates the result and writes it durably. Updates to one
   * file run one at a time. Rejects with a StorageError and keeps the old state on any failure
   * (an error of the caller's own thrown by `change`, such as a service's refusal, is passed on unchanged).
   */
  update(change: (current: T) => T): Promise<T>;
}

export interface WorkshopRepository {
  /**
   * Digests of the workshops, oldest first: of those not archived, or of all of them. Answered from
   * the index without reading workshop files (the archived digests are read on first use).
   */
  summaries(scope?: 'active' | 'all'): Promise<WorkshopDigest[]>;
  /** One whole workshop, read from its file when it is not among the recently used. */
  get(id: string): Promise<Workshop | undefined>;
  save(workshop: Workshop): Promise<Workshop>;
  /**
   * Applies `change` to the committed workshop and saves the result durably, after any pending write
   * to the same workshop, so two changes never overwrite each other. An error thrown by `change`
   * is passed on and nothing is written.
   */
  update(id: string, change: (current: Workshop) => Workshop): Promise<Workshop>;
  remove(id: string): Promise<void>;
}

export interface DataStore {
  readonly dir: string;
  /** The files are sealed under a data key (protection is on): what leaves the computer goes out sealed too. */
  readonly sealed: boolean;
  /** This laptop's membership of a program hub (hub password and program keys), sealed like every data file. */
  readonly hubMembership: HubMembershipFile;
  /** The hub connection saved before a program is made with it (password included), sealed the same way. */
  readonly hubConnection: HubConnectionFile;
  readonly settings: DocumentRepository<Settings>;
  readonly participants: DocumentRepository<ParticipantsFile>;
  readonly workshops: WorkshopRepository;
  /** Modules the user imported (the shipped ones are not stored in the data folder). */
  readonly curricula: CurriculumRepository;
  notices(): Notice[];
  dismissNotice(id: string): void;
  /**
   * Makes a backup generation now, copies it to the second folder of Settings › Backups (if set) and
   * prunes both by the keeping rule. Rejects with a StorageError when the generation cannot be
   * made; a copy that cannot be made (drive unplugged or full) is a notice, never a failure.
   */
  backupNow(reason: BackupReason): Promise<BackupResult>;
  /** The generations in the data folder and the second folder, newest first, each with a preview of what it holds. */
  listBackups(): Promise<StoredBackups>;
  /**
   * Seals the plain backup copies in a second folder (`folder`, or the one settings remember) if
   * it can be reached, or remembers it durably and adds a notice until it is done.
   */
  sealSecondFolderCopies(folder?: string): Promise<void>;
  /**
   * Takes purged records out of every backup generation in both places (`prune` is remembered
   * durably first), except a safety generation not yet expired or a second folder not reachable.
   * Returns the purges still pending.
   */
  pruneFromBackups(prune?: PendingPrune): Promise<PendingPrune[]>;
  /**
   * Checks every file of the generation (refusing a damaged one before anything changes), backs up
   * the data as it is, replaces the data files with the generation's, and reloads settings,
   * participants, workshops and modules from them. Saves made meanwhile are refused.
   */
  restoreBackup(ref: GenerationRef): Promise<RestoreResult>;
  /** Waits for pending writes, then releases the lock. */
  close(): Promise<void>;
  /** False once close() was called (the data was locked or the app is quitting): nothing more may be read out or saved. */
  isOpen(): boolean;
}

/** Closed-store check, shared by the repositories of one data store. */
export type OpenCheck = (file: string) => void;

/** An imported module: its validated content and the exact text of the file it came from. */
export interface StoredModule {
  /** Relative to the data folder, e.g. `curricula/m-<hash>.yaml`. */
  file: string;
  module: CurriculumModule;
  text: string;
}

export interface CurriculumRepository {
  /** Every imported module on disk (an id may have two versions after a crash mid-upgrade). */
  list(): StoredModule[];
  /** Writes the module's file durably, then removes the files of its other versions. */
  add(module: CurriculumModule, text: string): Promise<StoredModule>;
  /** Removes every version of an imported module. */
  remove(id: string): Promise<void>;
}
