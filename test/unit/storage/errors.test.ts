import { describe, expect, it } from 'vitest';
import { changeFailure, DataDirInUseError, saveFailure, StorageError } from '../../../electron/storage/errors';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something`), { code });
}

describe('saveFailure', () => {
  it.each([
    ['ENOSPC', 'disk-full'],
    ['EROFS', 'read-only'],
    ['EACCES', 'not-allowed'],
    ['EPERM', 'not-allowed'],
    ['EDQUOT', 'quota'],
    ['ENOENT', 'missing'],
    ['EIO', 'drive-error'],
    ['EMFILE', 'too-many-files'],
    ['EBUSY', 'in-use'],
    ['EWEIRD', 'unexpected'],
  ])('%s', (code, drive) => {
    const failure = saveFailure('settings.json', errno(code));
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure.kind).toBe('write-failed');
    expect(failure.path).toBe('settings.json');
    expect(failure.reason).toEqual({ code: 'save-failed', params: { file: 'settings.json', drive } });
  });

  it('keeps a StorageError as it is, and names the file being deleted', () => {
    const original = new StorageError('write-failed', { code: 'data-closed', params: { file: 'x.json' } });
    expect(saveFailure('x.json', original)).toBe(original);
    expect(saveFailure('workshops/a.json', errno('EIO'), 'delete').reason).toEqual({
      code: 'delete-failed',
      params: { file: 'workshops/a.json', drive: 'drive-error' },
    });
  });
});

describe('changeFailure', () => {
  it('passes on an error of the caller’s own class and wraps a built-in one', () => {
    class Refusal extends Error {}
    const refusal = new Refusal('That facilitator no longer exists.');
    expect(changeFailure('settings.json', refusal)).toBe(refusal);
    const slip = changeFailure('settings.json', new TypeError('Cannot add property 1, object is not extensible'));
    expect(slip).toBeInstanceOf(StorageError);
    expect(slip).toMatchObject({ kind: 'change-failed', reason: { code: 'change-failed', params: { file: 'settings.json' } } });
  });
});

describe('DataDirInUseError', () => {
  it('carries the pid and says what to do', () => {
    const error = new DataDirInUseError(4242, '/data');
    expect(error).toBeInstanceOf(Error);
    expect(error.pid).toBe(4242);
    expect(error.message).toBe('The data folder /data is already open in another copy of the app (process 4242). Close the other copy, then try again.');
  });
});
