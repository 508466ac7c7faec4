import { AppFailure, describeIssues, type InputIssue } from '../../core/contract/result';

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

export function saveFailure(file: string, error: unknown, action: 'save' | 'delete' = 'save'): AppFailure {
  if (error instanceof AppFailure) return error;
  return new AppFailure('storage', `Could not ${action} ${file}: ${plainReason(error, 'write to')}. Nothing was changed.`);
}

export function invalidDataFailure(file: string, issues: InputIssue[]): AppFailure {
  return new AppFailure('storage', `Could not save ${file}: the data is not valid (${describeIssues(issues)}). Nothing was changed.`, issues);
}

export function readFailure(file: string, error: unknown): AppFailure {
  if (error instanceof AppFailure) return error;
  return new AppFailure('storage', `Could not read ${file}: ${plainReason(error, 'read')}.`);
}

export function openFailure(dir: string, error: unknown): AppFailure {
  if (error instanceof AppFailure) return error;
  return new AppFailure('storage', `Could not open the data folder ${dir}: ${plainReason(error, 'write to')}.`);
}

export function newerVersionFailure(file: string, found: number, known: number): AppFailure {
  return new AppFailure(
    'storage',
    `${file} was written by a newer version of the app (data version ${found}; this version knows up to ${known}). ` +
      'Install the newer version to open this data folder. Nothing was changed.',
  );
}

/** The data folder holds protected files but is being opened without the key: its key file is missing. */
export class ProtectedWithoutKeyError extends AppFailure {
  constructor(dir: string) {
    super(
      'locked',
      `The data in ${dir} is protected, but its key file (keyring.json) is missing, so it cannot be opened. Nothing has been changed. ` +
        'Put keyring.json back from a copy of the data folder (a backup drive, for example) and start the app again.',
    );
    this.name = 'ProtectedWithoutKeyError';
  }
}

/** Not one protected file opens with the key given: the key file belongs to other data. */
export class ForeignKeyError extends AppFailure {
  constructor(dir: string) {
    super(
      'locked',
      `None of the protected files in ${dir} opens with this key: the key file (keyring.json) seems to belong to other data. Nothing has been changed.`,
    );
    this.name = 'ForeignKeyError';
  }
}
