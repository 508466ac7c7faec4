import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../../core/domain/settings';
import { createDispatcher, createHandlers, type Dispatch } from '../../../electron/services';
import { openDataDir, type DataStore } from '../../../electron/storage';
import { createFakeHost } from '../../support/fakeHost';

describe('settings through the dispatcher, on real files', () => {
  let dir: string;
  let store: DataStore;
  let dispatch: Dispatch;

  const onDisk = async (): Promise<Settings> => JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Settings;
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as T;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'settings-service-'));
    store = await openDataDir({ dir });
    dispatch = createDispatcher(createHandlers(store, { version: '1.2.3', shippedModules: [], host: createFakeHost() }));
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves the organisation, facilitators, sites and resources to settings.json', async () => {
    await call('settings.setOrganisation', { name: '  Harbor Youth Services ' });
    const withLead = await call<Settings>('settings.saveFacilitator', { name: 'Dana Reyes', roles: ['lead'] });
    await call('settings.saveSite', { name: 'East Hall', kind: 'detention' });
    await call('settings.saveResource', { name: 'National Human Trafficking Hotline', contact: '1-888-373-7888, text 233733', hours: '24/7', notes: '' });

    const saved = await onDisk();
    expect(saved.organisation.name).toBe('Harbor Youth Services');
    expect(saved.facilitators).toEqual([{ id: withLead.facilitators[0]!.id, name: 'Dana Reyes', roles: ['lead'] }]);
    expect(saved.sites).toMatchObject([{ name: 'East Hall', kind: 'detention' }]);
    expect(saved.resources).toMatchObject([{ name: 'National Human Trafficking Hotline', hours: '24/7' }]);
  });

  it('keeps the organisation’s contact (optional; an empty field is none), with a clear refusal for an email that is not one', async () => {
    await call('settings.setOrganisation', {
      name: 'Harbor Youth Services',
      phone: ' 555-0100 ',
      email: 'office@harbor.example',
      address: '12 Main St\nOakland, CA',
    });
    expect((await onDisk()).organisation).toEqual({
      name: 'Harbor Youth Services',
      phone: '555-0100',
      email: 'office@harbor.example',
      address: '12 Main St\nOakland, CA',
    });
    const refused = await dispatch('settings.setOrganisation', { name: 'Harbor Youth Services', email: 'harbor.example' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'email', rule: 'not-an-email' }] },
    });
    expect((await onDisk()).organisation.email).toBe('office@harbor.example');
    await call('settings.setOrganisation', { name: 'Harbor Youth Services', phone: '', email: '', address: '' });
    expect((await onDisk()).organisation).toEqual({ name: 'Harbor Youth Services', phone: '', email: '', address: '' });
  });

  it('edits and removes a record by id', async () => {
    const { facilitators } = await call<Settings>('settings.saveFacilitator', { name: 'Sam Lee', roles: ['observer'] });
    const id = facilitators[0]!.id;
    await call('settings.saveFacilitator', { id, name: 'Sam Lee', roles: ['co-facilitator', 'survivor-mentor'] });
    expect((await onDisk()).facilitators).toEqual([{ id, name: 'Sam Lee', roles: ['co-facilitator', 'survivor-mentor'] }]);
    await call('settings.removeFacilitator', { id });
    expect((await onDisk()).facilitators).toEqual([]);
  });

  it('refuses to edit a record that no longer exists', async () => {
    const result = await dispatch('settings.saveSite', { id: crypto.randomUUID(), name: 'Ghost', kind: 'school' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it.each([
    ['a 1 MB name', 'settings.setOrganisation', { name: 'x'.repeat(1024 * 1024) }],
    ['an unknown field', 'settings.saveSite', { name: 'Hall', kind: 'school', address: '12 Main St' }],
    ['a wrong type', 'settings.saveFacilitator', { name: 'Ana', roles: 'lead' }],
    ['no roles', 'settings.saveFacilitator', { name: 'Ana', roles: [] }],
  ])('refuses %s and leaves the file untouched', async (_label, channel, input) => {
    await call('settings.setOrganisation', { name: 'Before' });
    const before = await readFile(join(dir, 'settings.json'));
    const modifiedBefore = (await stat(join(dir, 'settings.json'))).mtimeMs;
    const result = await dispatch(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await readFile(join(dir, 'settings.json'))).toEqual(before);
    expect((await stat(join(dir, 'settings.json'))).mtimeMs).toBe(modifiedBefore);
  });

  it('reports the app version and data folder', async () => {
    expect(await call('app.info')).toEqual({ version: '1.2.3', dataDir: dir, notices: [] });
  });
});
