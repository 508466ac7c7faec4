import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../core/contract/result';
import { participantsFileSchema, PARTICIPANTS_SCHEMA_VERSION } from '../../../core/domain/participants';
import { defaultSettings, settingsSchema, type Settings } from '../../../core/domain/settings';
import { openDataDir, StorageError } from '../../../electron/storage/index';
import { SerialQueue } from '../../../electron/storage/queue';
import { addFacilitator, clock, day, facilitator, listTemps, readJson, tempDir } from './helpers';

async function freshStore() {
  const dir = join(await tempDir(), 'data');
  const store = await openDataDir({ dir, now: clock(day(1)).now });
  return { dir, store };
}

describe('opening a new data folder', () => {
  it('creates the layout and writes the defaults', async () => {
    const { dir, store } = await freshStore();
    expect((await readdir(dir)).sort()).toEqual(['backups', 'curricula', 'index', 'lock', 'modules', 'participants.json', 'settings.json', 'workshops']);
    expect(await readJson(join(dir, 'settings.json'))).toEqual(defaultSettings());
    expect(participantsFileSchema.parse(await readJson(join(dir, 'participants.json')))).toEqual({
      schemaVersion: PARTICIPANTS_SCHEMA_VERSION,
      participants: [],
    });
    expect(store.settings.get()).toEqual(defaultSettings());
    expect(store.notices()).toEqual([]);
    await store.close();
  });

  it('removes temp files a crashed writer left behind', async () => {
    const dir = join(await tempDir(), 'data');
    await (await openDataDir({ dir, now: clock(day(1)).now })).close();
    await writeFile(join(dir, '.settings.json.99999.0123456789ab.tmp'), '{"half');
    await writeFile(join(dir, 'workshops', '.x.json.99999.0123456789ab.tmp'), '');
    const store = await openDataDir({ dir, now: clock(day(1)).now });
    expect(await listTemps(dir)).toEqual([]);
    expect(await listTemps(join(dir, 'workshops'))).toEqual([]);
    await store.close();
  });
});

describe('DocumentRepository.update', () => {
  it('writes durably, validates, and returns the committed state', async () => {
    const { dir, store } = await freshStore();
    const saved = await store.settings.update((s) => ({ ...s, organisation: { name: '  Bay Youth Project  ' } }));
    // The schema trims text; what is returned, held and stored is the validated value.
    expect(saved.organisation.name).toBe('Bay Youth Project');
    expect(store.settings.get()).toBe(saved);
    expect(settingsSchema.parse(await readJson(join(dir, 'settings.json'))).organisation.name).toBe('Bay Youth Project');
    expect(await listTemps(dir)).toEqual([]);
    await store.close();
  });

  it('lands 50 concurrent updates, each appending one item, in order', async () => {
    const { dir, store } = await freshStore();
    const names = Array.from({ length: 50 }, (_, i) => `F${i + 1}`);
    const results = await Promise.all(names.map((name) => store.settings.update(addFacilitator(name))));

    expect(results.map((r) => r.facilitators.length)).toEqual(names.map((_, i) => i + 1));
    expect(store.settings.get().facilitators.map((f) => f.name)).toEqual(names);
    const onDisk = settingsSchema.parse(await readJson(join(dir, 'settings.json')));
    expect(onDisk.facilitators.map((f) => f.name)).toEqual(names);
    expect(await listTemps(dir)).toEqual([]);
    await store.close();
  });

  it('shows only committed state to get() while an update is being written', async () => {
    const { store } = await freshStore();
    const before = store.settings.get();
    const pending = store.settings.update(addFacilitator('Ana'));
    expect(store.settings.get()).toBe(before);
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.settings.get()).toBe(before);
    const after = await pending;
    expect(store.settings.get()).toBe(after);
    expect(after.facilitators).toHaveLength(1);
    await store.close();
  });

  it('rejects invalid data with a readable storage failure, changing nothing', async () => {
    const { dir, store } = await freshStore();
    await store.settings.update(addFacilitator('Ana'));
    const bytes = await readFile(join(dir, 'settings.json'));
    const before = store.settings.get();

    const bad = store.settings.update((s) => ({ ...s, facilitators: [...s.facilitators, { ...facilitator(''), roles: [] }] }));
    await expect(bad).rejects.toBeInstanceOf(StorageError);
    await expect(bad).rejects.toMatchObject({
      kind: 'invalid-data',
      reason: { code: 'data-invalid', params: { file: 'settings.json' } },
      issues: expect.arrayContaining([{ path: 'facilitators[1].name', rule: 'required' }]),
    });

    expect(store.settings.get()).toBe(before);
    expect(await readFile(join(dir, 'settings.json'))).toEqual(bytes);
    // The queue keeps going after a failure.
    await store.settings.update(addFacilitator('Ben'));
    expect(store.settings.get().facilitators.map((f) => f.name)).toEqual(['Ana', 'Ben']);
    await store.close();
  });

  it('freezes committed state, so it cannot be changed behind the file’s back', async () => {
    const { store } = await freshStore();
    const current = store.settings.get();
    expect(Object.isFrozen(current.preferences)).toBe(true);
    const mutating = store.settings.update((s: Settings) => {
      s.facilitators.push(facilitator('Sneaky'));
      return s;
    });
    await expect(mutating).rejects.toMatchObject({
      kind: 'change-failed',
      reason: { code: 'change-failed', params: { file: 'settings.json' } },
    });
    expect(store.settings.get().facilitators).toEqual([]);
    await store.close();
  });

  it('passes an error of the caller’s own thrown by the change itself through unchanged', async () => {
    const { store } = await freshStore();
    const failure = new AppFailure('not-found', { code: 'facilitator-missing' });
    await expect(
      store.settings.update(() => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    await store.close();
  });

  it('refuses writes after close()', async () => {
    const { store } = await freshStore();
    await store.close();
    await expect(store.participants.update((p) => p)).rejects.toMatchObject({ kind: 'closed', reason: { code: 'data-closed' } });
  });

  it('close() waits for updates already queued', async () => {
    const { dir, store } = await freshStore();
    const pending = Array.from({ length: 5 }, (_, i) => store.settings.update(addFacilitator(`F${i}`)));
    await store.close();
    await Promise.all(pending);
    expect(settingsSchema.parse(await readJson(join(dir, 'settings.json'))).facilitators).toHaveLength(5);
  });
});

describe('SerialQueue', () => {
  it('runs tasks one at a time in order, and continues after a failure', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    let running = 0;
    const task =
      (name: string, fail = false) =>
      async () => {
        running += 1;
        expect(running).toBe(1);
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push(name);
        running -= 1;
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([queue.run(task('a')), queue.run(task('b', true)), queue.run(task('c'))]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await queue.idle();
  });
});
