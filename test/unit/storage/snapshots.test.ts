import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../core/domain/curriculum/importing';
import { WORKSHOP_SCHEMA_VERSION, type Workshop } from '../../../core/domain/workshop';
import { wholeWorkshops } from '../../../electron/services/workshopReads';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { openDataDir } from '../../../electron/storage/index';
import { isSealed, plainFiles, sealedFiles, type FileCodec } from '../../../electron/storage/protection/codec';
import { dataRoots, resealFiles } from '../../../electron/storage/protection/reseal';
import { sampleModule } from '../../support/sampleModules';
import { readStoredWorkshop } from '../../support/workshopOnDisk';
import { clock, day, readJson, tempDir, workshop } from './helpers';
import { writeV4Folder } from './v4Folder';

const sealed = sealedFiles(randomBytes(32));
const hashOf = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
const byCreation = (a: Workshop, b: Workshop) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const snapshotsIn = async (dir: string) => (await readdir(join(dir, 'modules'))).sort();

describe('module snapshots', () => {
  it('stores a module once however many workshops are planned from it, named by the hash of its content', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(1)).now });
    const saved = [];
    for (const title of ['Unit A', 'Unit B', 'Unit C']) saved.push(await store.workshops.save(workshop(title)));
    await store.close();

    const hash = hashOf(sampleModule());
    expect(await snapshotsIn(dir)).toEqual([`${hash}.json`]);
    expect(await readJson(join(dir, 'modules', `${hash}.json`))).toEqual({ schemaVersion: 1, module: sampleModule() });
    for (const { id } of saved) {
      const file = (await readJson(join(dir, 'workshops', `${id}.json`))) as Record<string, unknown>;
      expect(file).toMatchObject({ schemaVersion: WORKSHOP_SCHEMA_VERSION, moduleSnapshot: hash });
      expect(file).not.toHaveProperty('module');
    }

    // Read back, the workshops hold their module whole again: one instance, shared.
    const reopened = await openDataDir({ dir, now: clock(day(2)).now });
    const read = await wholeWorkshops(reopened, await reopened.workshops.summaries());
    expect(read).toEqual(saved.sort(byCreation));
    expect(read[1]!.module).toBe(read[0]!.module);
    expect(read[2]!.module).toBe(read[0]!.module);
    await reopened.close();
  });

  it('checks a new workshop on a module it holds as thoroughly as any: a copy of the module is taken as the shared one, a bad field still refused', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(1)).now });
    const first = await store.workshops.save(workshop('Unit A'));
    // A copy arriving from elsewhere (a bundle, the program hub): the same content, another object.
    const copy = (title: string) => ({ ...workshop(title), module: JSON.parse(JSON.stringify(sampleModule())) as Workshop['module'] });
    const second = await store.workshops.save(copy('Unit B'));
    expect(second.module).toBe(first.module);
    await expect(store.workshops.save({ ...copy('Unit C'), title: '' })).rejects.toMatchObject({ kind: 'invalid-data', issues: [{ path: 'title' }] });
    const damagedModule = { ...copy('Unit D'), module: { ...sampleModule(), sessions: [] } };
    await expect(store.workshops.save(damagedModule)).rejects.toMatchObject({ kind: 'invalid-data' });
    expect((await store.workshops.summaries()).map((summary) => summary.title).sort()).toEqual(['Unit A', 'Unit B']);
    await store.close();
  });

  it('keeps each workshop on the version it was planned from', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(1)).now });
    const before = await store.workshops.save(workshop('Planned on version 1'));
    const after = await store.workshops.save({ ...workshop('Planned on version 2'), module: sampleModule({ version: 2, summary: 'Revised.' }) });
    await store.close();

    expect(await snapshotsIn(dir)).toEqual([`${hashOf(sampleModule())}.json`, `${hashOf(after.module)}.json`].sort());
    const reopened = await openDataDir({ dir, now: clock(day(2)).now });
    expect((await reopened.workshops.get(before.id))?.module).toEqual(sampleModule());
    expect((await reopened.workshops.get(after.id))?.module).toMatchObject({ version: 2, summary: 'Revised.' });
    await reopened.close();
  });

  it('never writes the module into a journal: a change of module rewrites the workshop file, naming the new snapshot', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(1)).now });
    const saved = await store.workshops.save(workshop('Unit B'));
    const journal = join(dir, 'workshops', `${saved.id}.journal`);
    // A new workshop is written whole, its module named by snapshot: no journal record holds it.
    await expect(readFile(journal)).rejects.toMatchObject({ code: 'ENOENT' });
    await store.workshops.update(saved.id, (current) => ({ ...current, title: 'Unit B, renamed' }));
    const recorded = await readFile(journal, 'utf8');
    expect(recorded).toContain('Unit B, renamed');
    expect(recorded).not.toContain(sampleModule().title);

    const revised = sampleModule({ version: 2, title: 'Friendship Basics, revised' });
    await store.workshops.update(saved.id, (current) => ({ ...current, module: revised }));
    await expect(readFile(journal)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readJson(join(dir, 'workshops', `${saved.id}.json`))).toMatchObject({ title: 'Unit B, renamed', moduleSnapshot: hashOf(revised) });
    await store.close();
    expect((await readStoredWorkshop(dir, saved.id)).module).toEqual(revised);
  });

  it('seals snapshots when the data is protected, under the same name as plain', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(1)).now, codec: sealed });
    const saved = await store.workshops.save(workshop('Unit B'));
    await store.close();
    const hash = hashOf(sampleModule());
    expect(await snapshotsIn(dir)).toEqual([`${hash}.json`]);
    const bytes = await readFile(join(dir, 'modules', `${hash}.json`));
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('FCS1');
    expect(bytes.toString('latin1')).not.toContain(sampleModule().title);
    const reopened = await openDataDir({ dir, now: clock(day(2)).now, codec: sealed });
    expect(await reopened.workshops.get(saved.id)).toEqual(saved);
    await reopened.close();
  });

  it('is sealed with every other file when protection is turned on for data kept so far unprotected, backups included', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(1)).now });
    const saved = await store.workshops.save(workshop('Unit B'));
    const { name } = await store.backupNow('manual');
    await store.close();
    const snapshot = join('modules', `${hashOf(sampleModule())}.json`);

    expect((await resealFiles(nodeFileSystem, await dataRoots(nodeFileSystem, dir), plainFiles, sealed)).unreadable).toEqual([]);
    for (const root of [dir, join(dir, 'backups', name)]) expect(isSealed(await readFile(join(root, snapshot)))).toBe(true);
    const reopened = await openDataDir({ dir, now: clock(day(2)).now, codec: sealed });
    expect(await reopened.workshops.get(saved.id)).toEqual(saved);
    await reopened.close();
  });

  describe('a snapshot whose content does not match its name', () => {
    async function folderWithChangedSnapshot(options: { backup: boolean }) {
      const dir = join(await tempDir(), 'data');
      const time = clock(day(1));
      const store = await openDataDir({ dir, now: time.now });
      const saved = await store.workshops.save(workshop('Unit B'));
      if (options.backup) await store.backupNow('manual');
      await store.close();
      const hash = hashOf(sampleModule());
      const changed = { schemaVersion: 1, module: { ...sampleModule(), title: 'Another module altogether' } };
      await writeFile(join(dir, 'modules', `${hash}.json`), JSON.stringify(changed));
      time.set(day(1, 15)); // the same day: no new daily backup holds the changed file
      return { dir, time, saved, hash };
    }

    it('is taken from the newest backup holding a good copy, the changed file kept aside, and the user told', async () => {
      const { dir, time, saved, hash } = await folderWithChangedSnapshot({ backup: true });
      const store = await openDataDir({ dir, now: time.now });
      expect(await store.workshops.get(saved.id)).toEqual(saved);
      expect(store.notices()).toEqual([
        expect.objectContaining({
          code: 'module-snapshot-restored',
          file: `modules/${hash}.json`,
          movedTo: expect.stringMatching(/^modules\/.+\.corrupt-.+\.json$/),
        }),
      ]);
      expect(await readJson(join(dir, 'modules', `${hash}.json`))).toEqual({ schemaVersion: 1, module: sampleModule() });
      await store.close();
    });

    it('with no good copy anywhere, the workshop is reported and never given another module', async () => {
      const { dir, time, saved } = await folderWithChangedSnapshot({ backup: false });
      const store = await openDataDir({ dir, now: time.now });
      // The index is in step, so the workshop is read only when asked for.
      await expect(store.workshops.get(saved.id)).rejects.toMatchObject({
        kind: 'read-failed',
        reason: { code: 'workshop-module-unavailable', params: { file: `workshops/${saved.id}.json` } },
      });
      await store.close();
      // The workshop file is untouched: a good snapshot put back later makes it readable again.
      expect(await readJson(join(dir, 'workshops', `${saved.id}.json`))).toMatchObject({ title: 'Unit B' });
    });
  });
});

describe.each([
  ['plain', plainFiles],
  ['protected', sealed],
] as Array<[string, FileCodec]>)('a %s data folder written before module snapshots (workshop version 4)', (_label, codec) => {
  it('migrates on open, after a backup of the old files, and reopens with every record', async () => {
    const dir = join(await tempDir(), 'data');
    const time = clock(day(1));
    const old = await writeV4Folder({ fs: nodeFileSystem, dir, codec, now: time.now });
    const oldBytes = new Map<string, Buffer>();
    for (const { id } of old.workshops) oldBytes.set(id, await readFile(join(dir, 'workshops', `${id}.json`)));

    time.set(day(1, 15));
    const store = await openDataDir({ dir, now: time.now, codec });
    expect(store.notices()).toEqual([]);
    const read = await wholeWorkshops(store, await store.workshops.summaries());
    expect(read).toEqual([...old.workshops].sort(byCreation));
    expect(read.every((each) => each.schemaVersion === WORKSHOP_SCHEMA_VERSION)).toBe(true);
    const byTitle = new Map(read.map((each) => [each.title, each]));
    expect(byTitle.get('Unit C, spring')!.module).toBe(byTitle.get('Unit B, spring')!.module);
    await store.close();

    // On disk: one snapshot per module version, every workshop file naming its own, no journal left.
    expect(await snapshotsIn(dir)).toHaveLength(old.moduleVersions);
    for (const workshop of old.workshops) {
      const stored = await readFile(join(dir, 'workshops', `${workshop.id}.json`));
      expect(stored.toString('latin1')).not.toContain(sampleModule().summary);
      expect(stored.length).toBeLessThan(oldBytes.get(workshop.id)!.length);
    }
    expect((await readdir(join(dir, 'workshops'))).filter((name) => name.endsWith('.journal'))).toEqual([]);
    if (!codec.sealed) for (const workshop of old.workshops) expect(await readStoredWorkshop(dir, workshop.id)).toEqual(workshop);

    // The migration's backup holds the version 4 files byte for byte.
    const generations = await readdir(join(dir, 'backups'));
    const kept = await Promise.all(
      generations.map((name) => readFile(join(dir, 'backups', name, 'workshops', `${old.workshops[1]!.id}.json`)).catch(() => undefined)),
    );
    expect(kept).toContainEqual(oldBytes.get(old.workshops[1]!.id));

    // Reopened: nothing more to migrate, no further backup today, every record still there.
    const again = await openDataDir({ dir, now: time.now, codec });
    expect(await readdir(join(dir, 'backups'))).toEqual(generations);
    expect(await wholeWorkshops(again, await again.workshops.summaries())).toEqual(read);
    await again.close();
  });
});
