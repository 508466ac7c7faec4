import { describe, expect, it } from 'vitest';
import { changeFailure, DataDirInUseError, saveFailure, StorageError } from '../../../electron/storage/errors';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something`), { code });
}

describe('saveFailure', () => {
  it.each([
    ['ENOSPC', 'Could not save settings.json: the disk is full. Nothing was changed.'],
    ['EROFS', 'Could not save settings.json: the data folder is on a read-only drive. Nothing was changed.'],
    ['EACCES', 'Could not save settings.json: the app is not allowed to write to the data folder. Nothing was changed.'],
    ['EPERM', 'Could not save settings.json: the app is not allowed to write to the data folder. Nothing was changed.'],
    ['EDQUOT', 'Could not save settings.json: your storage quota on this disk is used up. Nothing was changed.'],
    ['EWEIRD', 'Could not save settings.json: an unexpected error occurred (EWEIRD). Nothing was changed.'],
  ])('%s', (code, message) => {
    const failure = saveFailure('settings.json', errno(code));
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure.kind).toBe('write-failed');
    expect(failure.path).toBe('settings.json');
    expect(failure.message).toBe(message);
  });

  it('keeps a StorageError as it is, and names the file being deleted', () => {
    const original = new StorageError('write-failed', 'already readable');
    expect(saveFailure('x.json', original)).toBe(original);
    expect(saveFailure('workshops/a.json', errno('EIO'), 'delete').message).toMatch(/^Could not delete workshops\/a\.json: the drive reported an error/);
  });
});

describe('changeFailure', () => {
  it('passes on an error of the caller’s own class and wraps a built-in one', () => {
    class Refusal extends Error {}
    const refusal = new Refusal('That facilitator no longer exists.');
    expect(changeFailure('settings.json', refusal)).toBe(refusal);
    const slip = changeFailure('settings.json', new TypeError('Cannot add property 1, object is not extensible'));
    expect(slip).toBeInstanceOf(StorageError);
    expect(slip).toMatchObject({
      kind: 'change-failed',
      message: 'Could not save settings.json: the change could not be made (Cannot add property 1, object is not extensible). Nothing was changed.',
    });
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
