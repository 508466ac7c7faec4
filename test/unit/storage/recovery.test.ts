import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { defaultSettings, settingsSchema, type Settings } from '../../../core/domain/settings';
import { PARTICIPANTS_SCHEMA_VERSION } from '../../../core/domain/participants';
import { openDataDir } from '../../../electron/storage/index';
import { fileTimestamp } from '../../../electron/storage/layout';
import { moveAside } from '../../../electron/storage/recovery';
import { clock, day, facilitator, readJson, tempDir, workshop } from './helpers';
import { wholeWorkshops } from '../../../electron/services/workshopReads';
import { readStoredWorkshop } from '../../support/workshopOnDisk';

const GEN_OLD = '2025-01-01T12-00-00-000Z';
const GEN_NEW = '2025-01-02T12-00-00-000Z';

function settingsNamed(name: string): Settings {
  return { ...defaultSettings(), organisation: { name }, facilitators: [facilitator('Ana')] };
}

async function writeGeneration(dir: string, generation: string, file: string, content: string) {
  const path = join(dir, 'backups', generation, ...file.split('/'));
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
}

/** A data folder holding only a damaged settings.json (and no backups yet). */
async function damagedFolder(damage: string) {
  const dir = join(await tempDir(), 'data');
  await mkdir(dir);
  await writeFile(join(dir, 'settings.json'), damage);
  return dir;
}

const good = JSON.stringify(settingsNamed('Good Org'), null, 2);
const damages: Array<[string, string]> = [
  ['empty', ''],
  ['truncated', good.slice(0, Math.floor(good.length / 2))],
  ['not JSON', 'not json'],
  ['valid JSON of the wrong shape', JSON.stringify({ schemaVersion: 1, organisation: 5 })],
  ['JSON without a schemaVersion', JSON.stringify({ ...settingsNamed('x'), schemaVersion: undefined })],
];

describe('recovering a damaged settings.json', () => {
  it.each(damages)('%s: moves it aside, restores the newest good backup and records a notice', async (_label, damage) => {
    const dir = await damagedFolder(damage);
    await writeGeneration(dir, GEN_OLD, 'settings.json', JSON.stringify(settingsNamed('Older Org')));
    await writeGeneration(dir, GEN_NEW, 'settings.json', JSON.stringify(settingsNamed('Newest Org')));

    const store = await openDataDir({ dir, now: clock(day(5)).now });
    const [notice, ...others] = store.notices();
    expect(others).toEqual([]);
    expect(notice).toEqual({
      id: expect.any(String),
      code: 'recovered-from-backup',
      file: 'settings.json',
      movedTo: expect.stringMatching(/^settings\.corrupt-.+\.json$/),
      restoredFrom: GEN_NEW,
      at: day(5).toISOString(),
    });
    // The damaged bytes are kept, next to the file.
    expect(await readFile(join(dir, notice?.movedTo as string), 'utf8')).toBe(damage);
    // The restored file is on disk and valid.
    expect(settingsSchema.parse(await readJson(join(dir, 'settings.json'))).organisation.name).toBe('Newest Org');
    expect(store.settings.get().organisation.name).toBe('Newest Org');
    await store.close();
  });

  it('skips a newest backup that is itself damaged', async () => {
    const dir = await damagedFolder('');
    await writeGeneration(dir, GEN_OLD, 'settings.json', JSON.stringify(settingsNamed('Older Org')));
    await writeGeneration(dir, GEN_NEW, 'settings.json', '{"schemaVersion": 1, "organ');
    const store = await openDataDir({ dir, now: clock(day(5)).now });
    expect(store.notices()).toMatchObject([{ code: 'recovered-from-backup', restoredFrom: GEN_OLD }]);
    expect(store.settings.get().organisation.name).toBe('Older Org');
    // Today's backup is made after recovery, from the repaired files only.
    const today = (await readdir(join(dir, 'backups'))).sort().at(-1) as string;
    expect(settingsSchema.parse(await readJson(join(dir, 'backups', today, 'settings.json'))).organisation.name).toBe('Older Org');
    await store.close();
  });

  it('starts from defaults and says so when no good backup exists', async () => {
    const dir = await damagedFolder('{"schemaVersion":1,"organisation":{"na');
    const store = await openDataDir({ dir, now: clock(day(5)).now });
    const [notice] = store.notices();
    expect(notice).toEqual({ id: expect.any(String), code: 'reset-no-backup', file: 'settings.json', movedTo: expect.any(String), at: day(5).toISOString() });
    expect(await readFile(join(dir, notice?.movedTo as string), 'utf8')).toBe('{"schemaVersion":1,"organisation":{"na');
    expect(await readJson(join(dir, 'settings.json'))).toEqual(defaultSettings());
    expect(store.settings.get()).toEqual(defaultSettings());

    store.dismissNotice(notice?.id as string);
    expect(store.notices()).toEqual([]);
    await store.close();
  });

  it('recovers participants.json the same way', async () => {
    const dir = join(await tempDir(), 'data');
    await (await openDataDir({ dir, now: clock(day(3)).now })).close();
    await writeFile(join(dir, 'participants.json'), '[]');
    const store = await openDataDir({ dir, now: clock(day(5)).now });
    // Day 3's generation holds a good (empty) registry.
    expect(store.notices()).toMatchObject([{ code: 'recovered-from-backup', file: 'participants.json' }]);
    expect(await readJson(join(dir, 'participants.json'))).toEqual({ schemaVersion: PARTICIPANTS_SCHEMA_VERSION, participants: [] });
    await store.close();
  });

  it('restores a settings.json that went missing from a folder that has backups', async () => {
    const dir = join(await tempDir(), 'data');
    const first = await openDataDir({ dir, now: clock(day(3)).now });
    await first.settings.update((s) => ({ ...s, organisation: { name: 'Kept Org' } }));
    await first.close();
    await (await openDataDir({ dir, now: clock(day(4)).now })).close();
    await rm(join(dir, 'settings.json'));

    const store = await openDataDir({ dir, now: clock(day(5)).now });
    expect(store.notices()).toEqual([
      { id: expect.any(String), code: 'recovered-from-backup', file: 'settings.json', restoredFrom: fileTimestamp(day(4)), at: day(5).toISOString() },
    ]);
    expect(settingsSchema.parse(await readJson(join(dir, 'settings.json'))).organisation.name).toBe('Kept Org');
    await store.close();
  });

  it('never overwrites an earlier damaged copy with the same time stamp', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), 'first');
    const first = await moveAside(nodeFileSystem, dir, 'settings.json', day(5));
    await writeFile(join(dir, 'settings.json'), 'second');
    const second = await moveAside(nodeFileSystem, dir, 'settings.json', day(5));
    expect(second).not.toBe(first);
    expect(await readFile(join(dir, first), 'utf8')).toBe('first');
    expect(await readFile(join(dir, second), 'utf8')).toBe('second');
  });
});

describe('recovering a damaged workshop file', () => {
  async function folderWithWorkshop() {
    const dir = join(await tempDir(), 'data');
    const time = clock(day(3));
    const store = await openDataDir({ dir, now: time.now });
    const saved = await store.workshops.save(workshop('Spring series'));
    const other = await store.workshops.save(workshop('Other series'));
    await store.close();
    return { dir, time, saved, other, file: join(dir, 'workshops', `${saved.id}.json`) };
  }

  it('restores it from the newest backup that holds it', async () => {
    const { dir, time, saved, other, file } = await folderWithWorkshop();
    time.set(day(4));
    await (await openDataDir({ dir, now: time.now })).close(); // day 4's backup holds the workshop
    await writeFile(file, '{"schemaVersion":1,"id":"');

    time.set(day(5));
    const store = await openDataDir({ dir, now: time.now });
    const [notice] = store.notices();
    expect(notice).toMatchObject({ code: 'recovered-from-backup', file: `workshops/${saved.id}.json`, restoredFrom: fileTimestamp(day(4)) });
    expect(notice?.movedTo).toMatch(new RegExp(`^workshops/${saved.id}\\.corrupt-.+\\.json$`));
    expect(await readFile(join(dir, notice?.movedTo as string), 'utf8')).toBe('{"schemaVersion":1,"id":"');
    expect(await readStoredWorkshop(dir, saved.id)).toEqual(saved);
    expect(await wholeWorkshops(store, await store.workshops.summaries())).toEqual(
      [saved, other].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    );
    await store.close();
  });

  it('keeps it aside and leaves the workshop out when there is no good backup', async () => {
    const { dir, saved, other, file } = await folderWithWorkshop();
    // Day 3's generation was made at open, before the workshops existed, so no backup holds them.
    await writeFile(file, JSON.stringify({ ...saved, title: 42 }));

    const store = await openDataDir({ dir, now: clock(day(5)).now });
    const [notice] = store.notices();
    expect(notice).toMatchObject({ code: 'set-aside-no-backup', file: `workshops/${saved.id}.json` });
    expect(notice?.restoredFrom).toBeUndefined();
    expect(await readFile(join(dir, notice?.movedTo as string), 'utf8')).toBe(JSON.stringify({ ...saved, title: 42 }));
    expect(await store.workshops.get(saved.id)).toBeUndefined();
    expect((await wholeWorkshops(store, await store.workshops.summaries())).map((w) => w.id)).toEqual([other.id]);
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
    await store.close();

    // The damaged copy is not read as a workshop next time, and backups do not include it.
    const again = await openDataDir({ dir, now: clock(day(6)).now });
    expect(again.notices()).toEqual([]);
    const newest = (await readdir(join(dir, 'backups'))).sort().at(-1) as string;
    expect(await readdir(join(dir, 'backups', newest, 'workshops'))).toEqual([`${other.id}.json`]);
    await again.close();
  });

  it('treats a workshop file holding another workshop’s id as damaged', async () => {
    const { dir, saved, file } = await folderWithWorkshop();
    await writeFile(file, JSON.stringify({ ...saved, id: crypto.randomUUID() }));
    const store = await openDataDir({ dir, now: clock(day(5)).now });
    expect(store.notices()).toMatchObject([{ code: 'set-aside-no-backup', file: `workshops/${saved.id}.json` }]);
    await store.close();
  });
});
