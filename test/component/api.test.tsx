import { ApiError, call, issueField, issuesByField, unwrap } from '../../renderer/api';
import { DISK_FULL, DISK_FULL_TEXT, installFakeFacilitator } from './fakeFacilitator';

describe('api client', () => {
  it('unwraps a value, and turns a failure into an ApiError with its issues', () => {
    expect(unwrap({ ok: true, value: 3 })).toBe(3);
    const failure = {
      ok: false as const,
      error: { code: 'invalid-input' as const, reason: { code: 'input-invalid' as const }, issues: [{ path: 'name', rule: 'required' as const }] },
    };
    expect(() => unwrap(failure)).toThrow(ApiError);
    try {
      unwrap(failure);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'invalid-input',
        message: 'That was not saved: some of it is not valid. Check the fields marked.',
        issues: [{ path: 'name', rule: 'required' }],
      });
    }
  });

  it('calls a channel through window.facilitator', async () => {
    const fake = installFakeFacilitator();
    await expect(call('settings.setOrganisation', { name: 'Eastside' })).resolves.toMatchObject({ organisation: { name: 'Eastside' } });
    expect(fake.calls).toEqual([{ channel: 'settings.setOrganisation', input: { name: 'Eastside' } }]);
  });

  it('rejects with the app’s error', async () => {
    const fake = installFakeFacilitator();
    fake.failNext('settings.get', DISK_FULL);
    await expect(call('settings.get')).rejects.toMatchObject({ name: 'ApiError', code: 'storage', message: DISK_FULL_TEXT });
  });

  it('says so plainly when there is no bridge', async () => {
    Reflect.deleteProperty(window, 'facilitator');
    await expect(call('app.info')).rejects.toThrow('Facilitator cannot reach its data.');
    await expect(call('app.info')).rejects.toMatchObject({ code: 'internal' });
  });

  it('finds the field an issue points at', () => {
    expect(issueField('name')).toBe('name');
    expect(issueField('roles[0]')).toBe('roles');
    expect(issueField('facilitators[2].name')).toBe('name');
    expect(issueField('')).toBe('');
    const error = new ApiError({
      code: 'invalid-input',
      reason: { code: 'input-invalid' },
      issues: [
        { path: 'name', rule: 'required' },
        { path: 'name', rule: 'too-long', params: { maximum: 80 } },
      ],
    });
    expect(issuesByField(error)).toEqual({ name: { path: 'name', rule: 'required' } });
  });
});
