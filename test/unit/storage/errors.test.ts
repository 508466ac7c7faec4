import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../core/contract/result';
import { DataDirInUseError, saveFailure } from '../../../electron/storage/errors';

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
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure.code).toBe('storage');
    expect(failure.message).toBe(message);
  });

  it('keeps an AppFailure as it is, and names the file being deleted', () => {
    const original = new AppFailure('storage', 'already readable');
    expect(saveFailure('x.json', original)).toBe(original);
    expect(saveFailure('workshops/a.json', errno('EIO'), 'delete').message).toMatch(/^Could not delete workshops\/a\.json: the drive reported an error/);
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
