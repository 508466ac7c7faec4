import { AppFailure, type ErrorCode } from '../../core/contract/result';
import { StorageError, type StorageErrorKind } from '../storage';

/** The contract's code for each way storage can fail: the one place storage's errors meet the contract. */
const codeOfKind: Record<StorageErrorKind, ErrorCode> = {
  'write-failed': 'storage',
  'read-failed': 'storage',
  'invalid-data': 'storage',
  'change-failed': 'storage',
  'newer-version': 'storage',
  closed: 'storage',
  busy: 'storage',
  'restore-stuck': 'storage',
  'not-found': 'not-found',
  'unusable-backup': 'invalid-input',
  'key-missing': 'locked',
  'foreign-key': 'locked',
  'identity-changed': 'internal',
};

/** A storage failure as the renderer is told it: the same reason and issues, under the contract's code. */
export function storageFailure(error: StorageError): AppFailure {
  return new AppFailure(codeOfKind[error.kind], error.reason, error.issues);
}

/** `error` as an AppFailure when it is one or a storage failure; undefined for anything unexpected. */
export function asAppFailure(error: unknown): AppFailure | undefined {
  if (error instanceof AppFailure) return error;
  if (error instanceof StorageError) return storageFailure(error);
  return undefined;
}
