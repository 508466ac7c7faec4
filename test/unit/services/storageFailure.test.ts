import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../core/contract/result';
import { createDispatcher, type DataHandlers } from '../../../electron/services';
import { asAppFailure, storageFailure } from '../../../electron/services/storageFailure';
import { ProtectedWithoutKeyError, StorageError, type StorageErrorKind } from '../../../electron/storage';

const diskFull = { code: 'save-failed', params: { file: 'settings.json', drive: 'disk-full' } } as const;

describe('storageFailure', () => {
  it.each<[StorageErrorKind, string]>([
    ['write-failed', 'storage'],
    ['read-failed', 'storage'],
    ['invalid-data', 'storage'],
    ['change-failed', 'storage'],
    ['newer-version', 'storage'],
    ['closed', 'storage'],
    ['busy', 'storage'],
    ['restore-stuck', 'storage'],
    ['not-found', 'not-found'],
    ['unusable-backup', 'invalid-input'],
    ['key-missing', 'locked'],
    ['foreign-key', 'locked'],
    ['identity-changed', 'internal'],
  ])('a %s storage error reaches the renderer as %s, with the same reason', (kind, code) => {
    const failure = storageFailure(new StorageError(kind, diskFull));
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure.toAppError()).toEqual({ code, reason: diskFull });
  });

  it('keeps the issues that say where invalid data is wrong', () => {
    const issues = [{ path: 'facilitators[1].name', rule: 'required' as const }];
    const invalid = new StorageError('invalid-data', { code: 'data-invalid', params: { file: 'settings.json' } }, { issues });
    expect(storageFailure(invalid).issues).toEqual(issues);
  });

  it('maps the storage error subclasses and leaves unexpected errors alone', () => {
    expect(asAppFailure(new ProtectedWithoutKeyError('/data'))?.code).toBe('locked');
    const refusal = new AppFailure('invalid-input', { code: 'purge-off' });
    expect(asAppFailure(refusal)).toBe(refusal);
    expect(asAppFailure(new Error('boom'))).toBeUndefined();
  });

  it('the dispatcher answers a storage error with its mapped failure, not an internal error', async () => {
    const log: unknown[] = [];
    const handlers = {
      'settings.get': () => {
        throw new StorageError('write-failed', diskFull);
      },
    } as unknown as DataHandlers;
    const dispatch = createDispatcher(handlers, (...args) => log.push(args));
    expect(await dispatch('settings.get', undefined)).toEqual({
      ok: false,
      error: { code: 'storage', reason: diskFull },
    });
    expect(log).toEqual([]);
  });
});
