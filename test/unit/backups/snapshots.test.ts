import { randomBytes } from 'node:crypto';
import { cp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../core/domain/workshop';
import { wholeWorkshops } from '../../../electron/services/workshopReads';
import { openDataDir, type DataStore } from '../../../electron/storage';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { plainFiles, sealedFiles, type FileCodec } from '../../../electron/storage/protection/codec';
import { SECOND_BACKUPS_DIR } from '../../../electron/storage/secondFolder';
import { sampleModule } from '../../support/sampleModules';
import { clock, day, tempDir, workshop } from '../storage/helpers';
import { writeV4Folder } from '../storage/v4Folder';

const opened: DataStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function open(dir: string, now: () => Date, codec: FileCodec): Promise<DataStore> {
  const store = await openDataDir({ dir, now, codec, timeZone: 'UTC' });
  opened.push(store);
  return store;
}

const byCreation = (a: Workshop, b: Workshop) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const everyWorkshop = async (store: DataStore) => wholeWorkshops(store, await store.workshops.summaries('all'));

/** A laptop with three groups on two module versions (one archived), backed up to a USB drive. */
async function laptopBackedUpTo(usb: string, codec: FileCodec) {
  const dir = join(await tempDir(), 'data');
  const store = await open(dir, clock(day(1)).now, codec);
  await store.settings.update((settings) => ({ ...settings, backups: { secondFolder: usb } }));
  await store.workshops.save(workshop('Unit A'));
  await store.workshops.save({ ...workshop('Unit B'), module: sampleModule({ version: 2, summary: 'Revised after the pilot.' }) });
  await store.workshops.save({ ...workshop('Unit C'), archivedAt: day(1).toISOString() });
  const { name } = await store.backupNow('manual');
  const workshops = (await everyWorkshop(store)).sort(byCreation);
  await store.close();
  return { name, workshops };
}

describe.each([
  ['plain', plainFiles],
  ['protected', sealedFiles(randomBytes(32))],
] as Array<[string, FileCodec]>)('backups carry the module snapshots their workshops name (%s)', (_label, codec) => {
  it('a backup on the second folder restores into a fresh data folder, every workshop on its own module', async () => {
    const usb = await tempDir('usb-');
    const { name, workshops } = await laptopBackedUpTo(usb, codec);
    expect(await readdir(join(usb, SECOND_BACKUPS_DIR, name, 'modules'))).toHaveLength(2);

    // A new laptop, the drive plugged in.
    const fresh = await open(join(await tempDir(), 'data'), clock(day(3)).now, codec);
    await fresh.settings.update((settings) => ({ ...settings, backups: { secondFolder: usb } }));
    await fresh.restoreBackup({ location: 'second', name });
    expect(fresh.notices()).toEqual([]);
    expect((await everyWorkshop(fresh)).sort(byCreation)).toEqual(workshops);
    expect(await readdir(join(fresh.dir, 'modules'))).toHaveLength(2);
    await fresh.close();

    const reopened = await open(fresh.dir, clock(day(4)).now, codec);
    expect((await everyWorkshop(reopened)).sort(byCreation)).toEqual(workshops);
  });

  it('a generation copied to the second folder opens as a data folder of its own', async () => {
    const usb = await tempDir('usb-');
    const { name, workshops } = await laptopBackedUpTo(usb, codec);
    const copy = join(await tempDir(), 'from-usb');
    await cp(join(usb, SECOND_BACKUPS_DIR, name), copy, { recursive: true });
    await rm(join(copy, 'about.json'));
    const store = await open(copy, clock(day(3)).now, codec);
    expect(store.notices()).toEqual([]);
    expect((await everyWorkshop(store)).sort(byCreation)).toEqual(workshops);
  });

  it('refuses a generation whose workshop names a snapshot it does not hold, before changing anything', async () => {
    const usb = await tempDir('usb-');
    const { name } = await laptopBackedUpTo(usb, codec);
    const generation = join(usb, SECOND_BACKUPS_DIR, name);
    for (const file of await readdir(join(generation, 'modules'))) await rm(join(generation, 'modules', file));

    const dir = join(await tempDir(), 'data');
    const store = await open(dir, clock(day(3)).now, codec);
    await store.settings.update((settings) => ({ ...settings, backups: { secondFolder: usb } }));
    const saved = await store.workshops.save(workshop('Kept'));
    await expect(store.restoreBackup({ location: 'second', name })).rejects.toMatchObject({
      kind: 'unusable-backup',
      reason: { code: 'backup-file-damaged', params: { file: expect.stringMatching(/^workshops\//) } },
    });
    expect(await everyWorkshop(store)).toEqual([saved]);
  });
});

describe('a backup made before module snapshots', () => {
  it('restores, its workshops migrated again as the data folder opens', async () => {
    const dir = join(await tempDir(), 'data');
    const time = clock(day(1));
    const old = await writeV4Folder({ fs: nodeFileSystem, dir, codec: plainFiles, now: time.now });
    time.set(day(2));
    const store = await open(dir, time.now, plainFiles);
    const migration = (await store.listBackups()).generations.find((generation) => generation.reason === 'migration');
    if (migration === undefined) throw new Error('opening the version 4 folder made no backup before migrating');
    const kept = await Promise.all(
      old.workshops.map(
        async ({ id }) => JSON.parse(await readFile(join(dir, 'backups', migration.name, 'workshops', `${id}.json`), 'utf8')) as Record<string, unknown>,
      ),
    );
    expect(kept.filter((file) => file.schemaVersion === 4 && file.module !== undefined)).toHaveLength(2);
    await store.workshops.save(workshop('Planned after the upgrade'));

    time.set(day(2, 15));
    await store.restoreBackup({ location: 'data', name: migration.name });
    expect(store.notices()).toEqual([]);
    expect((await everyWorkshop(store)).sort(byCreation)).toEqual([...old.workshops].sort(byCreation));
  });
});
