import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { generationsToKeep, listGenerations, listGenerationsIn } from '../../../electron/storage/backups';
import { openDataDir, type DataStore, type StorageError } from '../../../electron/storage';
import { fileTimestamp, moduleFileName } from '../../../electron/storage/layout';
import { sealedFiles } from '../../../electron/storage/protection/codec';
import { SECOND_BACKUPS_DIR } from '../../../electron/storage/secondFolder';
import { parseModuleBytes } from '../../../core/domain/curriculum/parse';
import { addFacilitator, repoRoot, tempDir, workshop } from '../storage/helpers';
import { wholeWorkshops } from '../../../electron/services/workshopReads';

const UTC = 'UTC';
const opened: DataStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

function clockAt(iso: string) {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    set: (next: string) => {
      current = new Date(next);
    },
  };
}

async function open(dir: string, clock: { now: () => Date }, codec?: Parameters<typeof openDataDir>[0]['codec']): Promise<DataStore> {
  const store = await openDataDir({ dir, now: clock.now, timeZone: UTC, ...(codec ? { codec } : {}) });
  opened.push(store);
  return store;
}

async function withSecondFolder(store: DataStore, folder: string): Promise<void> {
  await store.settings.update((settings) => ({ ...settings, backups: { secondFolder: folder } }));
}

const facilitatorNames = (store: DataStore) => store.settings.get().facilitators.map((f) => f.name);

describe('backups in the data folder and a second folder', () => {
  it('prunes both folders by the same rule as backups are made over weeks', async () => {
    const dir = join(await tempDir(), 'data');
    const usb = await tempDir('usb-');
    const clock = clockAt('2027-01-01T09:00:00Z');
    const store = await open(dir, clock);
    await withSecondFolder(store, usb);
    for (let n = 1; n <= 45; n += 1) {
      clock.set(new Date(Date.UTC(2027, 0, n, 17)).toISOString());
      const made = await store.backupNow('manual');
      expect(made.secondCopy).toEqual({ status: 'copied', folder: usb });
    }
    const inData = await listGenerations(nodeFileSystem, dir);
    const onUsb = await listGenerationsIn(nodeFileSystem, join(usb, SECOND_BACKUPS_DIR));
    // 7 daily (8–14 February) and 4 weekly.
    expect(inData).toHaveLength(11);
    expect(new Set(inData)).toEqual(generationsToKeep(inData, clock.now(), UTC));
    expect(inData[0]).toBe(fileTimestamp(new Date('2027-01-17T17:00:00Z')));
    expect(onUsb).toEqual(inData);
    expect(onUsb.at(-1)).toBe(fileTimestamp(new Date('2027-02-14T17:00:00Z')));
    // Each copy is the generation's bytes.
    const newest = onUsb.at(-1)!;
    expect(await readFile(join(usb, SECOND_BACKUPS_DIR, newest, 'settings.json'))).toEqual(await readFile(join(dir, 'backups', newest, 'settings.json')));
    expect((await readdir(join(usb, SECOND_BACKUPS_DIR))).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('turns a missing second folder into one notice, while the save and the data folder backup stand', async () => {
    const dir = join(await tempDir(), 'data');
    const unplugged = join(await tempDir('media-'), 'USB-STICK');
    const clock = clockAt('2027-03-01T09:00:00Z');
    const store = await open(dir, clock);
    await withSecondFolder(store, unplugged);

    clock.set('2027-03-01T10:00:00Z');
    const made = await store.backupNow('import');
    expect(made.secondCopy).toEqual({ status: 'failed', folder: unplugged, reason: 'missing' });
    expect(await listGenerations(nodeFileSystem, dir)).toContain(made.name);
    clock.set('2027-03-01T11:00:00Z');
    await store.backupNow('import');
    await store.settings.update(addFacilitator('Ana'));

    const notices = store.notices().filter((notice) => notice.code === 'backup-copy-failed');
    expect(notices).toEqual([
      {
        id: expect.any(String),
        code: 'backup-copy-failed',
        file: unplugged,
        reason: 'missing',
        at: '2027-03-01T11:00:00.000Z',
      },
    ]);
    // The mount point of an unplugged drive is never created.
    await expect(readdir(unplugged)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ facilitators: [{ name: 'Ana' }] });
  });

  it('copies the day’s first generation to the second folder at open, or says why not', async () => {
    const dir = join(await tempDir(), 'data');
    const usb = await tempDir('usb-');
    const clock = clockAt('2027-03-01T09:00:00Z');
    const first = await open(dir, clock);
    await withSecondFolder(first, usb);
    await first.close();

    clock.set('2027-03-02T09:00:00Z');
    await (await open(dir, clock)).close();
    expect(await listGenerationsIn(nodeFileSystem, join(usb, SECOND_BACKUPS_DIR))).toEqual([fileTimestamp(new Date('2027-03-02T09:00:00Z'))]);

    await rm(usb, { recursive: true });
    clock.set('2027-03-03T09:00:00Z');
    const third = await open(dir, clock);
    expect(third.notices()).toMatchObject([{ code: 'backup-copy-failed', file: usb }]);
    expect(await listGenerations(nodeFileSystem, dir)).toContain(fileTimestamp(new Date('2027-03-03T09:00:00Z')));
  });

  it('lists generations of both folders, newest first, with what each holds and why it was made', async () => {
    const dir = join(await tempDir(), 'data');
    const usb = await tempDir('usb-');
    const clock = clockAt('2027-03-01T09:00:00Z');
    const store = await open(dir, clock);
    await store.settings.update(addFacilitator('Ana'));
    await store.participants.update((file) => ({
      ...file,
      participants: [{ id: crypto.randomUUID(), code: 'JH-26-001', createdAt: '2027-02-27T10:00:00.000Z' }],
    }));
    await store.workshops.save({ ...workshop('Spring'), updatedAt: '2027-02-28T16:00:00.000Z' });
    await withSecondFolder(store, usb);
    clock.set('2027-03-01T10:00:00Z');
    await store.backupNow('import');

    const listed = await store.listBackups();
    expect(listed.dataFolder).toBe(join(dir, 'backups'));
    expect(listed.secondFolder).toBe(usb);
    expect(listed.generations.map((g) => [g.location, g.name, g.reason, g.preview])).toEqual([
      [
        'data',
        fileTimestamp(new Date('2027-03-01T10:00:00Z')),
        'import',
        { workshops: 1, participants: 1, modules: 0, settings: true, newestChange: '2027-02-28T16:00:00.000Z' },
      ],
      [
        'second',
        fileTimestamp(new Date('2027-03-01T10:00:00Z')),
        'import',
        { workshops: 1, participants: 1, modules: 0, settings: true, newestChange: '2027-02-28T16:00:00.000Z' },
      ],
      ['data', fileTimestamp(new Date('2027-03-01T09:00:00Z')), 'daily', { workshops: 0, participants: 0, modules: 0, settings: true }],
    ]);

    await rm(usb, { recursive: true });
    const unplugged = await store.listBackups();
    expect(unplugged.secondFolderProblem).toBe('missing');
    expect(unplugged.generations.every((g) => g.location === 'data')).toBe(true);
  });

  it('counts a participant’s corrected code as the generation’s newest change', async () => {
    const dir = join(await tempDir(), 'data');
    const clock = clockAt('2027-03-01T09:00:00Z');
    const store = await open(dir, clock);
    await store.participants.update((file) => ({
      ...file,
      participants: [{ id: crypto.randomUUID(), code: 'JH-26-041', createdAt: '2027-02-27T10:00:00.000Z', codeSetAt: '2027-03-01T08:00:00.000Z' }],
    }));
    await store.workshops.save({ ...workshop('Spring'), updatedAt: '2027-02-28T16:00:00.000Z' });
    clock.set('2027-03-01T10:00:00Z');
    await store.backupNow('manual');
    expect((await store.listBackups()).generations[0]?.preview.newestChange).toBe('2027-03-01T08:00:00.000Z');
  });

  it('counts what an older generation holds from its files, and says when one cannot be read', async () => {
    const dir = join(await tempDir(), 'data');
    const clock = clockAt('2027-03-01T09:00:00Z');
    const store = await open(dir, clock);
    await store.workshops.save({ ...workshop('Spring'), updatedAt: '2027-02-28T16:00:00.000Z' });
    await store.workshops.save({ ...workshop('Summer'), updatedAt: '2027-02-20T16:00:00.000Z' });
    clock.set('2027-03-01T10:00:00Z');
    const good = (await store.backupNow('manual')).name;
    clock.set('2027-03-01T11:00:00Z');
    const broken = (await store.backupNow('manual')).name;
    // As made by a version of the app that did not record why or what.
    await rm(join(dir, 'backups', good, 'about.json'));
    await rm(join(dir, 'backups', broken, 'about.json'));
    const [first] = await readdir(join(dir, 'backups', broken, 'workshops'));
    await writeFile(join(dir, 'backups', broken, 'workshops', first!), '{"cut');

    const listed = (await store.listBackups()).generations;
    expect(listed.find((g) => g.name === good)).toEqual({
      location: 'data',
      name: good,
      madeAt: new Date('2027-03-01T10:00:00Z'),
      preview: { workshops: 2, participants: 0, modules: 0, settings: true, newestChange: '2027-02-28T16:00:00.000Z' },
    });
    expect(listed.find((g) => g.name === broken)?.preview.unreadableFile).toBe(`workshops/${first}`);
  });

  it('reads protected (sealed) generations through the data folder’s codec', async () => {
    const dir = join(await tempDir(), 'data');
    const clock = clockAt('2027-03-01T09:00:00Z');
    const codec = sealedFiles(randomBytes(32));
    const store = await open(dir, clock, codec);
    await store.workshops.save(workshop('Sealed'));
    clock.set('2027-03-01T10:00:00Z');
    const made = await store.backupNow('manual');
    const generation = join(dir, 'backups', made.name);
    expect((await readFile(join(generation, 'settings.json'))).subarray(0, 4).toString('ascii')).toBe('FCS1');

    // Its about.json (why it was made, what it holds) is sealed like the data files.
    expect((await readFile(join(generation, 'about.json'))).subarray(0, 4).toString('ascii')).toBe('FCS1');
    // Without a record of its counts, the sealed files themselves are read.
    clock.set('2027-03-01T10:30:00Z');
    const older = (await store.backupNow('manual')).name;
    await rm(join(dir, 'backups', older, 'about.json'));

    const listed = (await store.listBackups()).generations;
    expect(listed.find((g) => g.name === made.name)).toMatchObject({ reason: 'manual', preview: { workshops: 1, settings: true } });
    expect(listed.find((g) => g.name === older)).toEqual({
      location: 'data',
      name: older,
      madeAt: new Date('2027-03-01T10:30:00Z'),
      preview: { workshops: 1, participants: 0, modules: 0, settings: true, newestChange: expect.any(String) },
    });

    // And a sealed generation restores.
    await store.settings.update(addFacilitator('Ana'));
    clock.set('2027-03-01T11:00:00Z');
    await store.restoreBackup({ location: 'data', name: made.name });
    expect(facilitatorNames(store)).toEqual([]);
  });
});

describe('restoring a generation', () => {
  async function storeWithHistory() {
    const dir = join(await tempDir(), 'data');
    const clock = clockAt('2027-03-01T09:00:00Z');
    const store = await open(dir, clock);
    await store.settings.update(addFacilitator('Ana'));
    const kept = await store.workshops.save(workshop('Spring group'));
    clock.set('2027-03-01T10:00:00Z');
    const { name } = await store.backupNow('manual');
    // After the backup: another facilitator, a renamed workshop, a new workshop.
    clock.set('2027-03-01T11:00:00Z');
    await store.settings.update(addFacilitator('Ben'));
    await store.workshops.update(kept.id, (current) => ({ ...current, title: 'Spring group (renamed)' }));
    const added = await store.workshops.save(workshop('Summer group'));
    return { dir, clock, store, name, kept, added };
  }

  it('replaces the data files with the generation’s and shows the restored data at once', async () => {
    const { dir, clock, store, name, kept, added } = await storeWithHistory();
    clock.set('2027-03-01T12:00:00Z');
    const { safety } = await store.restoreBackup({ location: 'data', name });

    expect(facilitatorNames(store)).toEqual(['Ana']);
    expect((await wholeWorkshops(store, await store.workshops.summaries())).map((w) => w.title)).toEqual(['Spring group']);
    for (const file of ['settings.json', 'participants.json', `workshops/${kept.id}.json`]) {
      expect(await readFile(join(dir, file))).toEqual(await readFile(join(dir, 'backups', name, file)));
    }
    await expect(readFile(join(dir, 'workshops', `${added.id}.json`))).rejects.toMatchObject({ code: 'ENOENT' });

    // Nothing is lost: the data as it was before the restore is the safety generation.
    expect(safety).toBe(fileTimestamp(new Date('2027-03-01T12:00:00Z')));
    const before = JSON.parse(await readFile(join(dir, 'backups', safety, 'settings.json'), 'utf8')) as { facilitators: { name: string }[] };
    expect(before.facilitators.map((f) => f.name)).toEqual(['Ana', 'Ben']);
    expect(await readdir(join(dir, 'backups', safety, 'workshops'))).toContain(`${added.id}.json`);

    // Saving goes on from the restored state.
    await store.settings.update(addFacilitator('Cleo'));
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ facilitators: [{ name: 'Ana' }, { name: 'Cleo' }] });
  });

  it('restores from the second folder', async () => {
    const { dir, clock, store, name } = await storeWithHistory();
    const usb = await tempDir('usb-');
    await withSecondFolder(store, usb);
    clock.set('2027-03-01T11:30:00Z');
    const onUsb = (await store.backupNow('manual')).name;
    await store.settings.update(addFacilitator('Dee'));
    await rm(join(dir, 'backups', onUsb), { recursive: true });
    expect(name).not.toBe(onUsb);

    clock.set('2027-03-01T12:00:00Z');
    await store.restoreBackup({ location: 'second', name: onUsb });
    expect(facilitatorNames(store)).toEqual(['Ana', 'Ben']);
  });

  it('refuses a generation with a damaged file before changing anything', async () => {
    const { dir, clock, store, name, kept } = await storeWithHistory();
    await writeFile(join(dir, 'backups', name, 'workshops', `${kept.id}.json`), '{"schemaVersion": 1, "id": "cut sh');
    const filesBefore = {
      settings: await readFile(join(dir, 'settings.json')),
      workshops: (await readdir(join(dir, 'workshops'))).sort(),
      generations: await listGenerations(nodeFileSystem, dir),
    };
    clock.set('2027-03-01T12:00:00Z');

    await expect(store.restoreBackup({ location: 'data', name })).rejects.toMatchObject({
      kind: 'unusable-backup',
      reason: { code: 'backup-file-unreadable', params: { file: `workshops/${kept.id}.json` } },
    });
    expect(await readFile(join(dir, 'settings.json'))).toEqual(filesBefore.settings);
    expect((await readdir(join(dir, 'workshops'))).sort()).toEqual(filesBefore.workshops);
    expect(await listGenerations(nodeFileSystem, dir)).toEqual(filesBefore.generations);
    expect(facilitatorNames(store)).toEqual(['Ana', 'Ben']);
    await store.settings.update(addFacilitator('Cleo'));
  });

  it('refuses a generation whose files do not match the data’s shape, or that lacks the settings', async () => {
    const { dir, store, name } = await storeWithHistory();
    const settingsPath = join(dir, 'backups', name, 'settings.json');
    const settings = JSON.parse(await readFile(settingsPath, 'utf8')) as Record<string, unknown>;
    await writeFile(settingsPath, JSON.stringify({ ...settings, facilitators: 'everyone' }));
    await expect(store.restoreBackup({ location: 'data', name })).rejects.toMatchObject({
      reason: { code: 'backup-file-damaged', params: { file: 'settings.json' } },
      cause: expect.stringContaining('it does not match the expected shape'),
    });
    await rm(settingsPath);
    await expect(store.restoreBackup({ location: 'data', name })).rejects.toMatchObject({
      reason: { code: 'backup-lacks-file', params: { file: 'settings.json' } },
    });
    expect(facilitatorNames(store)).toEqual(['Ana', 'Ben']);
  });

  it('refuses saves while it replaces the files, and lets them through again after', async () => {
    const { clock, store, name } = await storeWithHistory();
    clock.set('2027-03-01T12:00:00Z');
    let done = false;
    const restoring = store.restoreBackup({ location: 'data', name }).finally(() => {
      done = true;
    });
    const refusals: string[] = [];
    while (!done) {
      await store.settings.update(addFacilitator('Eve')).catch((error: StorageError) => refusals.push(JSON.stringify(error.reason)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await restoring;
    expect(refusals.length).toBeGreaterThan(0);
    expect(new Set(refusals)).toEqual(new Set([JSON.stringify({ code: 'saving-paused-restoring', params: { file: 'settings.json' } })]));
    expect(facilitatorNames(store)).toEqual(['Ana']);
    await store.settings.update(addFacilitator('Eve'));
    expect(facilitatorNames(store)).toEqual(['Ana', 'Eve']);
  });

  it('refuses to restore from a second folder that is not set', async () => {
    const { store, name } = await storeWithHistory();
    await expect(store.restoreBackup({ location: 'second', name })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('brings back imported modules, and leaves files in a generation that are not data', async () => {
    const { dir, clock, store } = await storeWithHistory();
    const text = await readFile(join(repoRoot, 'curricula', 'juvenile-hall-five-week-series.yaml'), 'utf8');
    const parsed = parseModuleBytes(new TextEncoder().encode(text.replace(/^id: .*$/m, 'id: our-own-series')));
    if (!parsed.ok) throw new Error('the sample module does not parse');
    await store.curricula.add(parsed.module, text.replace(/^id: .*$/m, 'id: our-own-series'));
    clock.set('2027-03-01T11:30:00Z');
    const { name } = await store.backupNow('manual');
    await store.curricula.remove('our-own-series');
    await mkdir(join(dir, 'backups', name, 'stray'), { recursive: true });
    await writeFile(join(dir, 'backups', name, 'notes.txt'), 'not data');

    clock.set('2027-03-01T12:00:00Z');
    await store.restoreBackup({ location: 'data', name });
    expect(store.curricula.list().map((stored) => stored.file)).toEqual([`curricula/${moduleFileName('our-own-series', 1)}`]);
    expect(await readdir(join(dir, 'curricula'))).toEqual([moduleFileName('our-own-series', 1)]);
    await expect(readFile(join(dir, 'notes.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
