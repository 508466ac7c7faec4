import type { Notice } from '../api/appInfo';
import type { ParticipantsFile } from '../domain/participants';
import type { Settings } from '../domain/settings';
import type { Workshop } from '../domain/workshop';
import type { CurriculumRepository } from './curricula';
import type { FileCodec } from './protection/codec';

export interface OpenDataDirOptions {
  dir: string;
  /** The clock; inject one in tests. Defaults to `() => new Date()`. */
  now?: () => Date;
  /** How files are stored: sealed under the data key when protection is on; as they are by default. */
  codec?: FileCodec;
}

/** One JSON document (settings.json, participants.json) held in memory and written durably. */
export interface DocumentRepository<T> {
  /** The committed state: what is on disk. Deeply frozen: change it through `update`. */
  get(): T;
  /**
   * Applies `change` to the current state, validates the result and writes it durably. Updates to one
   * file run one at a time. Rejects with AppFailure('storage') and keeps the old state on any failure
   * (an AppFailure thrown by `change` itself is passed on unchanged).
   */
  update(change: (current: T) => T): Promise<T>;
}

export interface WorkshopRepository {
  list(): Promise<Workshop[]>;
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
  readonly settings: DocumentRepository<Settings>;
  readonly participants: DocumentRepository<ParticipantsFile>;
  readonly workshops: WorkshopRepository;
  /** Modules the user imported (the shipped ones are not stored in the data folder). */
  readonly curricula: CurriculumRepository;
  notices(): Notice[];
  dismissNotice(id: string): void;
  /** Waits for pending writes, then releases the lock. */
  close(): Promise<void>;
}
