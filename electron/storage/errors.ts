import { describeIssues, type InputIssue } from '../../core/domain/issues';

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

/** A failure of the data folder: what kind, which file (relative to the data folder, when known), and why in words. */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  readonly path: string | undefined;
  readonly issues: InputIssue[] | undefined;

  constructor(kind: StorageErrorKind, message: string, details: { path?: string; issues?: InputIssue[]; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'StorageError';
    this.kind = kind;
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

/** Plain words for what went wrong on the drive; `verb` is 'write to' or 'read'. */
function plainReason(error: unknown, verb: 'write to' | 'read'): string {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your storage quota on this disk is used up';
    case 'EROFS':
      return 'the data folder is on a read-only drive';
    case 'EACCES':
    case 'EPERM':
      return `the app is not allowed to ${verb} the data folder`;
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the data folder is missing or was moved';
    case 'EIO':
      return 'the drive reported an error (it may be failing or was disconnected)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open; close some programs and try again';
    case 'EBUSY':
      return 'the file is in use by another program';
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return code ? `an unexpected error occurred (${code})` : `an unexpected error occurred (${detail})`;
    }
  }
}

export function saveFailure(file: string, error: unknown, action: 'save' | 'delete' = 'save'): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError('write-failed', `Could not ${action} ${file}: ${plainReason(error, 'write to')}. Nothing was changed.`, { path: file, cause: error });
}

export function invalidDataFailure(file: string, issues: InputIssue[]): StorageError {
  return new StorageError('invalid-data', `Could not save ${file}: the data is not valid (${describeIssues(issues)}). Nothing was changed.`, {
    path: file,
    issues,
  });
}

export function readFailure(file: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError('read-failed', `Could not read ${file}: ${plainReason(error, 'read')}.`, { path: file, cause: error });
}

export function openFailure(dir: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError('read-failed', `Could not open the data folder ${dir}: ${plainReason(error, 'write to')}.`, { path: dir, cause: error });
}

export function newerVersionFailure(file: string, found: number, known: number): StorageError {
  return new StorageError(
    'newer-version',
    `${file} was written by a newer version of the app (data version ${found}; this version knows up to ${known}). ` +
      'Install the newer version to open this data folder. Nothing was changed.',
    { path: file },
  );
}

/**
 * What `update` rejects with when its `change` throws. A caller's own error (any class of its own,
 * such as a service's refusal) is passed on as it is; a built-in error (a TypeError from changing the
 * frozen state, say) is a slip in the change and becomes a storage failure that says nothing was changed.
 */
export function changeFailure(file: string, error: unknown): unknown {
  if (error instanceof Error && !builtInErrors.has(Object.getPrototypeOf(error))) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('change-failed', `Could not save ${file}: the change could not be made (${detail}). Nothing was changed.`, {
    path: file,
    cause: error,
  });
}

const builtInErrors = new Set<unknown>([Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError].map((type) => type.prototype));

export function notFound(message: string): StorageError {
  return new StorageError('not-found', message);
}

/** The data folder holds protected files but is being opened without the key: its key file is missing. */
export class ProtectedWithoutKeyError extends StorageError {
  constructor(dir: string) {
    super(
      'key-missing',
      `The data in ${dir} is protected, but its key file (keyring.json) is missing, so it cannot be opened. Nothing has been changed. ` +
        'Put keyring.json back from a copy of the data folder (a backup drive, for example) and start the app again.',
      { path: dir },
    );
    this.name = 'ProtectedWithoutKeyError';
  }
}

/** Not one protected file opens with the key given: the key file belongs to other data. */
export class ForeignKeyError extends StorageError {
  constructor(dir: string) {
    super(
      'foreign-key',
      `None of the protected files in ${dir} opens with this key: the key file (keyring.json) seems to belong to other data. Nothing has been changed.`,
      { path: dir },
    );
    this.name = 'ForeignKeyError';
  }
}
