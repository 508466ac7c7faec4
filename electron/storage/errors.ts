import type { FieldIssue } from '../../core/domain/issues';
import type { DriveProblem, Message } from '../../core/domain/messages';

/**
 * What storage can fail at. Services map each kind to the contract's failure code in one place
 * (electron/services/storageFailure.ts); storage itself knows nothing of the contract.
 */
export type StorageErrorKind =
  /** A file could not be written or deleted (a full disk, a read-only drive, no permission...). */
  | 'write-failed'
  /** A file or the data folder could not be read or opened. */
  | 'read-failed'
  /** What was to be saved does not match its schema (`issues` says where). */
  | 'invalid-data'
  /** The change given to `update` failed in its own code (it tried to modify the frozen state, say). */
  | 'change-failed'
  /** The file was written by a newer version of the app. */
  | 'newer-version'
  /** The data folder is closed (locked, or the app is quitting). */
  | 'closed'
  /** Saving is paused while a restore runs, or the lock keeps being taken. */
  | 'busy'
  /** A restore stopped half-way and the data could not be put back. */
  | 'restore-stuck'
  /** The record asked for does not exist (a workshop, the second backup folder). */
  | 'not-found'
  /** A backup generation that does not read back whole, so it is not restored. */
  | 'unusable-backup'
  /** Protected data opened without its key file. */
  | 'key-missing'
  /** The key file does not open any protected file. */
  | 'foreign-key'
  /** A change tried to alter what identifies a record (a workshop's id). */
  | 'identity-changed';

/** A failure of the data folder: what kind, which file (relative to the data folder, when known), and what went wrong as data. */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  readonly reason: Message;
  readonly path: string | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(kind: StorageErrorKind, reason: Message, details: { path?: string; issues?: FieldIssue[]; cause?: unknown } = {}) {
    // The code and file in the developer's stack trace; people are shown the reason, worded by the renderer.
    super(details.path === undefined ? reason.code : `${reason.code}: ${details.path}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.reason = reason;
    this.path = details.path;
    this.issues = details.issues;
  }
}

export class DataDirInUseError extends Error {
  readonly pid: number;

  constructor(pid: number, dir: string) {
    super(`The data folder ${dir} is already open in another copy of the app (process ${pid}). ` + 'Close the other copy, then try again.');
    this.name = 'DataDirInUseError';
    this.pid = pid;
  }
}

export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** What went wrong on the drive, from the error's errno code. */
export function driveProblemOf(error: unknown): DriveProblem {
  switch (errnoCode(error)) {
    case 'ENOSPC':
      return 'disk-full';
    case 'EDQUOT':
      return 'quota';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'not-allowed';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing';
    case 'EIO':
      return 'drive-error';
    case 'EMFILE':
    case 'ENFILE':
      return 'too-many-files';
    case 'EBUSY':
      return 'in-use';
    default:
      return 'unexpected';
  }
}

export function saveFailure(file: string, error: unknown, action: 'save' | 'delete' = 'save'): StorageError {
  if (error instanceof StorageError) return error;
  const drive = driveProblemOf(error);
  const reason: Message = action === 'save' ? { code: 'save-failed', params: { file, drive } } : { code: 'delete-failed', params: { file, drive } };
  return new StorageError('write-failed', reason, { path: file, cause: error });
}

/** A backup of the data that could not be made. */
export function backupFailure(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError('write-failed', { code: 'backup-failed', params: { drive: driveProblemOf(error) } }, { cause: error });
}

export function invalidDataFailure(file: string, issues: FieldIssue[]): StorageError {
  return new StorageError('invalid-data', { code: 'data-invalid', params: { file } }, { path: file, issues });
}

export function readFailure(file: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError('read-failed', { code: 'read-failed', params: { file, drive: driveProblemOf(error) } }, { path: file, cause: error });
}

export function openFailure(dir: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError('read-failed', { code: 'open-failed', params: { dir, drive: driveProblemOf(error) } }, { path: dir, cause: error });
}

export function newerVersionFailure(file: string, found: number, known: number): StorageError {
  return new StorageError('newer-version', { code: 'newer-version', params: { file, found, known } }, { path: file });
}

/**
 * What `update` rejects with when its `change` throws. A caller's own error (any class of its own,
 * such as a service's refusal) is passed on as it is; a built-in error (a TypeError from changing the
 * frozen state, say) is a slip in the change and becomes a storage failure that says nothing was changed.
 */
export function changeFailure(file: string, error: unknown): unknown {
  if (error instanceof Error && !builtInErrors.has(Object.getPrototypeOf(error))) return error;
  return new StorageError('change-failed', { code: 'change-failed', params: { file } }, { path: file, cause: error });
}

const builtInErrors = new Set<unknown>([Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError].map((type) => type.prototype));

export function notFound(reason: Message): StorageError {
  return new StorageError('not-found', reason);
}

/** The data folder holds protected files but is being opened without the key: its key file is missing. */
export class ProtectedWithoutKeyError extends StorageError {
  constructor(dir: string) {
    super('key-missing', { code: 'key-missing', params: { dir } }, { path: dir });
    this.name = 'ProtectedWithoutKeyError';
  }
}

/** Not one protected file opens with the key given: the key file belongs to other data. */
export class ForeignKeyError extends StorageError {
  constructor(dir: string) {
    super('foreign-key', { code: 'foreign-key', params: { dir } }, { path: dir });
    this.name = 'ForeignKeyError';
  }
}
