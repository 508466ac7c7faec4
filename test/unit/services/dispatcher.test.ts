import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../core/contract/result';
import { createDispatcher } from '../../../electron/services';
import { fakeHandlers } from '../support/fakeHandlers';

describe('dispatcher', () => {
  it.each(['settings.drop', '__proto__', 'constructor', 'toString', 42, null])('rejects the unknown channel %s', async (channel) => {
    const result = await createDispatcher(fakeHandlers())(channel, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('reports every input problem with its path', async () => {
    const handlers = fakeHandlers();
    const result = await createDispatcher(handlers)('settings.saveFacilitator', { name: '', roles: ['lead', 'wizard'], nickname: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    const paths = result.error.issues?.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'roles[1]', '']));
    expect(result.error.reason).toEqual({ code: 'input-invalid' });
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', rule: 'required' },
        { path: '', rule: 'unknown-field' },
      ]),
    );
    expect(handlers['settings.saveFacilitator']).not.toHaveBeenCalled();
  });

  it('refuses a 1 MB name with a length message', async () => {
    const result = await createDispatcher(fakeHandlers())('settings.setOrganisation', { name: 'x'.repeat(1024 * 1024) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'name', rule: 'too-long', params: { maximum: 200 } }] } });
  });

  it('refuses wrong types', async () => {
    const result = await createDispatcher(fakeHandlers())('settings.setPreferences', { allowFullNames: 'yes' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'allowFullNames' }] } });
  });

  it('passes a service failure through as it is', async () => {
    const handlers = fakeHandlers();
    const reason = { code: 'save-failed', params: { file: 'settings.json', drive: 'disk-full' } } as const;
    handlers['settings.get'].mockRejectedValue(new AppFailure('storage', reason));
    const result = await createDispatcher(handlers)('settings.get', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'storage', reason } });
  });

  it('hides the details of an unexpected error', async () => {
    const handlers = fakeHandlers();
    handlers['settings.get'].mockRejectedValue(new Error('ENOENT /home/me/secret/path'));
    const log = vi.fn();
    const result = await createDispatcher(handlers, log)('settings.get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalled();
  });
});

describe('contract', () => {
  it('defines a schema for exactly the channel names the preload exposes', async () => {
    const { contract, channelNames } = await import('../../../core/contract/contract');
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
  });
});
